import Foundation
import GRDB
import Testing

/// Actors' nationality, and country codes checked wherever they enter or sit in a case.
@Suite("nationality and country codes on the command line")
struct CountryCodeCLITests {
    func newCase() throws -> CLI {
        var cli = try CLI()
        cli.environment["CASEBOOK_HANDLER"] = "kim"
        try cli.makeCase()
        return cli
    }

    @Test func nationalityIsAddedUpdatedClearedAndShown() throws {
        let cli = try newCase()
        var result = try cli.run([
            "actor", "add", "--name", "State Security Department", "--kind", "institution", "--nationality", "kp",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try cli.run(["actor", "show", "A-1"]).stdout.contains("Nationality: KP (Democratic People's Republic of Korea)"))
        #expect(try cli.run(["actor", "list"]).stdout.contains("KP"))
        #expect(try cli.run(["actor", "show", "A-1", "--json"]).stdout.contains("\"nationality\" : \"KP\""))
        result = try cli.run(["actor", "update", "A-1", "--nationality", "CN"])
        #expect(result.stdout.contains("Nationality changed from \"KP\" to \"CN\"."), "\(result.stdout)")
        result = try cli.run(["actor", "update", "A-1", "--nationality", ""])
        #expect(result.stdout.contains("Nationality cleared (it was \"CN\")."), "\(result.stdout)")
        #expect(!(try cli.run(["actor", "show", "A-1", "--json"]).stdout.contains("nationality")))
        let history = try cli.run(["history", "A-1"]).stdout
        #expect(history.contains("History of A-1: 2 change(s)."), "\(history)")
    }

    @Test func aBadNationalityIsRefusedAndChangesNothing() throws {
        let cli = try newCase()
        #expect(try cli.run(["actor", "add", "--name", "SSD", "--kind", "institution", "--nationality", "KP"]).status == 0)
        let before = try ImportTests.snapshot(cli)
        for args in [
            ["actor", "add", "--name", "Unit", "--kind", "institution", "--nationality", "XX"],
            ["actor", "update", "A-1", "--nationality", "UK"],
            ["actor", "update", "A-1", "--nationality", "Korea"],
        ] {
            let result = try cli.run(args)
            #expect(result.status == 2, "\(args)")
            #expect(
                result.stderr.contains("is not a valid country code; give an officially assigned two-letter ISO 3166-1 code"),
                "\(result.stderr)")
        }
        #expect(try ImportTests.snapshot(cli) == before)
    }

    @Test func nationalityImportsFromCSVAndRoundTripsThroughJSON() throws {
        let cli = try newCase()
        try ImportTests.write(
            cli, "actors.csv",
            "external_id,name,kind,superior,nationality\nA1,Supreme Leader,person,,kp\nA2,SSD,institution,A1,KP\nA3,Unit abroad,institution,A2,\n"
        )
        var result = try cli.run(["import", "actors.csv"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try cli.run(["actor", "show", "A-1"]).stdout.contains("Nationality: KP"))
        try ImportTests.write(cli, "more.csv", "external_id,name,kind,nationality\nA3,Unit abroad,institution,CN\n")
        result = try cli.run(["import", "more.csv", "--kind", "actors"])
        #expect(result.stdout.contains("1 updated"), "\(result.stdout)")
        #expect(try cli.run(["history", "A-3"]).stdout.contains("CN"))
        // A bad code: exit 2, the file, line and column named, nothing imported.
        let before = try ImportTests.snapshot(cli)
        try ImportTests.write(cli, "bad.csv", "name,kind,nationality\nNew unit,institution,KP\nOther unit,institution,ZZ\n")
        result = try cli.run(["import", "bad.csv", "--kind", "actors"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("bad.csv:3: nationality: 'ZZ' is not a valid country code"), "\(result.stderr)")
        #expect(try ImportTests.snapshot(cli) == before)
        // The JSON export carries the nationality, and imports into a new case with it.
        #expect(try cli.run(["export", "json", "case.json"]).status == 0)
        let copy = try newCase()
        result = try copy.run(["import", cli.workspace.appendingPathComponent("case.json").path])
        #expect(result.status == 0, "\(result.stderr)")
        let actors = try copy.run(["actor", "list", "--json"]).stdout
        #expect(actors == (try cli.run(["actor", "list", "--json"]).stdout), "\(actors)")
        #expect(actors.contains("\"nationality\" : \"CN\""))
    }

    @Test func anIncidentsFileWithABadCountryIsRefusedWhole() throws {
        let cli = try newCase()
        let before = try ImportTests.snapshot(cli)
        try ImportTests.write(cli, "incidents.csv", "title,date,country\nExecution,2011,KP\nAbduction,2016,XX\n")
        let result = try cli.run(["import", "incidents.csv"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("incidents.csv:3: country: 'XX' is not a valid country code"), "\(result.stderr)")
        #expect(try ImportTests.snapshot(cli) == before)
        #expect(try cli.run(["incident", "list"]).stdout.contains("No incidents yet"))
    }

    @Test func statusNamesStoredCodesThatAreNotValidAndHowToFixThem() throws {
        let cli = try newCase()
        #expect(try cli.run(["incident", "add", "--title", "Execution", "--date", "2011", "--country", "KP"]).status == 0)
        #expect(try cli.run(["incident", "add", "--title", "Abduction", "--date", "2016", "--country", "KR"]).status == 0)
        #expect(try cli.run(["actor", "add", "--name", "SSD", "--kind", "institution", "--nationality", "KP"]).status == 0)
        #expect(!(try cli.run(["status"]).stdout.contains("ISO 3166-1")))
        // As a database edited by hand, or written by an older version, could hold them.
        let queue = try DatabaseQueue(path: cli.workspace.appendingPathComponent("casebook.sqlite").path)
        try queue.write { db in
            try db.execute(sql: "UPDATE incident SET country = 'XX' WHERE id = 2")
            try db.execute(sql: "UPDATE actor SET nationality = 'kp' WHERE id = 1")
        }
        let status = try cli.run(["status"])
        #expect(status.status == 0)
        #expect(
            status.stdout.contains(
                "I-2 has the country code 'XX', which is not an officially assigned ISO 3166-1 country code; correct it with 'casebook incident update I-2 --country CC'."
            ),
            "\(status.stdout)")
        #expect(status.stdout.contains("A-1 has the nationality 'kp'"))
        #expect(status.stdout.contains("'casebook actor update A-1 --nationality KP'"))
        let json = try cli.run(["status", "--json"]).stdout
        #expect(json.contains("\"invalidCountryCodes\""))
        // The fix it names works.
        #expect(try cli.run(["incident", "update", "I-2", "--country", "KR"]).status == 0)
        #expect(try cli.run(["actor", "update", "A-1", "--nationality", "KP"]).status == 0)
        #expect(!(try cli.run(["status"]).stdout.contains("ISO 3166-1")))
    }
}
