import Foundation
import Testing

/// Correcting records from the command line, and the append-only history of every change.
@Suite("correcting records, with their history")
struct RecordUpdateTests {
    /// A sample case with `CASEBOOK_HANDLER=kim`.
    func sampleCase() throws -> CLI {
        var cli = try CLI()
        cli.environment["CASEBOOK_HANDLER"] = "kim"
        try cli.makeSampleCase()
        return cli
    }

    /// The history table's rows for `id`, with runs of spaces folded to one.
    func historyRows(_ cli: CLI, _ id: String) throws -> [String] {
        let result = try cli.run(["history", id])
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout.split(separator: "\n").map { $0.split(separator: " ").joined(separator: " ") }
    }

    @Test func witnessUpdateChangesOnlyWhatIsGiven() throws {
        let cli = try sampleCase()
        let result = try cli.run(["witness", "update", "W-1", "--birth-year", "1976", "--origin", "Ryanggang", "--sex", "f"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        #expect(
            result.stdout == """
                Updated W-1 Witness A:
                  Birth year changed from "1975" to "1976".
                  Region of origin set to "Ryanggang".

                """)
        let shown = try cli.run(["witness", "show", "W-1"]).stdout
        #expect(shown.contains("Birth year:       1976"))
        #expect(shown.contains("Consent:          icc-evidence,upr"))
        let rows = try historyRows(cli, "W-1")
        #expect(rows.first == "History of W-1: 2 change(s).")
        #expect(rows.contains { $0.hasSuffix(" kim birth year 1975 1976") })
        #expect(rows.contains { $0.hasSuffix(" kim region of origin (empty) Ryanggang") })
        // The same values again change nothing and add nothing to the history.
        let again = try cli.run(["witness", "update", "W-1", "--origin", "Ryanggang"])
        #expect(again.status == 0)
        #expect(again.stdout == "Nothing changed: W-1 Witness A already had the values given.\n")
        #expect(try historyRows(cli, "W-1").first == "History of W-1: 2 change(s).")
    }

    @Test func aChangeOfConsentIsInTheHistoryAndTheCustodyLog() throws {
        let cli = try sampleCase()
        #expect(
            try cli.run(["witness", "update", "W-1", "--consent", "icc-evidence", "--handler", "lee"]).stdout.contains(
                "Consent changed from \"icc-evidence,upr\" to \"icc-evidence\"."))
        #expect(try cli.run(["witness", "consent", "W-1", "--set", "none"]).status == 0)
        let rows = try historyRows(cli, "W-1")
        #expect(rows.contains { $0.hasSuffix(" lee consent icc-evidence,upr icc-evidence") })
        #expect(rows.contains { $0.hasSuffix(" kim consent icc-evidence none") })
        let log = try cli.run(["custody", "log"]).stdout
        #expect(log.contains("W-1 consent changed from icc-evidence,upr to icc-evidence"))
        #expect(log.contains("W-1 consent changed from icc-evidence to none"))
        // Both changes carry the named lines verify reads, whichever command made them.
        let details = try cli.sqlite("SELECT details FROM custody_event WHERE action = 'consent-changed' ORDER BY sequence")
        #expect(details.contains("witness: W-1\nconsent: icc-evidence,upr\nreason: added\n"), "\(details)")
        #expect(details.contains("witness: W-1\nconsent: icc-evidence\nreason: changed\n"), "\(details)")
        #expect(details.contains("witness: W-1\nconsent: none\nreason: changed\n"), "\(details)")
        #expect(try cli.run(["verify"]).status == 0)
    }

