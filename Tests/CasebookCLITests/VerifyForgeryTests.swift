import Foundation
import Testing

/// The attacks of issue 9, each done the way a defence expert would try it (sqlite3, a script
/// that rebuilds the chain from the README, os.utime, a link swapped in, /dev/zero): verify must
/// exit 1 naming the problem, or the command must refuse.
@Suite("verify against items deleted, keys swapped, timestamps forged and files changed while read")
struct VerifyForgeryTests: TamperedCaseFixture {
    // 1. An item deleted, with its object.
    @Test func anItemDeletedWithItsObject() throws {
        let cli = try freshCase()
        let object = cli.objectPath(try cli.recordedHash(2))
        try cli.sqlite("DELETE FROM evidence_item WHERE id = 2")
        #expect(try cli.tool("rm", ["-f", object]).status == 0)
        let result = try expectVerifyFails(cli, "evidence item deleted", "E-2")
        #expect(result.stdout.contains("its evidence record is gone, and so is its stored copy"))
    }

    // 6. The newest item and every event about it deleted.
    @Test func theNewestItemAndItsEventsDeleted() throws {
        let cli = try freshCase()
        try cli.makeFile("late/late.txt", Array("a late addition".utf8))
        #expect(try cli.run(["evidence", "add", cli.folder.appendingPathComponent("late/late.txt").path]).status == 0)
        let object = cli.objectPath(try cli.recordedHash(4))
        try cli.sqlite(
            "DELETE FROM custody_event WHERE evidenceId = 4 OR sequence > (SELECT MIN(sequence) FROM custody_event WHERE evidenceId = 4); DELETE FROM evidence_item WHERE id = 4"
        )
        #expect(try cli.tool("rm", ["-f", object]).status == 0)
        try expectVerifyFails(cli, "evidence item deleted", "E-4")
    }

    // 6. The newest events deleted, and a committed add lost as a truncated WAL would lose it:
    // only a head kept outside the case can prove it.
    @Test func lostNewestEventsAreFoundAgainstAHeadWrittenDown() throws {
        let cli = try freshCase()
        try cli.makeFile("late/late.txt", Array("a late addition".utf8))
        #expect(try cli.run(["evidence", "add", cli.folder.appendingPathComponent("late/late.txt").path]).status == 0)
        let verified = try cli.run(["verify"])
        #expect(verified.status == 0)
        let head = try cli.sqlite("SELECT eventHash FROM custody_event ORDER BY sequence DESC LIMIT 1").trimmingCharacters(
            in: .whitespacesAndNewlines)
        #expect(verified.stdout.contains("verify --expect-head"))
        // The add is lost as a truncated WAL loses it: its rows, its events and the id counter go;
        // its stored copy stays, as after an interrupted ingest.
        let sha = try cli.recordedHash(4)
        try cli.sqlite(
            "DELETE FROM custody_event WHERE sequence >= (SELECT MIN(sequence) FROM custody_event WHERE evidenceId = 4); DELETE FROM evidence_item WHERE id = 4; UPDATE sqlite_sequence SET seq = 3 WHERE name = 'evidence_item'; INSERT INTO pending_object (sha256, createdAt) VALUES ('\(sha)', '2026-01-01T00:00:00Z')"
        )
        // On another machine, only the head written down can show it.
        let elsewhere = ["XDG_STATE_HOME": cli.folder.appendingPathComponent("another-machine").path]
        let alone = try cli.run(["verify", "--expect-head", head], environment: elsewhere)
        #expect(alone.stdout.contains("interrupted 'evidence add'"), "\(alone.stdout)")
        #expect(alone.status == 1)
        #expect(alone.stdout.contains("event deleted: head: the head written down earlier (\(head))"), "\(alone.stdout)")
        // On the machine that verified it, verify remembers the head it last found intact.
        let remembered = try expectVerifyFails(cli, "event deleted", "head")
        #expect(remembered.stdout.contains("as this machine last verified it"), "\(remembered.stdout)")
    }

    // 2. Signatures stripped after an edit, the chain rebuilt.
    @Test func signaturesStrippedAndTheChainRebuilt() throws {
        let cli = try freshCase()
        try cli.sqlite("UPDATE custody_event SET handler = 'someone', occurredAt = '2020-01-01T00:00:00Z' WHERE sequence = 2")
        try cli.rechain(["--strip-signatures"])
        // Event 2 now names a handler without a key; kim's own events, stripped, give it away.
        try expectVerifyFails(cli, "signature missing", "event 3")
    }

