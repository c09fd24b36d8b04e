import Foundation
import Testing

/// Witness protection from the command line: sealed identities, the passphrase, consent, the
/// leak scan before every export, and redacted copies.
@Suite("protecting witnesses")
struct ProtectionTests {
    static let realName = "Kim Chol-su"

    /// A case with one witness whose identity is sealed under "first passphrase".
    func protectedCase() throws -> CLI {
        try CLI.protectedCase([
            "--name", Self.realName, "--other-names", "김철수; Chol-su Kim", "--contact", "+82 10 1234 5678", "--born", "1975-03-02",
            "--consent", "icc-evidence",
        ])
    }

    @Test func addingASealedWitnessSaysSo() throws {
        var cli = try CLI()
        cli.environment["CASEBOOK_SCRYPT_LOG2N"] = "12"
        try cli.makeCase()
        let added = try cli.run(
            ["witness", "add", "--pseudonym", "Witness A", "--name", Self.realName], environment: CLI.testPassphrase)
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stdout.contains("Added W-1 Witness A (identity sealed)."))
    }

    @Test func revealNeedsTheRightPassphrase() throws {
        let cli = try protectedCase()
        let revealed = try cli.run(["witness", "reveal", "W-1"], environment: ["CASEBOOK_PASSPHRASE": "first passphrase"])
        #expect(revealed.status == 0)
        #expect(revealed.stdout.contains("Real name:     \(Self.realName)"))
        #expect(revealed.stdout.contains("Date of birth: 1975-03-02"))
        let before = try cli.databaseDump()
        let wrong = try cli.run(["witness", "reveal", "W-1"], environment: ["CASEBOOK_PASSPHRASE": "guess"])
        #expect(wrong.status == 2)
        #expect(wrong.stderr == "error: Wrong passphrase: it does not open this case's witness identities. Nothing was changed.\n")
        let wrongAdd = try cli.run(
            ["witness", "add", "--pseudonym", "B", "--name", "Pak"], environment: ["CASEBOOK_PASSPHRASE": "guess"])
        #expect(wrongAdd.status == 2)
        let none = try cli.run(["witness", "reveal", "W-1"])
        #expect(none.status == 2)
        #expect(none.stderr.contains("needs the case passphrase"))
        let empty = try cli.run(["witness", "add", "--pseudonym", "B", "--name", "Pak"], environment: ["CASEBOOK_PASSPHRASE": ""])
        #expect(empty.status == 2)
        #expect(empty.stderr.contains("The passphrase must not be empty"))
        #expect(try cli.databaseDump() == before)
        // Without the passphrase, everything else works with pseudonyms.
        #expect(try cli.run(["witness", "list"]).stdout.contains("Witness A"))
        #expect(try cli.run(["testimony", "add", "--witness", "W-1", "--date", "2020"]).status == 0)
    }

    @Test func theRealNameIsNowhereInTheWorkspaceFolder() throws {
        let cli = try protectedCase()
        _ = try cli.run(["witness", "list", "--json"])
        for needle in [Self.realName, "Chol-su", "김철수", "1234 5678", "1975-03-02"] {
            let grep = try cli.tool("grep", ["-r", "-a", "-l", "-F", needle, cli.workspace.path])
            #expect(grep.status == 1, "'\(needle)' found in: \(grep.output)")
        }
        #expect(!(try cli.run(["witness", "show", "W-1", "--json"]).stdout.contains("Kim")))
    }

    @Test func aCiphertextCopiedToAnotherWitnessDoesNotOpen() throws {
        let cli = try protectedCase()
        #expect(
            try cli.run(
                ["witness", "add", "--pseudonym", "Witness B", "--name", "Pak Young-hee"],
                environment: ["CASEBOOK_PASSPHRASE": "first passphrase"]
            ).status == 0)
        try cli.sqlite(
            "UPDATE witness_identity SET sealed = (SELECT sealed FROM witness_identity WHERE witnessId = 1 AND field = 'name') WHERE witnessId = 2 AND field = 'name'"
        )
        let result = try cli.run(["witness", "reveal", "W-2"], environment: ["CASEBOOK_PASSPHRASE": "first passphrase"])
        #expect(result.status == 1)
        #expect(
            result.stderr.contains("The sealed real name of W-2 does not open: it was altered, truncated or copied from elsewhere"))
        #expect(!result.stdout.contains(Self.realName))
    }

    @Test func aTruncatedCiphertextIsNamedAsTampering() throws {
        let cli = try protectedCase()
        try cli.sqlite(
            "UPDATE witness_identity SET sealed = substr(sealed, 1, length(sealed) - 3) WHERE witnessId = 1 AND field = 'contact'")
        let result = try cli.run(["witness", "reveal", "W-1"], environment: ["CASEBOOK_PASSPHRASE": "first passphrase"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("The sealed contact details of W-1 does not open"))
    }

    @Test func passphraseChangeWithoutTheNewOneNamesItsVariable() throws {
        let cli = try protectedCase()
        let result = try cli.run(["passphrase", "change"], environment: ["CASEBOOK_PASSPHRASE": "first passphrase"])
        #expect(result.status == 2)
        #expect(
            result.stderr.contains(
                "Changing the passphrase needs the new one too: set $CASEBOOK_NEW_PASSPHRASE or run the command at a terminal"),
            "\(result.stderr)")
        let still = try cli.run(["witness", "reveal", "W-1"], environment: ["CASEBOOK_PASSPHRASE": "first passphrase"])
        #expect(still.status == 0 && still.stdout.contains(Self.realName))
    }

    @Test func passphraseChangeIsAllOrNothing() throws {
        let cli = try protectedCase()
        let killed = try cli.run(
            ["passphrase", "change"],
            environment: [
                "CASEBOOK_PASSPHRASE": "first passphrase", "CASEBOOK_NEW_PASSPHRASE": "second passphrase here",
                "CASEBOOK_CRASH_POINT": "before-passphrase-commit",
            ])
        #expect(killed.status != 0)
        let old = try cli.run(["witness", "reveal", "W-1"], environment: ["CASEBOOK_PASSPHRASE": "first passphrase"])
        #expect(old.status == 0 && old.stdout.contains(Self.realName), "the old passphrase must still open everything")
        let changed = try cli.run(
            ["passphrase", "change"],
            environment: ["CASEBOOK_PASSPHRASE": "first passphrase", "CASEBOOK_NEW_PASSPHRASE": "second passphrase here"])
        #expect(changed.status == 0)
        #expect(changed.stdout.contains("Re-sealed 4 identity field(s)"))
        #expect(try cli.run(["witness", "reveal", "W-1"], environment: ["CASEBOOK_PASSPHRASE": "first passphrase"]).status == 2)
        #expect(
            try cli.run(["witness", "reveal", "W-1"], environment: ["CASEBOOK_PASSPHRASE": "second passphrase here"]).stdout
                .contains(Self.realName)
        )
        let wrongOld = try cli.run(
            ["passphrase", "change"],
            environment: ["CASEBOOK_PASSPHRASE": "nope", "CASEBOOK_NEW_PASSPHRASE": "third passphrase here"])
        #expect(wrongOld.status == 2)
    }

    @Test func aNamePlantedInAnIncidentOrActorStopsTheExport() throws {
        let cli = try protectedCase()
        let env = ["CASEBOOK_PASSPHRASE": "first passphrase"]
        #expect(
            try cli.run(["export", "json", cli.folder.appendingPathComponent("clean.json").path], environment: env).status == 0)
        #expect(
            try cli.run(["incident", "add", "--title", "Beating", "--date", "2012", "--description", "KIM CHOLSU was beaten"])
                .status == 0)
        let out = cli.folder.appendingPathComponent("case.json").path
        let stopped = try cli.run(["export", "json", out], environment: env)
        #expect(stopped.status == 1)
        #expect(
            stopped.stderr
                == "error: Stopped: the protected real name of W-1 was found in the description of incident I-1 in the JSON export. Nothing was written. Correct that record (or redact the source) and try again; if it is a different name that only looks the same, add --allow W-1:name, which is recorded in the custody log.\n"
        )
        #expect(!FileManager.default.fileExists(atPath: out))

        let other = try protectedCase()
        #expect(try other.run(["actor", "add", "--name", "Guard 김철수", "--kind", "person"]).status == 0)
        let actorExport = try other.run(["export", "json", other.folder.appendingPathComponent("a.json").path], environment: env)
        #expect(actorExport.status == 1)
        #expect(actorExport.stderr.contains("the protected other names of W-1"))
    }

    @Test func aBagWhoseTagFilesWouldNameAWitnessIsNotWritten() throws {
        let cli = try protectedCase()
        let file = try cli.makeFile("Interview Kim Chol Su.txt", Array("notes".utf8))
        #expect(try cli.run(["evidence", "add", file]).status == 0)
        let bag = cli.folder.appendingPathComponent("bag")
        let stopped = try cli.run(["export", "bagit", bag.path], environment: ["CASEBOOK_PASSPHRASE": "first passphrase"])
        #expect(stopped.status == 1)
        #expect(stopped.stderr.contains("the protected real name of W-1 was found in the payload file names"))
        #expect(!FileManager.default.fileExists(atPath: bag.path))
        #expect(try cli.sqlite("SELECT COUNT(*) FROM custody_event WHERE action = 'exported'") == "0\n")
        let signatures = try cli.run(["custody", "export-signatures", cli.folder.appendingPathComponent("sigs").path])
        #expect(signatures.status == 2)
        #expect(signatures.stderr.contains("needs the case passphrase"))
    }

    @Test func withoutThePassphraseAnExportNeedsNoLeakScanAndIsLogged() throws {
        let cli = try protectedCase()
        try cli.makeFile("note.txt", Array("note".utf8))
        #expect(try cli.run(["evidence", "add", cli.folder.appendingPathComponent("note.txt").path]).status == 0)
        let bag = cli.folder.appendingPathComponent("bag")
        let refused = try cli.run(["export", "bagit", bag.path])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("add --no-leak-scan to write it unchecked"))
        #expect(!FileManager.default.fileExists(atPath: bag.path))
        let forced = try cli.run(["export", "bagit", bag.path, "--no-leak-scan"])
        #expect(forced.status == 0)
        #expect(forced.stderr.contains("warning: The BagIt bag was written WITHOUT checking it for witness identities"))
        #expect(try cli.sqlite("SELECT action FROM custody_event WHERE action = 'leak-scan-skipped'") == "leak-scan-skipped\n")
        #expect(try cli.run(["verify"]).status == 0)
    }

    @Test func aCaseWithoutIdentitiesNeedsNoPassphrase() throws {
        var cli = try CLI()
        cli.environment["CASEBOOK_HANDLER"] = "kim"
        try cli.makeSampleCase()
        let result = try cli.run(["export", "json", cli.folder.appendingPathComponent("case.json").path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
    }

    @Test func consentChangesAreLogged() throws {
        let cli = try protectedCase()
        let result = try cli.run(["witness", "consent", "W-1", "--set", "icc-evidence,upr"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("W-1 Witness A may now be cited in: icc-evidence, upr."))
        #expect(try cli.sqlite("SELECT consent FROM witness") == "icc-evidence,upr\n")
        // The consent given at 'witness add' is logged first (event 1), the sealing of the identity
        // (event 2), then the change.
        #expect(try cli.sqlite("SELECT action FROM custody_event WHERE sequence = 2") == "identity-sealed\n")
        #expect(
            try cli.sqlite("SELECT action, note FROM custody_event WHERE sequence > 2")
                == "consent-changed|W-1 consent changed from icc-evidence to icc-evidence,upr\n")
        #expect(
            try cli.sqlite("SELECT action, note FROM custody_event WHERE sequence = 1")
                == "consent-changed|W-1 consent set to icc-evidence\n")
        #expect(try cli.run(["witness", "consent", "W-1", "--set", "everyone"]).status == 2)
        #expect(try cli.run(["witness", "consent", "W-1", "--set", "none"]).stdout.contains("may now be cited in: nothing"))
    }

    @Test func aRedactedCopyIsIngestedAndLinked() throws {
        let cli = try protectedCase()
        try cli.makeFile("transcript.txt", Array("Interview with KIM Chol Su (김철수), tel. 82-10-1234-5678, about Camp 15.\n".utf8))
        #expect(try cli.run(["evidence", "add", cli.folder.appendingPathComponent("transcript.txt").path]).status == 0)
        try Data("# always redact\nCamp 15\n".utf8).write(to: cli.workspace.appendingPathComponent("redaction-terms.txt"))
        let out = cli.folder.appendingPathComponent("redacted.txt")
        let result = try cli.run(
            ["evidence", "redact", "E-1", "--out", out.path], environment: ["CASEBOOK_PASSPHRASE": "first passphrase"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("added it as E-2, a redacted copy of E-1"))
        #expect(
            try String(contentsOf: out, encoding: .utf8)
                == "Interview with [REDACTED] ([REDACTED]), tel. [REDACTED], about [REDACTED].\n")
        #expect(try cli.sqlite("SELECT redactedFromId FROM evidence_item WHERE id = 2") == "1\n")
        #expect(
            try cli.sqlite("SELECT action, evidenceId FROM custody_event WHERE action = 'redacted-copy'") == "redacted-copy|2\n")
        #expect(try cli.run(["verify"]).status == 0)
        let again = try cli.run(
            ["evidence", "redact", "E-1", "--out", out.path], environment: ["CASEBOOK_PASSPHRASE": "first passphrase"])
        #expect(again.status == 2)
    }

    @Test func aDatabaseReadableByOthersIsWarnedAbout() throws {
        let cli = try protectedCase()
        let database = cli.workspace.appendingPathComponent("casebook.sqlite").path
        #expect(try cli.run(["status"]).stderr.isEmpty)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: database)
        let result = try cli.run(["status"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("warning: \(database) can be read by other users of this machine; run 'chmod 600"))
    }

    @Test func identityFieldsNeedThePassphrase() throws {
        var cli = try CLI()
        try cli.makeCase()
        cli.environment["CASEBOOK_SCRYPT_LOG2N"] = "12"
        let result = try cli.run(["witness", "add", "--pseudonym", "A", "--name", "Pak Young-hee"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("Recording a witness's identity needs the case passphrase"))
        #expect(try cli.sqlite("SELECT COUNT(*) FROM witness") == "0\n")
    }
}
