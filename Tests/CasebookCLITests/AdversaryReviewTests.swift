import Foundation
import Testing

/// The gaps a second adversarial review of issue 9 found, each run the way the expert ran it
/// (sqlite3, the rechain script that strips or re-signs, a hand-edited list of trusted keys).
@Suite("verify holds against the second adversary")
struct AdversaryReviewTests {
    func freshCase() throws -> CLI {
        var cli = try CLI()
        try cli.makeEvidenceCase()
        let clean = try cli.run(["verify"])
        #expect(clean.status == 0, "a fresh case should verify: \(clean.stdout) \(clean.stderr)")
        return cli
    }

    @discardableResult
    func expectVerifyFails(
        _ cli: CLI, _ kind: String, _ subject: String, _ extra: [String] = [], sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> CommandResult {
        let result = try cli.run(["verify"] + extra)
        #expect(result.status == 1, "verify should exit 1: \(result.stdout) \(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stdout.contains("\(kind): \(subject)"), "expected '\(kind): \(subject)' in: \(result.stdout)", sourceLocation: sourceLocation)
        return result
    }

    func fingerprint(_ cli: CLI, ofPrivateKey path: String) throws -> String {
        try cli.tool("sh", ["-c", "openssl pkey -in '\(path)' -pubout -outform DER | sha256sum | cut -d' ' -f1"])
            .output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func exportKey(_ cli: CLI, _ handler: String) throws -> URL {
        let file = cli.folder.appendingPathComponent("\(handler).pub")
        let exported = try cli.run(["key", "export", "--handler", handler, "--out", file.path])
        #expect(exported.status == 0, "\(exported.stderr)")
        return file
    }

    // A. Every signature removed, the key row deleted: the key's registration is in the log.
    @Test func signaturesStrippedAndTheKeyRowDeleted() throws {
        let cli = try freshCase()
        let trusted = try exportKey(cli, "kim")
        #expect(try cli.sqlite("SELECT action FROM custody_event WHERE sequence = 1") == "key-registered\n")
        try cli.sqlite("UPDATE custody_event SET note = 'ingested something else' WHERE sequence = 2; DELETE FROM handler_key")
        try cli.rechain(["--strip-signatures"])
        try expectVerifyFails(cli, "key missing", "key of kim")
        let withList = try expectVerifyFails(cli, "key missing", "key of kim", ["--trusted-keys", trusted.path])
        #expect(withList.stdout.contains("signature missing: event 2"), "\(withList.stdout)")
    }

    // A. The key row kept but its registration moved later, every signature removed.
    @Test func signaturesStrippedAndTheRegistrationMovedLater() throws {
        let cli = try freshCase()
        try cli.sqlite("UPDATE custody_event SET note = 'ingested something else' WHERE sequence = 2; UPDATE handler_key SET registeredAfter = 1000")
        try cli.rechain(["--strip-signatures"])
        try expectVerifyFails(cli, "signature missing", "event 2")
    }

    // A. The registration itself rewritten away as well: only the trusted list can tell.
    @Test func theRegistrationRewrittenAwayIsCaughtByTheTrustedList() throws {
        let cli = try freshCase()
        let trusted = try exportKey(cli, "kim")
        try cli.sqlite(
            "UPDATE custody_event SET action = 'accessed', note = NULL, details = NULL WHERE action = 'key-registered'; DELETE FROM handler_key")
        try cli.rechain(["--strip-signatures"])
        let result = try expectVerifyFails(cli, "trusted key never seen in the log", "key of kim", ["--trusted-keys", trusted.path])
        #expect(result.stdout.contains("stripped"), "\(result.stdout)")
    }

    // A. A key row added behind the log's back.
    @Test func aKeyRowTheLogNeverRegistered() throws {
        let cli = try freshCase()
        #expect(try cli.tool("openssl", ["genpkey", "-algorithm", "ed25519", "-out", "lee.pem"]).status == 0)
        let publicKey = try cli.tool("openssl", ["pkey", "-in", "lee.pem", "-pubout"]).output
        let fingerprint = try fingerprint(cli, ofPrivateKey: "lee.pem")
        try cli.sqlite(
            "INSERT INTO handler_key (handler, publicKeyPEM, fingerprint, createdAt) VALUES ('lee', '\(publicKey)', '\(fingerprint)', '2026-01-01T00:00:00Z')")
        try expectVerifyFails(cli, "key not in the log", "key of lee")
    }

    // C. A trusted key belongs to one handler: a team member's key (trusted, but for another
    // handler) put in place of kim's and used to re-sign kim's events is named.
    @Test func kimsEventsResignedWithAnotherTrustedHandlersKey() throws {
        let cli = try freshCase()
        let kim = try exportKey(cli, "kim")
        #expect(try String(contentsOf: kim, encoding: .utf8).contains("# handler: kim"))
        #expect(try cli.tool("openssl", ["genpkey", "-algorithm", "ed25519", "-out", "lee.pem"]).status == 0)
        let leePublic = try cli.tool("openssl", ["pkey", "-in", "lee.pem", "-pubout"]).output
        let leeFingerprint = try fingerprint(cli, ofPrivateKey: "lee.pem")
        let list = cli.folder.appendingPathComponent("team-keys.txt")
        #expect(try cli.tool("sh", ["-c", "cat '\(kim.path)' > '\(list.path)' && echo 'lee \(leeFingerprint)' >> '\(list.path)'"]).status == 0)
        #expect(try cli.run(["verify", "--trusted-keys", list.path]).status == 0)
        // lee, who holds lee's private key, rewrites kim's events and signs them as if kim's.
        let kimFingerprint = try cli.sqlite("SELECT fingerprint FROM handler_key WHERE handler = 'kim'").trimmingCharacters(in: .whitespacesAndNewlines)
        try cli.sqlite(
            """
            UPDATE custody_event SET note = 'ingested something else' WHERE sequence = 2;
            UPDATE custody_event SET details = replace(details, '\(kimFingerprint)', '\(leeFingerprint)'), note = replace(note, '\(kimFingerprint)', '\(leeFingerprint)') WHERE sequence = 1;
            UPDATE handler_key SET publicKeyPEM = '\(leePublic)', fingerprint = '\(leeFingerprint)' WHERE handler = 'kim'
            """)
        try cli.rechain(["--sign", cli.folder.appendingPathComponent("lee.pem").path, "--fingerprint", leeFingerprint])
        let result = try expectVerifyFails(cli, "signed with another handler's key", "event 2", ["--trusted-keys", list.path, "--handler", "auditor"])
        #expect(result.stdout.contains("signed with another handler's key: key of kim"), "\(result.stdout)")
    }

    // C. "HANDLER FINGERPRINT" lines; a commented-out key is never trusted.
    @Test func aCommentedOutKeyIsNotTrusted() throws {
        let cli = try freshCase()
        #expect(try cli.run(["key", "generate", "--handler", "lee"]).status == 0)
        let kimFingerprint = try cli.sqlite("SELECT fingerprint FROM handler_key WHERE handler = 'kim'").trimmingCharacters(in: .whitespacesAndNewlines)
        let leeFingerprint = try cli.sqlite("SELECT fingerprint FROM handler_key WHERE handler = 'lee'").trimmingCharacters(in: .whitespacesAndNewlines)
        let good = cli.folder.appendingPathComponent("team.txt")
        try Data("kim \(kimFingerprint)\nlee \(leeFingerprint)\n".utf8).write(to: good)
        #expect(try cli.run(["verify", "--trusted-keys", good.path]).status == 0)
        let revoked = cli.folder.appendingPathComponent("revoked.txt")
        try Data("# REVOKED 2026-11-01 kim \(kimFingerprint)\nlee \(leeFingerprint)\n".utf8).write(to: revoked)
        try expectVerifyFails(cli, "key not trusted", "key of kim", ["--trusted-keys", revoked.path])
        // A list that gives kim's key to lee names it.
        let swapped = cli.folder.appendingPathComponent("swapped.txt")
        try Data("lee \(kimFingerprint)\nkim \(leeFingerprint)\n".utf8).write(to: swapped)
        try expectVerifyFails(cli, "signed with another handler's key", "key of kim", ["--trusted-keys", swapped.path])
    }

    // E. The consent given at `witness add` is logged and checked.
    @Test func consentSetAtAddAndWidenedWithSqlite() throws {
        let cli = try freshCase()
        #expect(try cli.run(["witness", "add", "--pseudonym", "Witness A", "--consent", "icc,upr"]).status == 0)
        #expect(try cli.sqlite("SELECT note FROM custody_event WHERE action = 'consent-changed'") == "W-1 consent set to icc,upr\n")
        // The order of scopes does not matter.
        try cli.sqlite("UPDATE witness SET consent = 'upr,icc' WHERE id = 1")
        #expect(try cli.run(["verify"]).status == 0)
        try cli.sqlite("UPDATE witness SET consent = 'icc,upr,public,named' WHERE id = 1")
        let result = try expectVerifyFails(cli, "consent differs from the log", "W-1")
        #expect(result.stdout.contains("last recorded 'icc,upr'"), "\(result.stdout)")
    }

    // E. A witness with no consent event: a note for one older than the first logged add, a
    // problem for one after it.
    @Test func aWitnessWithNoConsentEvent() throws {
        let cli = try freshCase()
        try cli.sqlite("INSERT INTO witness (pseudonym, consent, createdAt) VALUES ('Old witness', 'icc', '2025-01-01T00:00:00Z')")
        #expect(try cli.run(["witness", "add", "--pseudonym", "Witness B"]).status == 0)
        let old = try cli.run(["verify"])
        #expect(old.status == 0, "\(old.stdout)")
        #expect(old.stdout.contains("consent of W-1 is not in the log (recorded before this version)"), "\(old.stdout)")
        try cli.sqlite("INSERT INTO witness (pseudonym, consent, createdAt) VALUES ('Witness C', 'public', '2026-01-01T00:00:00Z')")
        try expectVerifyFails(cli, "consent differs from the log", "W-3")
    }

    // B/D. The leading version 2 events rewritten in version 1 contradict the later ones.
    @Test func leadingEventsDowngradedToVersionOne() throws {
        let cli = try freshCase()
        #expect(try cli.sqlite("SELECT details FROM custody_event WHERE sequence = 3").contains("v2-since: 1"))
        try cli.sqlite("UPDATE custody_event SET encoding = 1, details = NULL WHERE sequence = 1")
        try cli.rechain(["--sign", cli.workspace.appendingPathComponent("keys/kim.pem").path])
        try expectVerifyFails(cli, "event rewritten", "event 1")
    }

    // Robustness 1. The acting handler's key row replaced: reported, and everything else checked.
    @Test func theActingHandlersKeyReplacedIsAProblemNotAnError() throws {
        let cli = try freshCase()
        #expect(try cli.tool("openssl", ["genpkey", "-algorithm", "ed25519", "-out", "attacker.pem"]).status == 0)
        let attackerPublic = try cli.tool("openssl", ["pkey", "-in", "attacker.pem", "-pubout"]).output
        try cli.sqlite("UPDATE handler_key SET publicKeyPEM = '\(attackerPublic)' WHERE handler = 'kim'; UPDATE evidence_item SET source = 'forged' WHERE id = 1")
        let result = try expectVerifyFails(cli, "key replaced", "key of kim")
        #expect(result.stdout.contains("evidence record changed: E-1"), "\(result.stdout)")
    }
}