    // 2. An unsigned event rewritten as if made by a handler who has a key.
    @Test func anUnsignedEventPassedOffAsASignedHandlers() throws {
        let cli = try freshCase()
        let transfer = try cli.run(["custody", "transfer", "E-1", "--to", "OHCHR Seoul", "--by", "lee"])
        #expect(transfer.status == 0, "\(transfer.stderr)")
        let sequence = try cli.sqlite("SELECT sequence FROM custody_event WHERE handler = 'lee'").trimmingCharacters(
            in: .whitespacesAndNewlines)
        try cli.sqlite("UPDATE custody_event SET handler = 'kim' WHERE handler = 'lee'")
        try cli.rechain()
        try expectVerifyFails(cli, "signature missing", "event \(sequence)")
    }

    // 3. The public key swapped and the events re-signed: the stored fingerprint is recomputed,
    // and a key the team does not trust is named.
    @Test func thePublicKeySwappedAndEventsResigned() throws {
        let cli = try freshCase()
        let trusted = cli.folder.appendingPathComponent("trusted-keys.pem")
        let exported = try cli.run(["key", "export", "--handler", "kim", "--out", trusted.path])
        #expect(exported.status == 0, "\(exported.stderr)")
        #expect(try cli.run(["verify", "--trusted-keys", trusted.path]).status == 0)
        // The exported key checks a signature with plain openssl.
        #expect(try String(contentsOf: trusted, encoding: .utf8).contains("BEGIN PUBLIC KEY"))

        #expect(try cli.tool("openssl", ["genpkey", "-algorithm", "ed25519", "-out", "attacker.pem"]).status == 0)
        let attackerPublic = try cli.tool("openssl", ["pkey", "-in", "attacker.pem", "-pubout"]).output
        try cli.sqlite("UPDATE handler_key SET publicKeyPEM = '\(attackerPublic)' WHERE handler = 'kim'")
        try cli.sqlite("UPDATE custody_event SET note = 'ingested something else' WHERE sequence = 2")
        try cli.rechain(["--sign", cli.folder.appendingPathComponent("attacker.pem").path])
        // Checked by someone other than kim, whose own key no longer matches.
        try expectVerifyFails(cli, "key replaced", "key of kim", ["--handler", "auditor"])
        let signatures = try cli.run([
            "custody", "export-signatures", cli.folder.appendingPathComponent("sigs").path, "--handler", "auditor",
        ])
        #expect(signatures.status == 2, "the swapped key must not be exported: \(signatures.stdout)")

        // The thorough adversary also rewrites the fingerprint everywhere: only the trusted list catches it.
        let fingerprint = try cli.tool(
            "sh", ["-c", "openssl pkey -in attacker.pem -pubout -outform DER | sha256sum | cut -d' ' -f1"]
        ).output.trimmingCharacters(in: .whitespacesAndNewlines)
        try cli.sqlite("UPDATE handler_key SET fingerprint = '\(fingerprint)' WHERE handler = 'kim'")
        try cli.rechain(["--sign", cli.folder.appendingPathComponent("attacker.pem").path, "--fingerprint", fingerprint])
        try expectVerifyFails(cli, "key not trusted", "key of kim", ["--trusted-keys", trusted.path, "--handler", "auditor"])
    }

    // 3. The key row replaced whole (key and fingerprint), the events left alone.
    @Test func theKeyRowReplacedWhole() throws {
        let cli = try freshCase()
        #expect(try cli.tool("openssl", ["genpkey", "-algorithm", "ed25519", "-out", "attacker.pem"]).status == 0)
        let attackerPublic = try cli.tool("openssl", ["pkey", "-in", "attacker.pem", "-pubout"]).output
        let fingerprint = try cli.tool(
            "sh", ["-c", "openssl pkey -in attacker.pem -pubout -outform DER | sha256sum | cut -d' ' -f1"]
        ).output.trimmingCharacters(in: .whitespacesAndNewlines)
        try cli.sqlite(
            "UPDATE handler_key SET publicKeyPEM = '\(attackerPublic)', fingerprint = '\(fingerprint)' WHERE handler = 'kim'")
        let result = try expectVerifyFails(cli, "key replaced", "key of kim", ["--handler", "auditor"])
        #expect(result.stdout.contains("is not the key their events were signed with"), "\(result.stdout)")
    }

    // 4. Timestamps: the stored time edited, the anchor row deleted; the authority checked.
    @Test func timestampsAreReadFromTheReplyAndTheirAuthorityChecked() throws {
        let cli = try freshCase()
        let request = cli.folder.appendingPathComponent("head.tsq")
        #expect(try cli.run(["anchor", "request", request.path]).status == 0)
        let tsa = try cli.throwawayAuthority("tsa", answering: request)
        let other = try cli.throwawayAuthority("other-tsa", answering: request)
        let reply = tsa.appendingPathComponent("reply.tsr").path

        // A CA that did not sign the reply is refused at import.
        let refused = try cli.run(["anchor", "import", reply, "--ca", other.appendingPathComponent("tsa.crt").path])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("its authority could not be verified"), "\(refused.stderr)")

