import Foundation
import Testing

/// A citation carries the source's own words (`--extract`): the matrix and the dossier quote them
/// with the pinpoint and the basis; a long one is refused; a witness's identity in one stops the
/// document like any other text.
@Suite("what each source says: extracts", .serialized)
struct CitationExtractTests {
    func caseWithACitation(_ extract: String) throws -> CLI {
        var cli = try CLI()
        cli.environment["CASEBOOK_HANDLER"] = "kim"
        try cli.makeCase()
        try cli.ok(["witness", "add", "--pseudonym", "Witness A", "--consent", "icc-evidence"])
        try cli.ok(["testimony", "add", "--witness", "W-1", "--date", "2013-03-15"])
        try cli.ok(["incident", "add", "--title", "Beatings in a holding centre", "--date", "2011", "--country", "KP"])
        try cli.ok([
            "link", "--source", "T-1", "--incident", "I-1", "--crime", "torture", "--element", "torture.1", "--pinpoint",
            "para. 2", "--basis", "first-hand", "--extract", extract, "--note", "shows the infliction of severe pain",
        ])
        return cli
    }

    @Test func theMatrixAndTheDossierQuoteTheExtractWithThePinpointAndTheBasis() throws {
        let cli = try caseWithACitation("guards beat us each night in the cell")
        #expect(try cli.sqlite("SELECT extract FROM citation") == "guards beat us each night in the cell\n")
        let matrix = try cli.ok(["matrix"]).stdout
        #expect(
            matrix.contains(
                "← T-1 testimony of Witness A, 2013-03-15, para. 2: ‘guards beat us each night in the cell’ [first-hand; ungraded] — shows the infliction of severe pain"
            ), "\(matrix)")
        let out = cli.folder.appendingPathComponent("dossier.md").path
        try cli.ok(["dossier", "icc", "--format", "md", "--out", out, "--as-of", "2026-11-01"])
        let dossier = try String(contentsOfFile: out, encoding: .utf8)
        #expect(
            dossier.contains("T-1 (W-1, interview 2013-03-15), para. 2 (first-hand): ‘guards beat us each night in the cell’"),
            "\(dossier)")
        let json = try cli.ok(["matrix", "--json"]).stdout
        #expect(json.contains("\"extract\" : \"guards beat us each night in the cell\""))
    }

    @Test func aLongExtractIsRefusedAndNothingIsAdded() throws {
        let cli = try caseWithACitation("guards beat us")
        let long = String(repeating: "the guards came again and again ", count: 40)
        let before = try cli.databaseDump()
        let result = try cli.run([
            "cite", "--allegation", "AL-1", "--source", "T-1", "--element", "torture.2", "--extract", long,
        ])
        #expect(result.status == 2)
        #expect(
            result.errorLines.count == 1 && result.stderr.contains("at most 1000 characters (this one has 1279)"),
            "\(result.stderr)")
        #expect(try cli.databaseDump() == before)
    }

    @Test func aSheetTakesTheExtractColumn() throws {
        var cli = try CLI()
        cli.environment["CASEBOOK_HANDLER"] = "kim"
        try cli.makeCase()
        try cli.ok(["witness", "add", "--pseudonym", "Witness A"])
        try cli.ok(["testimony", "add", "--witness", "W-1", "--date", "2013"])
        try cli.ok(["incident", "add", "--title", "Beatings", "--date", "2011"])
        let sheet = try cli.makeFile(
            "links.csv",
            Array(
                "source,incident,crime,element,pinpoint,extract,basis\nT-1,I-1,torture,torture.1,para. 2,they beat us,first-hand\n"
                    .utf8))
        try cli.ok(["import", sheet, "--kind", "links"])
        #expect(try cli.sqlite("SELECT extract, basis FROM citation") == "they beat us|first-hand\n")
    }

    @Test func aWitnessIdentityInAnExtractStopsTheDossier() throws {
        var cli = try caseWithACitation("guards beat us")
        cli.environment["CASEBOOK_PASSPHRASE"] = "correct horse battery"
        cli.environment["CASEBOOK_SCRYPT_LOG2N"] = "10"
        try cli.ok(["witness", "add", "--pseudonym", "Witness B", "--name", "Ryom Sol-gyong"])
        try cli.ok([
            "cite", "--allegation", "AL-1", "--source", "T-1", "--element", "torture.2", "--extract",
            "Ryom Sol-gyong was there too",
        ])
        let out = cli.folder.appendingPathComponent("dossier.md").path
        let result = try cli.run(["dossier", "icc", "--format", "md", "--out", out, "--as-of", "2026-11-01"])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("W-2"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out))
    }
}