    @Test func testimonyUpdateSaysWhatChanged() throws {
        let cli = try sampleCase()
        #expect(try cli.run(["witness", "add", "--pseudonym", "Witness B"]).status == 0)
        let result = try cli.run([
            "testimony", "update", "T-1", "--witness", "W-2", "--date", "2019-05-04", "--summary", "Beaten twice.",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout == """
                Updated T-1 (testimony of W-2 Witness B):
                  Witness changed from "W-1" to "W-2".
                  Interview date changed from "2019-05-03" to "2019-05-04".
                  Summary changed from "Beaten during interrogation." to "Beaten twice.".

                """)
        let json = try cli.run(["history", "T-1", "--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["id"] as? String == "T-1")
        let changes = try #require(object["changes"] as? [[String: Any]])
        #expect(changes.map { $0["field"] as? String } == ["witness", "date", "summary"])
        #expect(changes[2]["old"] as? String == "Beaten during interrogation.")
        #expect(changes.allSatisfy { $0["handler"] as? String == "kim" && ($0["time"] as? String)?.hasSuffix("Z") == true })
    }

    @Test func incidentUpdateSaysWhatChanged() throws {
        let cli = try sampleCase()
        let result = try cli.run([
            "incident", "update", "I-1", "--date", "2011-10/2012-03", "--victims", "45", "--estimated", "--country", "", "--json",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["id"] as? String == "I-1")
        let record = try #require(object["record"] as? [String: Any])
        #expect(record["date"] as? String == "2011-10/2012-03")
        #expect(record["country"] == nil)
        let changes = try #require(object["changes"] as? [[String: Any]])
        #expect(changes.map { $0["field"] as? String } == ["date", "country", "victims"])
        let text = try cli.run(["incident", "update", "I-1", "--no-estimated"])
        #expect(text.stdout.contains("Number of victims changed from \"45 (estimate)\" to \"45\"."))
        #expect(try historyRows(cli, "I-1").first == "History of I-1: 4 change(s).")
    }

    @Test func actorUpdateIsInTheHistory() throws {
        let cli = try sampleCase()
        let result = try cli.run([
            "actor", "update", "A-2", "--position", "Provincial bureau", "--alias", "Bureau 7", "--handler", "park",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout == """
                Updated A-2 Chief of the provincial branch:
                  Position or rank set to "Provincial bureau".
                  Aliases set to "Bureau 7".

                """)
        let rows = try historyRows(cli, "A-2")
        #expect(rows.contains { $0.hasSuffix(" park position or rank (empty) Provincial bureau") })
        #expect(try cli.run(["history", "A-1"]).stdout == "No changes recorded for A-1 since it was created.\n")
    }

    @Test func theHistoryTableRefusesUpdateAndDelete() throws {
        let cli = try sampleCase()
        #expect(try cli.run(["incident", "update", "I-1", "--place", "Onsong"]).status == 0)
        let before = try cli.databaseDump()
        let database = cli.workspace.appendingPathComponent("casebook.sqlite").path
        let update = try cli.tool("sqlite3", [database, "UPDATE record_history SET newValue = 'Hoeryong', handler = 'nobody'"])
        #expect(update.status != 0)
        #expect(update.output.contains("record_history is append-only: a recorded change cannot be altered"))
        let delete = try cli.tool("sqlite3", [database, "DELETE FROM record_history"])
        #expect(delete.status != 0)
        #expect(delete.output.contains("record_history is append-only: a recorded change cannot be deleted"))
        #expect(try cli.databaseDump() == before)
        #expect(try historyRows(cli, "I-1").contains { $0.hasSuffix(" kim place (empty) Onsong") })
    }

    @Test func aCaseFromBeforeTheHistoryGetsItsTableOnTheNextCommand() throws {
        let cli = try sampleCase()
        // Later migrations (v11r-…) may follow it: the history's migration need not be the last.
        #expect(try cli.sqlite("SELECT count(*) FROM grdb_migrations WHERE identifier = 'v10-record-history'") == "1\n")
        // Make the database look as a case recorded before this version left it.
        _ = try cli.sqlite(
            """
            DROP TRIGGER record_history_refuses_update; DROP TRIGGER record_history_refuses_delete; DROP TABLE record_history;
            DELETE FROM grdb_migrations WHERE identifier = 'v10-record-history';
            """)
        let result = try cli.run(["testimony", "update", "T-1", "--language", "Korean"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try historyRows(cli, "T-1").contains { $0.hasSuffix(" kim language (empty) Korean") })
        #expect(
            try cli.sqlite("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'record_history'") == "2\n")
    }
}
