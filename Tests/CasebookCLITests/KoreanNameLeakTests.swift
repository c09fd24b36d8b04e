import Foundation
import Testing

/// A witness whose sealed name is written in Hangul: every writer must refuse the name with a
/// particle, with a space, and in its romanised spellings, and `witness variants` shows what the
/// scan looks for.
@Suite("the leak scan knows Korean names")
struct KoreanNameLeakTests {
    static let passphrase = ["CASEBOOK_PASSPHRASE": "first passphrase"]

    /// A case with a signing key for `kim` and one witness sealed as 김철수.
    func koreanCase() throws -> CLI {
        try CLI.protectedCase(["--name", "김철수", "--consent", "icc-evidence"], signingKey: true)
    }

    /// Runs `args` expecting the leak scan to stop it: exit 1, one line naming W-1's real name, and
    /// nothing written at `output` nor in the database.
    func expectRefused(_ cli: CLI, _ args: [String], output: URL, place: String) throws {
        let before = try cli.databaseDump()
        let result = try cli.run(args, environment: Self.passphrase)
        #expect(result.status == 1, "\(args): \(result.stderr)")
        let remedy =
            place.hasPrefix("custody event") || place.hasPrefix("the custody")
            ? "The custody log cannot be changed; if this export must carry it (a bag for a court under seal), add --allow W-1:name, which is recorded in the custody log."
            : "Correct that record (or redact the source) and try again; if it is a different name that only looks the same, add --allow W-1:name, which is recorded in the custody log."
        #expect(
            result.errorLines == [
                "error: Stopped: the protected real name of W-1 was found in \(place). Nothing was written. \(remedy)"
            ])
        #expect(!FileManager.default.fileExists(atPath: output.path))
        #expect(try cli.databaseDump() == before)
    }

    @Test(arguments: [
        "김철수는 구타당했다", "Beating of 김 철수 at Hoeryong", "Gim Cheol-su was beaten", "Cholsu KIM was beaten",
        "Beating of Kim Ch&#111;l-su", "&#44608;&#52384;&#49688; was beaten", "Kim <b>Chol</b>-su", "\\uae40\\ucca0\\uc218",
    ])
    func theJSONExportRefusesTheName(_ title: String) throws {
        let cli = try koreanCase()
        #expect(try cli.run(["incident", "add", "--title", title, "--date", "2014"]).status == 0)
        let out = cli.folder.appendingPathComponent("out.json")
        try expectRefused(cli, ["export", "json", out.path], output: out, place: "the title of incident I-1 in the JSON export")
    }

    @Test func aNameSplitByALineBreakIsRefusedInJSON() throws {
        let cli = try koreanCase()
        #expect(
            try cli.run(["witness", "add", "--pseudonym", "Heron", "--name", "Pak Young-hee"], environment: Self.passphrase).status
                == 0)
        #expect(
            try cli.run(["testimony", "add", "--witness", "W-2", "--date", "2019", "--summary", "the witness is Pak\nYoung-hee"])
                .status == 0)
        let out = cli.folder.appendingPathComponent("out.json")
        let result = try cli.run(["export", "json", out.path], environment: Self.passphrase)
        #expect(result.status == 1)
        #expect(result.stderr.contains("the protected real name of W-2"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test(arguments: ["朴永鎮", "朴永镇"])
    func theBagRefusesANameInChineseCharactersWrittenInAnotherForm(_ written: String) throws {
        let cli = try CLI.protectedCase(["--name", "박영진 (朴永鎭)", "--consent", "icc-evidence"], signingKey: true)
        let file = try cli.makeFile("report.txt", Array("\(written)同志在場".utf8))
        #expect(try cli.run(["evidence", "add", file]).status == 0)
        let bag = cli.folder.appendingPathComponent("bag")
        let before = try cli.databaseDump()
        let refused = try cli.run(["export", "bagit", bag.path], environment: Self.passphrase)
        #expect(refused.status == 1)
        #expect(refused.stderr.hasPrefix("error: Stopped: evidence item E-1 (report.txt) contains the protected real name of W-1."))
        #expect(!FileManager.default.fileExists(atPath: bag.path))
        #expect(try cli.databaseDump() == before)
        let copy = cli.folder.appendingPathComponent("redacted.txt")
        #expect(try cli.run(["evidence", "redact", "E-1", "--out", copy.path], environment: Self.passphrase).status == 0)
        let redacted = try String(contentsOf: copy, encoding: .utf8)
        #expect(!redacted.contains(written) && redacted.hasSuffix("同志在場"), "\(redacted)")
    }

    @Test func theBagRefusesARomanisedNameInAFileName() throws {
        let cli = try koreanCase()
        let file = try cli.makeFile("interview-chol-su-kim.txt", Array("notes".utf8))
        #expect(try cli.run(["evidence", "add", file]).status == 0)
        let bag = cli.folder.appendingPathComponent("bag")
        try expectRefused(cli, ["export", "bagit", bag.path], output: bag, place: "the payload file names")
    }

    @Test func theBagAndTheSignatureExportRefuseARomanisedNameInACustodyNote() throws {
        let cli = try koreanCase()
        let file = try cli.makeFile("statement.txt", Array("notes".utf8))
        #expect(try cli.run(["evidence", "add", file]).status == 0)
        #expect(
            try cli.run([
                "custody", "transfer", "E-1", "--to", "Seoul office", "--by", "kim", "--reason", "copy for KIM CHUL-SOO's lawyer",
                "--no-leak-scan",
            ]).status == 0)
        let bag = cli.folder.appendingPathComponent("bag")
        try expectRefused(cli, ["export", "bagit", bag.path], output: bag, place: "the custody log tag files")
        let signatures = cli.folder.appendingPathComponent("signatures")
        let sequence = try cli.sqlite("SELECT sequence FROM custody_event WHERE action = 'transferred'").trimmingCharacters(
            in: .newlines)
        try expectRefused(
            cli, ["custody", "export-signatures", signatures.path], output: signatures, place: "custody event \(sequence)")
    }

    @Test func aRedactedCopyLosesTheNameInEveryForm() throws {
        let cli = try koreanCase()
        let transcript = "김철수는 말했다. Gim Cheol-su, also Cholsu Kim, came from Hoeryong. 김 철수의 어머니.\n"
        let file = try cli.makeFile("transcript.txt", Array(transcript.utf8))
        #expect(try cli.run(["evidence", "add", file]).status == 0)
        let out = cli.folder.appendingPathComponent("redacted.txt")
        let result = try cli.run(["evidence", "redact", "E-1", "--out", out.path], environment: Self.passphrase)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            try String(contentsOf: out, encoding: .utf8)
                == "[REDACTED]는 말했다. [REDACTED], also [REDACTED], came from Hoeryong. [REDACTED]의 어머니.\n")
    }

    @Test func variantsShowsWhatTheScanLooksForOnlyWhenAsked() throws {
        let cli = try koreanCase()
        let before = try cli.databaseDump()
        let piped = try cli.run(["witness", "variants", "W-1"], environment: Self.passphrase)
        #expect(piped.status == 2)
        #expect(piped.stderr.contains("prints only to a terminal; add --force"))
        #expect(!piped.stdout.contains("Kim"))
        let noPassphrase = try cli.run(["witness", "variants", "W-1", "--force"])
        #expect(noPassphrase.status == 2)
        #expect(noPassphrase.stderr.contains("needs the case passphrase"))
        let forced = try cli.run(["witness", "variants", "W-1", "--force"], environment: Self.passphrase)
        #expect(forced.status == 0, "\(forced.stderr)")
        for spelling in ["김철수", "Kim Chol-su", "Gim Cheol-su", "Kim Chul-soo", "Chol-su Kim"] {
            #expect(forced.stdout.contains(spelling), "\(spelling) missing")
        }
        let json = try cli.run(["witness", "variants", "W-1", "--force", "--json"], environment: Self.passphrase)
        #expect(json.stdout.contains("\"kind\" : \"romanised-family-last\""))
        // At a terminal (a pseudo-terminal made by script(1)) it prints without --force.
        let terminal = try cli.tool(
            "script", ["-qec", "\(CLI.binary.path) witness variants W-1", "/dev/null"], cwd: cli.workspace,
            environment: Self.passphrase.merging(["CASEBOOK_HANDLER": "kim"]) { a, _ in a })
        #expect(terminal.status == 0 && terminal.output.contains("Kim Chol-su"), "\(terminal.output)")
        // Each showing is recorded as an access to the identity, never with the values.
        #expect(before != (try cli.databaseDump()))
        #expect(
            try cli.sqlite("SELECT action, handler, note FROM custody_event WHERE action = 'identity-revealed'")
                == String(repeating: "identity-revealed|kim|W-1: spellings of the identity shown (real name)\n", count: 3))
    }
}
