import Foundation
import Testing

/// The gaps a second adversarial review of issue 9 found, each run the way the expert ran it
/// (sqlite3, the rechain script that strips or re-signs, a hand-edited list of trusted keys).
@Suite("verify against stripped signatures, unregistered keys and edited records")
struct VerifySignatureTamperingTests: TamperedCaseFixture {
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
        try cli.sqlite(
            "UPDATE custody_event SET note = 'ingested something else' WHERE sequence = 2; UPDATE handler_key SET registeredAfter = 1000"
        )
        try cli.rechain(["--strip-signatures"])
        try expectVerifyFails(cli, "signature missing", "event 2")
    }

    // A. The registration itself rewritten away as well: only the trusted list can tell.
    @Test func theRegistrationRewrittenAwayIsCaughtByTheTrustedList() throws {
        let cli = try freshCase()
        let trusted = try exportKey(cli, "kim")
        try cli.sqlite(
            "UPDATE custody_event SET action = 'accessed', note = NULL, details = NULL WHERE action = 'key-registered'; DELETE FROM handler_key"
        )
        try cli.rechain(["--strip-signatures"])
        let result = try expectVerifyFails(
            cli, "trusted key never seen in the log", "key of kim", ["--trusted-keys", trusted.path])
        #expect(result.stdout.contains("stripped"), "\(result.stdout)")
    }

    // A. A key row added behind the log's back.
    @Test func aKeyRowTheLogNeverRegistered() throws {
        let cli = try freshCase()
        #expect(try cli.tool("openssl", ["genpkey", "-algorithm", "ed25519", "-out", "lee.pem"]).status == 0)
        let publicKey = try cli.tool("openssl", ["pkey", "-in", "lee.pem", "-pubout"]).output
        let fingerprint = try fingerprint(cli, ofPrivateKey: "lee.pem")
        try cli.sqlite(
            "INSERT INTO handler_key (handler, publicKeyPEM, fingerprint, createdAt) VALUES ('lee', '\(publicKey)', '\(fingerprint)', '2026-01-01T00:00:00Z')"
        )
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
        #expect(
            try cli.tool("sh", ["-c", "cat '\(kim.path)' > '\(list.path)' && echo 'lee \(leeFingerprint)' >> '\(list.path)'"])
                .status == 0)
        #expect(try cli.run(["verify", "--trusted-keys", list.path]).status == 0)
        // lee, who holds lee's private key, rewrites kim's events and signs them as if kim's.
        let kimFingerprint = try cli.sqlite("SELECT fingerprint FROM handler_key WHERE handler = 'kim'").trimmingCharacters(
            in: .whitespacesAndNewlines)
        try cli.sqlite(
            """
            UPDATE custody_event SET note = 'ingested something else' WHERE sequence = 2;
            UPDATE custody_event SET details = replace(details, '\(kimFingerprint)', '\(leeFingerprint)'), note = replace(note, '\(kimFingerprint)', '\(leeFingerprint)') WHERE sequence = 1;
            UPDATE handler_key SET publicKeyPEM = '\(leePublic)', fingerprint = '\(leeFingerprint)' WHERE handler = 'kim'
            """)
        try cli.rechain(["--sign", cli.folder.appendingPathComponent("lee.pem").path, "--fingerprint", leeFingerprint])
        let result = try expectVerifyFails(
            cli, "signed with another handler's key", "event 2", ["--trusted-keys", list.path, "--handler", "auditor"])
        #expect(result.stdout.contains("signed with another handler's key: key of kim"), "\(result.stdout)")
    }

    // C. "HANDLER FINGERPRINT" lines; a commented-out key is never trusted.
    @Test func aCommentedOutKeyIsNotTrusted() throws {
        let cli = try freshCase()
        #expect(try cli.run(["key", "generate", "--handler", "lee"]).status == 0)
        let kimFingerprint = try cli.sqlite("SELECT fingerprint FROM handler_key WHERE handler = 'kim'").trimmingCharacters(
            in: .whitespacesAndNewlines)
        let leeFingerprint = try cli.sqlite("SELECT fingerprint FROM handler_key WHERE handler = 'lee'").trimmingCharacters(
            in: .whitespacesAndNewlines)
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
        #expect(try cli.run(["witness", "add", "--pseudonym", "Witness A", "--consent", "icc-evidence,upr"]).status == 0)
        #expect(
            try cli.sqlite("SELECT note FROM custody_event WHERE action = 'consent-changed'")
                == "W-1 consent set to icc-evidence,upr\n")
        // The order of scopes does not matter.
        try cli.sqlite("UPDATE witness SET consent = 'upr,icc-evidence' WHERE id = 1")
        #expect(try cli.run(["verify"]).status == 0)
        try cli.sqlite("UPDATE witness SET consent = 'icc-evidence,upr,public,named' WHERE id = 1")
        let result = try expectVerifyFails(cli, "consent differs from the log", "W-1")
        #expect(result.stdout.contains("last recorded 'icc-evidence,upr'"), "\(result.stdout)")
    }

    // E. A witness with no consent event: a note for one older than the first logged add, a
    // problem for one after it.
    @Test func aWitnessWithNoConsentEvent() throws {
        let cli = try freshCase()
        try cli.sqlite("INSERT INTO witness (pseudonym, consent, createdAt) VALUES ('Old witness', 'upr', '2025-01-01T00:00:00Z')")
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
        try cli.sqlite(
            "UPDATE handler_key SET publicKeyPEM = '\(attackerPublic)' WHERE handler = 'kim'; UPDATE evidence_item SET source = 'forged' WHERE id = 1"
        )
        let result = try expectVerifyFails(cli, "key replaced", "key of kim")
        #expect(result.stdout.contains("evidence record changed: E-1"), "\(result.stdout)")
    }

    /// A case with one timestamp imported with its authority's certificate; returns the anchored event's number.
    func anchoredCase() throws -> (CLI, Int) {
        let cli = try freshCase()
        let request = cli.folder.appendingPathComponent("head.tsq")
        #expect(try cli.run(["anchor", "request", request.path]).status == 0)
        let tsa = try cli.throwawayAuthority("tsa", answering: request)
        let imported = try cli.run([
            "anchor", "import", tsa.appendingPathComponent("reply.tsr").path, "--ca", tsa.appendingPathComponent("tsa.crt").path,
        ])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(try cli.run(["verify"]).status == 0)
        let anchored =
            Int(
                try cli.sqlite("SELECT sequence FROM custody_event WHERE action = 'anchored'").trimmingCharacters(
                    in: .whitespacesAndNewlines)) ?? 0
        return (cli, anchored)
    }

    // Robustness 2. Only an earlier signature tampered: the timestamp still holds.
    @Test func aTamperedSignatureDoesNotUnholdATimestamp() throws {
        let (cli, _) = try anchoredCase()
        try cli.sqlite("UPDATE custody_event SET signature = zeroblob(64) WHERE sequence = 2")
        let result = try expectVerifyFails(cli, "signature invalid", "event 2")
        #expect(
            !result.stdout.contains("NO LONGER HOLDS") && !result.stdout.contains("anchor no longer matches"), "\(result.stdout)")
    }

    // Robustness 3. A damaged stored reply is one problem, not three.
    @Test func aDamagedReplyIsOneProblem() throws {
        let (cli, _) = try anchoredCase()
        try cli.sqlite("UPDATE anchor SET response = X'3003020100'")
        let result = try expectVerifyFails(cli, "timestamp reply damaged", "anchor 1")
        #expect(!result.stdout.contains("anchor missing") && !result.stdout.contains("anchor not in the log"), "\(result.stdout)")
    }

    // Robustness 4 and 6. The anchor's covered sequence edited, or its kept certificate removed.
    @Test func theAnchorRecordEditedIsNamedAsSuch() throws {
        let (cli, _) = try anchoredCase()
        try cli.sqlite("UPDATE anchor SET sequence = sequence - 1")
        let moved = try expectVerifyFails(cli, "anchor record changed", "anchor 1")
        #expect(!moved.stdout.contains("anchor no longer matches"), "\(moved.stdout)")
        try cli.sqlite("UPDATE anchor SET sequence = sequence + 1, authorityPEM = NULL")
        try expectVerifyFails(cli, "anchor record changed", "anchor 1")
    }

    // Robustness 5. The size column edited: the record changed, not the object.
    @Test func anEditedSizeIsARecordChange() throws {
        let cli = try freshCase()
        try cli.sqlite("UPDATE evidence_item SET size = size - 1 WHERE id = 1")
        let result = try expectVerifyFails(cli, "evidence record changed", "E-1")
        #expect(result.stdout.contains("size"), "\(result.stdout)")
        #expect(!result.stdout.contains("object changed"), "\(result.stdout)")
    }

    // Robustness 7. A verification's recorded head is checked against the chain.
    @Test func aVerificationsHeadIsCheckedAgainstTheChain() throws {
        let cli = try freshCase()
        let verified = try cli.sqlite("SELECT sequence FROM custody_event WHERE action = 'verified'").trimmingCharacters(
            in: .whitespacesAndNewlines)
        try cli.sqlite(
            "UPDATE custody_event SET note = 'ingested something else', signature = NULL, keyFingerprint = NULL WHERE sequence = 2")
        try cli.rechain(["--strip-signatures"])
        try expectVerifyFails(cli, "event rewritten", "event \(verified)")
    }

    // Robustness 8. An unknown action, and times that go backwards or into the future.
    @Test func unknownActionsAndImpossibleTimes() throws {
        let cli = try freshCase()
        try cli.sqlite(
            "UPDATE custody_event SET action = 'destroyed' WHERE sequence = 3; UPDATE custody_event SET occurredAt = '2001-01-01T00:00:00Z' WHERE sequence = 4"
        )
        try cli.rechain(["--sign", cli.workspace.appendingPathComponent("keys/kim.pem").path])
        try expectVerifyFails(cli, "unknown action", "event 3")
        try expectVerifyFails(cli, "time goes backwards", "event 4")
        try cli.sqlite(
            "UPDATE custody_event SET action = 'ingested' WHERE sequence = 3; UPDATE custody_event SET occurredAt = '2999-01-01T00:00:00Z' WHERE sequence = (SELECT MAX(sequence) FROM custody_event)"
        )
        try cli.rechain(["--sign", cli.workspace.appendingPathComponent("keys/kim.pem").path])
        let last = try cli.sqlite("SELECT MAX(sequence) FROM custody_event").trimmingCharacters(in: .whitespacesAndNewlines)
        try expectVerifyFails(cli, "time in the future", "event \(last)")
    }

    // Store state: an object made writable, or linked from elsewhere.
    @Test func aWritableOrLinkedObjectIsReported() throws {
        let cli = try freshCase()
        let object = cli.objectPath(try cli.recordedHash(1))
        #expect(try cli.tool("chmod", ["644", object]).status == 0)
        try expectVerifyFails(cli, "object not read-only", "E-1")
        #expect(try cli.tool("chmod", ["400", object]).status == 0)
        #expect(try cli.tool("ln", [object, cli.folder.appendingPathComponent("handle").path]).status == 0)
        try expectVerifyFails(cli, "object linked elsewhere", "E-1")
    }

    // Ingest: a hard link outside the workspace to a private key or the database is the case's own file.
    @Test func aHardLinkToTheCasesOwnFilesIsRefused() throws {
        let cli = try freshCase()
        let outside = cli.folder.appendingPathComponent("outside")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        #expect(
            try cli.tool(
                "ln", [cli.workspace.appendingPathComponent("keys/kim.pem").path, outside.appendingPathComponent("notes.txt").path]
            ).status == 0)
        #expect(
            try cli.tool(
                "ln",
                [cli.workspace.appendingPathComponent("casebook.sqlite").path, outside.appendingPathComponent("data.bin").path]
            ).status == 0)
        for name in ["notes.txt", "data.bin"] {
            let result = try cli.run(["evidence", "add", outside.appendingPathComponent(name).path])
            #expect(result.status == 2, "\(name): \(result.stdout) \(result.stderr)")
            #expect(result.stderr.contains("under another name"), "\(result.stderr)")
        }
        try cli.makeFile("outside/real.txt", Array("a real statement".utf8))
        let walked = try cli.run(["evidence", "add", outside.path, "--recursive"])
        let names = try cli.sqlite("SELECT group_concat(originalName) FROM evidence_item")
        #expect(
            names.contains("real.txt") && !names.contains("notes.txt") && !names.contains("data.bin"),
            "\(names) \(walked.stdout) \(walked.stderr)")
    }

    // F. The remembered head survives renaming the workspace folder.
    @Test func theRememberedHeadSurvivesARenamedFolder() throws {
        let cli = try freshCase()
        try cli.makeFile("late/late.txt", Array("a late addition".utf8))
        #expect(try cli.run(["evidence", "add", cli.folder.appendingPathComponent("late/late.txt").path]).status == 0)
        #expect(try cli.run(["verify"]).status == 0)
        let sha = try cli.recordedHash(4)
        try cli.sqlite(
            "DELETE FROM custody_event WHERE sequence >= (SELECT MIN(sequence) FROM custody_event WHERE evidenceId = 4); DELETE FROM evidence_item WHERE id = 4; UPDATE sqlite_sequence SET seq = 3 WHERE name = 'evidence_item'; INSERT INTO pending_object (sha256, createdAt) VALUES ('\(sha)', '2026-01-01T00:00:00Z')"
        )
        let renamed = cli.folder.appendingPathComponent("renamed-case")
        #expect(try cli.tool("mv", [cli.workspace.path, renamed.path]).status == 0)
        let result = try cli.run(["-C", renamed.path, "verify"], cwd: cli.folder)
        #expect(result.status == 1, "\(result.stdout) \(result.stderr)")
        #expect(result.stdout.contains("event deleted: head"), "\(result.stdout)")
        // The identifier in case_info changed as well: the first event still names the case.
        let database = renamed.appendingPathComponent("casebook.sqlite").path
        #expect(try cli.tool("sqlite3", [database, "UPDATE case_info SET caseIdentifier = 'forged'"]).status == 0)
        let moved = cli.folder.appendingPathComponent("moved-again")
        #expect(try cli.tool("mv", [renamed.path, moved.path]).status == 0)
        let again = try cli.run(["-C", moved.path, "verify"], cwd: cli.folder)
        #expect(again.status == 1 && again.stdout.contains("event deleted: head"), "\(again.stdout) \(again.stderr)")
    }

    // Bag: the readable complete log edited and the tag manifest recomputed; VERIFY.txt catches it.
    @Test func anEditedReadableLogInTheBagIsCaught() throws {
        let cli = try freshCase()
        let bag = cli.folder.appendingPathComponent("bag")
        #expect(try cli.run(["export", "bagit", bag.path, "--evidence", "E-1"]).status == 0)
        let lines = try String(contentsOf: bag.appendingPathComponent("VERIFY.txt"), encoding: .utf8)
            .split(separator: "\n").map(String.init).filter { !$0.isEmpty && !$0.hasPrefix("#") }
        let check = try #require(lines.first { $0.contains("complete-log.json") })
        #expect(try cli.tool("sh", ["-c", check], cwd: bag).status == 0)
        let edit = """
            sed -i 's/"handler" : "kim"/"handler" : "someone else"/' custody/complete-log.json &&
            grep -v ' custody/complete-log.json$' tagmanifest-sha256.txt > t && sha256sum custody/complete-log.json >> t && mv t tagmanifest-sha256.txt &&
            sha256sum -c tagmanifest-sha256.txt
            """
        let edited = try cli.tool("sh", ["-c", edit], cwd: bag)
        #expect(edited.status == 0, "\(edited.output)")
        #expect(
            try String(contentsOf: bag.appendingPathComponent("custody/complete-log.json"), encoding: .utf8).contains(
                "someone else"))
        let caught = try cli.tool("sh", ["-c", check], cwd: bag)
        #expect(caught.status != 0, "\(caught.output)")
        #expect(caught.output.contains("differ from their .bin files"), "\(caught.output)")
    }

    // C. A PEM file named HANDLER.pem ties its keys to that handler of the case.
    @Test func aKeyFileNamedForAHandlerTiesItsKeyToThem() throws {
        let cli = try freshCase()
        #expect(try cli.run(["custody", "transfer", "E-1", "--to", "OHCHR Seoul", "--by", "lee"]).status == 0)
        let publicKey = try cli.sqlite("SELECT publicKeyPEM FROM handler_key WHERE handler = 'kim'")
        let asKim = cli.folder.appendingPathComponent("kim.pem")
        try Data(publicKey.utf8).write(to: asKim)
        #expect(try cli.run(["verify", "--trusted-keys", asKim.path]).status == 0)
        let asLee = cli.folder.appendingPathComponent("lee.pem")
        try Data(publicKey.utf8).write(to: asLee)
        try expectVerifyFails(cli, "signed with another handler's key", "key of kim", ["--trusted-keys", asLee.path])
    }

    // B/D. A private key kept outside the workspace (`key generate --out DIR`, then $CASEBOOK_KEYS).
    @Test func aPrivateKeyKeptOutsideTheWorkspace() throws {
        var cli = try CLI()
        cli.environment["CASEBOOK_HANDLER"] = "kim"
        try cli.makeCase()
        let outside = cli.folder.appendingPathComponent("kim-keys")
        let made = try cli.run(["key", "generate", "--handler", "kim", "--out", outside.path])
        #expect(made.status == 0, "\(made.stderr)")
        #expect(FileManager.default.fileExists(atPath: outside.appendingPathComponent("kim.pem").path))
        #expect(!FileManager.default.fileExists(atPath: cli.workspace.appendingPathComponent("keys/kim.pem").path))
        try cli.makeFile("in/statement.txt", Array("Witness A describes the holding centre.\n".utf8))
        let statement = cli.folder.appendingPathComponent("in/statement.txt").path
        // Without the folder, kim cannot act (and so nobody holding only the workspace can sign as kim).
        let refused = try cli.run(["evidence", "add", statement])
        #expect(refused.status == 2, "\(refused.stdout) \(refused.stderr)")
        #expect(refused.stderr.contains("CASEBOOK_KEYS"), "\(refused.stderr)")
        let keys = ["CASEBOOK_KEYS": outside.path]
        #expect(try cli.run(["evidence", "add", statement], environment: keys).status == 0)
        let verified = try cli.run(["verify"], environment: keys)
        #expect(verified.status == 0, "\(verified.stdout)")
        #expect(try cli.sqlite("SELECT COUNT(*) FROM custody_event WHERE signature IS NULL") == "0\n")
    }
}