        #expect(try cli.run(["anchor", "import", reply]).status == 0)
        let unverified = try cli.run(["verify"])
        #expect(unverified.status == 0, "\(unverified.stdout)")
        #expect(unverified.stdout.contains("holds. Authority: unverified authority."), "\(unverified.stdout)")
        let verified = try cli.run(["verify", "--tsa-ca", tsa.appendingPathComponent("tsa.crt").path])
        #expect(verified.status == 0, "\(verified.stdout)")
        #expect(verified.stdout.contains("holds. Authority: verified."), "\(verified.stdout)")
        try expectVerifyFails(
            cli, "timestamp authority not verified", "anchor 1", ["--tsa-ca", other.appendingPathComponent("tsa.crt").path])

        try cli.sqlite("UPDATE anchor SET genTime = '2001-01-01T00:00:00Z'")
        try expectVerifyFails(cli, "anchor record changed", "anchor 1")
        let anchoredEvent = try cli.sqlite("SELECT sequence FROM custody_event WHERE action = 'anchored'").trimmingCharacters(
            in: .whitespacesAndNewlines)
        try cli.sqlite("DELETE FROM anchor")
        try expectVerifyFails(cli, "anchor missing", "event \(anchoredEvent)")
    }

    @Test func anAnchorImportedWithItsCAIsCheckedAgainstIt() throws {
        let cli = try freshCase()
        let request = cli.folder.appendingPathComponent("head.tsq")
        #expect(try cli.run(["anchor", "request", request.path]).status == 0)
        let tsa = try cli.throwawayAuthority("tsa", answering: request)
        let imported = try cli.run([
            "anchor", "import", tsa.appendingPathComponent("reply.tsr").path, "--ca", tsa.appendingPathComponent("tsa.crt").path,
        ])
        #expect(imported.status == 0, "\(imported.stderr)")
        let result = try cli.run(["verify"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Authority: checked at import"), "\(result.stdout)")
    }

    // 5. Provenance rewritten with sqlite3: each differing field is named.
    @Test func provenanceRewritten() throws {
        let cli = try freshCase()
        try cli.sqlite(
            "UPDATE evidence_item SET originalName = 'confession.jpg', source = 'police archive', acquiredBy = 'someone', acquiredAt = '2001-01-01', kind = 'document', description = 'forged' WHERE id = 1"
        )
        let result = try expectVerifyFails(cli, "evidence record changed", "E-1")
        #expect(
            result.stdout.contains("in: original name, kind, description, source, acquired by, acquired at"), "\(result.stdout)")
    }

    // 7. Consent widened behind the log's back.
    @Test func consentWidenedWithSqlite() throws {
        let cli = try freshCase()
        #expect(try cli.run(["witness", "add", "--pseudonym", "Witness A", "--consent", "icc-evidence"]).status == 0)
        #expect(try cli.run(["witness", "consent", "W-1", "--set", "icc-evidence,upr"]).status == 0)
        #expect(try cli.run(["verify"]).status == 0)
        try cli.sqlite("UPDATE witness SET consent = 'icc-evidence,upr,public,named' WHERE id = 1")
        let result = try expectVerifyFails(cli, "consent differs from the log", "W-1")
        #expect(result.stdout.contains("last recorded 'icc-evidence,upr'"))
    }

    // 8. A stored object replaced by a link to /dev/zero: verify must not hang.
    @Test func anObjectReplacedByALinkToDevZero() throws {
        let cli = try freshCase()
        let object = cli.objectPath(try cli.recordedHash(2))
        #expect(try cli.tool("sh", ["-c", "rm -f '\(object)' && ln -s /dev/zero '\(object)'"]).status == 0)
        let result = try cli.runWithTimeout(30, ["verify"])
        #expect(result.status == 1, "verify should exit 1 quickly: \(result.output)")
        #expect(result.output.contains("object changed: E-2"), "\(result.output)")
        let bag = try cli.runWithTimeout(30, ["export", "bagit", cli.folder.appendingPathComponent("bag").path])
        #expect(bag.status != 0 && bag.status != 137, "\(bag.output)")
        let redacted = try cli.runWithTimeout(
            30, ["evidence", "redact", "E-2", "--out", cli.folder.appendingPathComponent("r.txt").path])
        #expect(redacted.status != 0 && redacted.status != 137, "\(redacted.output)")
    }

    // 8. A file rewritten during ingest with its modification time put back.
    @Test func aFileRewrittenDuringIngestWithItsMtimeReset() throws {
        var cli = try CLI()
        cli.environment["CASEBOOK_HANDLER"] = "kim"
        try cli.makeCase()
        let file = try cli.makeRandomFile("in/tape.bin", size: 200_000, seed: 3)
        let pause = cli.folder.appendingPathComponent("pause").path
        let rewrite = """
            import os, sys, time
            path, pause = sys.argv[1], sys.argv[2]
            for _ in range(600):
                if os.path.exists(pause + '.reached'): break
                time.sleep(0.05)
            else:
                sys.exit(3)
            st = os.stat(path)
            with open(path, 'r+b') as f:
                f.write(b'X' * 1000)
            os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
            open(pause, 'w').close()
            """
        try Data(rewrite.utf8).write(to: cli.folder.appendingPathComponent("rewrite.py"))
        let helper = Process()
        helper.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        helper.arguments = ["python3", cli.folder.appendingPathComponent("rewrite.py").path, file, pause]
        try helper.run()
        let result = try cli.run(
            ["evidence", "add", file, "--jobs", "1"],
            environment: ["CASEBOOK_PAUSE_POINT": "after-open", "CASEBOOK_PAUSE_FILE": pause])
        helper.waitUntilExit()
        #expect(helper.terminationStatus == 0, "the pause was never reached")
        #expect(result.status == 2, "\(result.stdout) \(result.stderr)")
        #expect(result.stderr.contains("changed while it was being read"), "\(result.stderr)")
        #expect(try cli.sqlite("SELECT COUNT(*) FROM evidence_item") == "0\n")
    }

    // 8. A symbolic link swapped in for a walked file during a --recursive add.
    @Test func aLinkSwappedInDuringARecursiveWalk() throws {
        var cli = try CLI()
        cli.environment["CASEBOOK_HANDLER"] = "kim"
        try cli.makeCase()
        try cli.makeFile("in/a.txt", Array("the real statement".utf8))
        let secret = try cli.makeFile("secret.txt", Array("something that is not evidence".utf8))
        let pause = cli.folder.appendingPathComponent("pause").path
        let swap = """
            import os, sys, time
            path, target, pause = sys.argv[1], sys.argv[2], sys.argv[3]
            for _ in range(600):
                if os.path.exists(pause + '.reached'): break
                time.sleep(0.05)
            else:
                sys.exit(3)
            os.remove(path)
            os.symlink(target, path)
            open(pause, 'w').close()
            """
        try Data(swap.utf8).write(to: cli.folder.appendingPathComponent("swap.py"))
        let helper = Process()
        helper.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        helper.arguments = [
            "python3", cli.folder.appendingPathComponent("swap.py").path, cli.folder.appendingPathComponent("in/a.txt").path,
            secret, pause,
        ]
        try helper.run()
        let result = try cli.run(
            ["evidence", "add", cli.folder.appendingPathComponent("in").path, "--recursive"],
            environment: ["CASEBOOK_PAUSE_POINT": "after-walk", "CASEBOOK_PAUSE_FILE": pause])
        helper.waitUntilExit()
        #expect(helper.terminationStatus == 0, "the pause was never reached")
        #expect(result.status == 2, "\(result.stdout) \(result.stderr)")
        #expect(result.stderr.contains("replaced by a symbolic link"), "\(result.stderr)")
        #expect(try cli.sqlite("SELECT COUNT(*) FROM evidence_item") == "0\n")
        #expect(try cli.storedObjects().isEmpty)
    }

    // 9. The workspace ingesting itself.
    @Test func theWorkspaceCannotIngestItself() throws {
        let cli = try freshCase()
        let before = try cli.databaseDump()
        let objects = try cli.storedObjects()
        for args in [
            ["evidence", "add", ".", "--recursive"], ["evidence", "add", "keys/kim.pem"], ["evidence", "add", "casebook.sqlite"],
        ] {
            let result = try cli.run(args)
            #expect(result.status == 2, "\(args): \(result.stdout) \(result.stderr)")
            #expect(result.stderr.contains("part of the case workspace itself"), "\(result.stderr)")
        }
        #expect(try cli.databaseDump() == before)
        #expect(try cli.storedObjects() == objects)
        // A folder that holds the workspace is walked around it.
        try cli.makeFile("outer.txt", Array("outside the case".utf8))
        let walked = try cli.run(["evidence", "add", cli.folder.path, "--recursive"])
        #expect(walked.status == 0, "\(walked.stderr)")
        #expect(!(try cli.sqlite("SELECT group_concat(originalName) FROM evidence_item")).contains("kim.pem"))
        #expect(!(try cli.sqlite("SELECT group_concat(originalName) FROM evidence_item")).contains("casebook.sqlite"))
        #expect(try cli.storedObjects().count > objects.count)
    }
}
