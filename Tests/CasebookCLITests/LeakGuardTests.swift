import Foundation
import Testing

/// The ways a witness's identity could still leave the case, each closed: `--no-leak-scan` with
/// the passphrase at hand, waivers, risk notes, unaudited reveals, readable stores, names from the
/// database used as paths, control characters on screen, another user's case adopted silently.
@Suite("no path out of the case for a witness's identity")
struct LeakGuardTests {
    static let passphrase = ["CASEBOOK_PASSPHRASE": "first passphrase"]

    /// A case with one witness sealed as "Kim Chol-su", contact and date of birth.
    func protectedCase() throws -> CLI {
        try CLI.protectedCase([
            "--name", "Kim Chol-su", "--contact", "+82 10-1234-5678, kcs@example.org", "--born", "1975-03-02", "--consent",
            "icc-evidence",
            "--risk-notes", "Mother still in Hoeryong",
        ])
    }

    @Test func noLeakScanDoesNotSkipTheScanWhenThePassphraseIsGiven() throws {
        let cli = try protectedCase()
        #expect(
            try cli.run(["incident", "add", "--title", "Beating", "--date", "2012", "--description", "Kim Chol-su was beaten"])
                .status == 0)
        let out = cli.folder.appendingPathComponent("case.json")
        let before = try cli.databaseDump()
        let result = try cli.run(["export", "json", out.path, "--no-leak-scan"], environment: Self.passphrase)
        #expect(result.status == 1)
        #expect(
            result.stderr.contains("the protected real name of W-1 was found in the description of incident I-1 in the JSON export")
        )
        #expect(!FileManager.default.fileExists(atPath: out.path))
        #expect(try cli.databaseDump() == before)
    }

    @Test func aWaiverLetsOneFieldThroughAndIsLogged() throws {
        let cli = try protectedCase()
        #expect(
            try cli.run(["incident", "add", "--title", "Beating", "--date", "2012", "--description", "Kim Chol-su was beaten"])
                .status == 0)
        let out = cli.folder.appendingPathComponent("case.json")
        let bad = try cli.run(["export", "json", out.path, "--allow", "W-1:nickname"], environment: Self.passphrase)
        #expect(bad.status == 2)
        #expect(
            bad.errorLines == [
                "error: 'W-1:nickname' is not a witness and a field: write it as W-1:name (fields: name, other-names, contact, born, notes, risk-notes). Nothing was written."
            ])
        let wrongField = try cli.run(["export", "json", out.path, "--allow", "W-1:contact"], environment: Self.passphrase)
        #expect(wrongField.status == 1)
        #expect(!FileManager.default.fileExists(atPath: out.path))
        let allowed = try cli.run(["export", "json", out.path, "--allow", "W-1:name"], environment: Self.passphrase)
        #expect(allowed.status == 0, "\(allowed.stderr)")
        #expect(try String(contentsOf: out, encoding: .utf8).contains("Kim Chol-su was beaten"))
        #expect(
            try cli.sqlite("SELECT note FROM custody_event WHERE action = 'leak-scan-waived' ORDER BY sequence DESC LIMIT 1")
                == "The JSON export: the real name of W-1 allowed by the handler (--allow W-1:name)\n")
    }

    @Test(arguments: [
        "call him on 010-1234-5678", "write to KCS@example.org", "born 2 March 1975", "born on 02/03/1975", "1975년 3월 2일생",
    ])
    func contactsAndDatesOfBirthAreFoundInTheirCommonForms(_ text: String) throws {
        let cli = try protectedCase()
        #expect(try cli.run(["testimony", "add", "--witness", "W-1", "--date", "2019", "--summary", text]).status == 0)
        let out = cli.folder.appendingPathComponent("case.json")
        let result = try cli.run(["export", "json", out.path], environment: Self.passphrase)
        #expect(result.status == 1, "\(text): \(result.stderr)")
        #expect(
            result.stderr.contains("of W-1 w")
                && result.stderr.contains(" found in the summary of testimony T-1 in the JSON export"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func riskNotesStayOutOfTheJSONExport() throws {
        let cli = try protectedCase()
        let out = cli.folder.appendingPathComponent("case.json")
        let result = try cli.run(["export", "json", out.path], environment: Self.passphrase)
        #expect(result.status == 0, "\(result.stderr)")
        let text = try String(contentsOf: out, encoding: .utf8)
        #expect(text.contains("Witness A"))
        #expect(!text.contains("Hoeryong"))
        // Sealed: only a reveal shows them, and the database holds them in no readable form.
        #expect(!(try cli.run(["witness", "show", "W-1"]).stdout.contains("Hoeryong")))
        #expect(
            try cli.run(["witness", "reveal", "W-1"], environment: Self.passphrase).stdout.contains(
                "Risk notes:    Mother still in Hoeryong"))
        #expect(try cli.tool("grep", ["-r", "-a", "-l", "Hoeryong", cli.workspace.path]).status == 1)
        // Adding them needs the passphrase, as an identity does.
        let without = try cli.run(["witness", "add", "--pseudonym", "Witness B", "--risk-notes", "Brother in Musan"])
        #expect(without.status == 2)
        #expect(without.stderr.contains("needs the case passphrase"))
    }

    @Test func riskNotesKeptInClearByAnOlderVersionAreSealedWhenThePassphraseIsNextGiven() throws {
        var cli = try CLI()
        cli.environment["CASEBOOK_HANDLER"] = "kim"
        cli.environment["CASEBOOK_SCRYPT_LOG2N"] = "12"
        try cli.makeCase()
        // W-1 as an older version left it: risk notes in clear, no sealing in the custody log.
        #expect(try cli.run(["witness", "add", "--pseudonym", "Witness Z"]).status == 0)
        #expect(
            try cli.run(["witness", "add", "--pseudonym", "Witness A", "--name", "Kim Chol-su"], environment: Self.passphrase)
                .status == 0)
        try cli.sqlite("UPDATE witness SET riskNotes = 'Sister still in Musan' WHERE id = 1")
        #expect(try cli.run(["witness", "show", "W-1"]).stdout.contains("Sister still in Musan"))
        let out = cli.folder.appendingPathComponent("case.json")
        #expect(try cli.run(["export", "json", out.path], environment: Self.passphrase).status == 0)
        #expect(!(try String(contentsOf: out, encoding: .utf8).contains("Musan")))
        #expect(try cli.sqlite("SELECT COUNT(*) FROM witness WHERE riskNotes IS NOT NULL") == "0\n")
        #expect(try cli.run(["witness", "reveal", "W-1"], environment: Self.passphrase).stdout.contains("Sister still in Musan"))
        #expect(try cli.tool("grep", ["-r", "-a", "-l", "Musan", cli.workspace.path]).status == 1)
        // Sealed before sealing was logged: verify says it cannot check them, and finds nothing wrong.
        let verified = try cli.run(["verify"])
        #expect(verified.status == 0, "\(verified.stdout)")
        #expect(verified.stdout.contains("The sealed identity of W-1 was recorded before sealing was logged"))
    }

    @Test func everyRevealIsRecordedWithoutTheValues() throws {
        let cli = try protectedCase()
        let revealed = try cli.run(["witness", "reveal", "W-1"], environment: Self.passphrase)
        #expect(revealed.status == 0)
        // Events 1 and 2 are the witness's consent and sealing logged at 'witness add'; the reveal follows them.
        #expect(try cli.sqlite("SELECT action FROM custody_event WHERE sequence <= 2") == "consent-changed\nidentity-sealed\n")
        #expect(
            try cli.sqlite("SELECT action, handler, note FROM custody_event WHERE sequence > 2")
                == "identity-revealed|kim|W-1: identity revealed (real name, contact details, exact date of birth, risk notes)\n")
        let log = try cli.run(["custody", "log"])
        #expect(log.stdout.contains("identity-revealed  by kim"))
        #expect(!log.stdout.contains("Kim Chol-su"))
        #expect(try cli.run(["verify"]).status == 0)
        // A wrong passphrase reveals nothing and records nothing.
        #expect(try cli.run(["witness", "reveal", "W-1"], environment: ["CASEBOOK_PASSPHRASE": "guess"]).status == 2)
        #expect(try cli.sqlite("SELECT COUNT(*) FROM custody_event WHERE action = 'identity-revealed'") == "1\n")
    }

    @Test func theCaseIsPrivateByDefault() throws {
        let cli = try protectedCase()
        func mode(_ path: String) throws -> Int? {
            try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        }
        for folder in ["", "evidence", "evidence/objects", "keys", "out", "templates"] {
            #expect(try mode(cli.workspace.appendingPathComponent(folder).path) == 0o700, "\(folder)")
        }
        let file = try cli.makeFile("note.txt", Array("note".utf8))
        #expect(try cli.run(["evidence", "add", file]).status == 0)
        let stored = try cli.storedObjects()
        #expect(try mode(cli.workspace.appendingPathComponent("evidence/objects/\(stored[0])").path) == 0o400)
        let bag = cli.folder.appendingPathComponent("bag")
        #expect(try cli.run(["export", "bagit", bag.path], environment: Self.passphrase).status == 0)
        #expect(try mode(bag.appendingPathComponent("data/E-1_note.txt").path) == 0o600)
        #expect(try mode(bag.path) == 0o700)
        #expect(try mode(bag.appendingPathComponent("bag-info.txt").path) == 0o600)
        #expect(try mode(bag.appendingPathComponent("data").path) == 0o700)
        let signatures = cli.folder.appendingPathComponent("signatures")
        #expect(try cli.run(["custody", "export-signatures", signatures.path], environment: Self.passphrase).status == 0)
        #expect(try mode(signatures.path) == 0o700)
        #expect(try cli.run(["status"]).stderr.isEmpty)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: cli.workspace.path)
        let warned = try cli.run(["status"])
        #expect(warned.status == 0)
        #expect(
            warned.stderr.contains(
                "warning: the folder \(cli.workspace.path) can be opened by other users of this machine; run 'chmod 700"))
    }

    @Test func aHandlerNameFromTheDatabaseNeverBecomesAPath() throws {
        var cli = try CLI()
        try cli.makeEvidenceCase()
        try cli.sqlite("UPDATE handler_key SET handler = '../../victim'")
        let out = cli.folder.appendingPathComponent("signatures")
        let result = try cli.run(["custody", "export-signatures", out.path])
        #expect(result.status == 2)
        #expect(
            result.errorLines == [
                "error: '../../victim' cannot be used as a handler name; use letters, digits and . _ - @ only (for example kim.investigator)."
            ])
        #expect(!FileManager.default.fileExists(atPath: cli.folder.appendingPathComponent("victim.pem").path))
        #expect(!FileManager.default.fileExists(atPath: out.deletingLastPathComponent().appendingPathComponent("victim.pem").path))
        #expect(!FileManager.default.fileExists(atPath: out.path), "nothing is written before the names are checked")
    }

    @Test func controlCharactersInNamesAreShownEscaped() throws {
        var cli = try CLI()
        cli.environment["CASEBOOK_HANDLER"] = "kim"
        try cli.makeCase()
        let crafted = "scan\u{1B}[2K\rEverything is intact.txt"
        let file = try cli.makeFile(crafted, Array("x".utf8))
        let added = try cli.run(["evidence", "add", file])
        #expect(added.status == 0)
        #expect(!added.stdout.contains("\u{1B}") && !added.stdout.contains("\r"))
        #expect(added.stdout.contains("scan\\x1b[2K\\x0dEverything is intact.txt"))
        for args in [["evidence", "list"], ["evidence", "show", "E-1"], ["custody", "log"]] {
            let shown = try cli.run(args)
            #expect(!shown.stdout.contains("\u{1B}") && !shown.stdout.contains("\r"), "\(args)")
        }
        // A failed verify cannot be dressed up as a passing one.
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: cli.objectPath(try cli.recordedHash(1)))
        try Data("y".utf8).write(to: URL(fileURLWithPath: cli.objectPath(try cli.recordedHash(1))))
        let verify = try cli.run(["verify"])
        #expect(verify.status == 1)
        #expect(!verify.stdout.contains("\u{1B}") && !verify.stdout.contains("\r"))
    }

    @Test func anotherUsersCaseInAParentFolderIsNotAdopted() throws {
        guard getuid() == 0 else { return }  // only root can give a file away
        var cli = try CLI()
        cli.environment["CASEBOOK_HANDLER"] = "kim"
        try cli.makeCase()
        let inside = cli.workspace.appendingPathComponent("out")
        #expect(chown(cli.workspace.appendingPathComponent("casebook.sqlite").path, 65534, 65534) == 0)
        let refused = try cli.run(["status"], cwd: inside)
        #expect(refused.status == 2)
        #expect(
            refused.errorLines == [
                "error: The case at \(cli.workspace.path) belongs to another user of this machine, so it was not used. If you mean to work on it, name it with -C \(cli.workspace.path)."
            ])
        #expect(try cli.run(["status", "-C", cli.workspace.path], cwd: inside).status == 0)
    }

    @Test func aTranscriptThatNamesAWitnessStaysOutOfTheBag() throws {
        let cli = try protectedCase()
        let file = try cli.makeFile("transcript.txt", Array("Q: Your name?\nA: KIM CHOL-SU, from Hoeryong.\n".utf8))
        #expect(try cli.run(["evidence", "add", file]).status == 0)
        let bag = cli.folder.appendingPathComponent("bag")
        let before = try cli.databaseDump()
        let stopped = try cli.run(["export", "bagit", bag.path], environment: Self.passphrase)
        #expect(stopped.status == 1)
        #expect(
            stopped.errorLines == [
                "error: Stopped: evidence item E-1 (transcript.txt) contains the protected real name of W-1. Nothing was written. Put its redacted copy in the bag instead ('casebook evidence redact E-1 --out FILE'), or, for a bag meant for a court under seal, add --include-identifying E-1, which is recorded in the custody log."
            ])
        #expect(!FileManager.default.fileExists(atPath: bag.path))
        #expect(try cli.databaseDump() == before)
        // Its redacted copy goes; so does the original when the team says so, and that is logged.
        let redacted = cli.folder.appendingPathComponent("redacted.txt")
        #expect(try cli.run(["evidence", "redact", "E-1", "--out", redacted.path], environment: Self.passphrase).status == 0)
        #expect(try cli.run(["export", "bagit", bag.path, "--evidence", "E-2"], environment: Self.passphrase).status == 0)
        let sealed = cli.folder.appendingPathComponent("sealed-bag")
        let included = try cli.run(["export", "bagit", sealed.path, "--include-identifying", "E-1"], environment: Self.passphrase)
        #expect(included.status == 0, "\(included.stderr)")
        #expect(
            try cli.sqlite("SELECT evidenceId, note FROM custody_event WHERE action = 'leak-scan-waived'")
                == "1|The BagIt bag: E-1 included without checking its text and metadata for witness identities (--include-identifying)\n"
        )
        let check = try cli.tool("python3", ["-m", "bagit", "--validate", sealed.path])
        #expect(check.status == 0, "\(check.output)")
    }

    @Test func aWaiverForOneWitnessDoesNotLetAnotherThroughAndIsLoggedOnlyWhenUsed() throws {
        let cli = try protectedCase()
        #expect(
            try cli.run(["witness", "add", "--pseudonym", "Witness B", "--name", "Kim Chol-su"], environment: Self.passphrase)
                .status == 0)
        #expect(try cli.run(["incident", "add", "--title", "Kim Chol-su was beaten", "--date", "2012"]).status == 0)
        let out = cli.folder.appendingPathComponent("case.json")
        let before = try cli.databaseDump()
        let one = try cli.run(["export", "json", out.path, "--allow", "W-1:name"], environment: Self.passphrase)
        #expect(one.status == 1)
        #expect(one.stderr.contains("the protected real name of W-2 was found in the title of incident I-1"))
        let nobody = try cli.run(["export", "json", out.path, "--allow", "W-99:name"], environment: Self.passphrase)
        #expect(nobody.status == 2)
        #expect(try cli.databaseDump() == before, "a refused write logs no waiver")
        let both = try cli.run(
            ["export", "json", out.path, "--allow", "W-1:name", "--allow", "W-2:name", "--allow", "W-1:contact"],
            environment: Self.passphrase)
        #expect(both.status == 0, "\(both.stderr)")
        #expect(
            try cli.sqlite("SELECT note FROM custody_event WHERE action = 'leak-scan-waived' ORDER BY sequence") == """
                The JSON export: the real name of W-1 allowed by the handler (--allow W-1:name)
                The JSON export: the real name of W-2 allowed by the handler (--allow W-2:name)

                """)
    }

    static let utf16: [UInt8] =
        [0xFF, 0xFE] + "Kim Chol-su".utf16.flatMap { unit -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
    static let windows: [UInt8] = Array("Kim Chol-su said ".utf8) + [0x93] + Array("hi".utf8) + [0x94, 0x0A]
    static let textLikeFiles: [(String, [UInt8])] = [
        ("interview.log", Array("Kim Chol-su said so\n".utf8)),
        ("subtitles.srt", Array("1\n00:00:01,000 --> 00:00:02,000\nKim Chol-su\n".utf8)),
        ("notes", Array("Kim Chol-su\n".utf8)), ("windows.txt", windows), ("utf16.txt", utf16),
    ]

    @Test(arguments: textLikeFiles)
    func anyTextLikeItemIsReadForTheBag(_ file: (String, [UInt8])) throws {
        let cli = try protectedCase()
        let path = try cli.makeFile(file.0, file.1)
        #expect(try cli.run(["evidence", "add", path]).status == 0)
        let bag = cli.folder.appendingPathComponent("bag")
        let result = try cli.run(["export", "bagit", bag.path], environment: Self.passphrase)
        #expect(result.status == 1, "\(file.0): \(result.stderr)")
        #expect(result.stderr.contains("evidence item E-1"))
        #expect(!FileManager.default.fileExists(atPath: bag.path))
    }

    @Test func aWitnessCannotBeRecordedInAWayThatExposesThem() throws {
        let cli = try protectedCase()
        let before = try cli.databaseDump()
        for (args, message) in [
            (
                ["--pseudonym", "Chol-su KIM", "--name", "Kim Chol-su"],
                "The pseudonym given spells the witness's real name; choose a name that does not identify them."
            ),
            (
                ["--pseudonym", "C", "--name", "Kim\u{1B}[2K"],
                "The real name given contains control characters; type it as plain text."
            ),
            (["--pseudonym", "D", "--born", "2090-01-01"], "The exact date of birth given is in the future; check the year."),
        ] {
            let result = try cli.run(["witness", "add"] + args, environment: Self.passphrase)
            #expect(result.status == 2, "\(args)")
            #expect(result.errorLines == ["error: \(message) It is sealed, so it is not repeated here."], "\(args)")
        }
        #expect(try cli.databaseDump() == before)
    }
}
