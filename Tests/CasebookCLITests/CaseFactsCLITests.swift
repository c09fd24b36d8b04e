import Foundation
import GRDB
import Testing

/// `casebook case set` / `case show`, and `casebook history case`, end to end.
@Suite("case facts on the command line")
struct CaseFactsCLITests {
    func newCase() throws -> CLI {
        var cli = try CLI()
        cli.environment["CASEBOOK_HANDLER"] = "kim"
        try cli.makeCase()
        return cli
    }

    /// `case show --json` as an object.
    func facts(_ cli: CLI) throws -> [String: Any] {
        let result = try cli.run(["case", "show", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    @Test func everyFieldCanBeSetShownAndCleared() throws {
        let cli = try newCase()
        let values: [(String, String)] = [
            ("title", "DPRK case"), ("organization", "Team"), ("organization-description", "A fictional team."),
            ("contact", "desk@example.org"), ("situation", "Democratic People's Republic of Korea"), ("period", "1990/2024"),
            ("complementarity", "No domestic proceedings."), ("gravity", "Thousands of victims."),
            ("requests", "Open a preliminary examination."), ("confidentiality", "Confidential."),
            ("contact-channel", "The protection officer."), ("victims-views", "They wish to be heard."),
            ("upr-deadline", "2024-04-04"),
        ]
        let empty = try cli.run(["case", "show"])
        #expect(empty.stdout.components(separatedBy: "(not set)").count - 1 == 12, "\(empty.stdout)")
        // The deadline is one day.
        let before = try cli.tableCounts()
        let badDeadline = try cli.run(["case", "set", "upr-deadline", "April 2024"])
        #expect(badDeadline.status == 2 && badDeadline.stderr.contains("give one day, YYYY-MM-DD"), "\(badDeadline.stderr)")
        #expect(try cli.tableCounts() == before)
        for (field, value) in values {
            let result = try cli.run(["case", "set", field, value])
            #expect(result.status == 0, "\(field): \(result.stderr)")
            #expect(result.stdout.hasPrefix("Updated the case: "), "\(result.stdout)")
        }
        let shown = try cli.run(["case", "show"]).stdout
        #expect(!shown.contains("(not set)"))
        #expect(shown.contains("period:                   1990/2024 (1990-01-01 to 2024-12-31)"), "\(shown)")
        let json = try facts(cli)
        #expect(json["organizationDescription"] as? String == "A fictional team.")
        #expect(json["contactChannel"] as? String == "The protection officer.")
        #expect(json["victimsViews"] as? String == "They wish to be heard.")
        #expect(json["uprDeadline"] as? String == "2024-04-04")
        #expect(json["periodLatest"] as? String == "2024-12-31")
        #expect(try cli.run(["status"]).stdout.contains("Case:           DPRK case"))
        // Clearing: every fact but the title.
        for (field, _) in values.dropFirst() {
            #expect(try cli.run(["case", "set", field, ""]).status == 0, "\(field)")
        }
        let cleared = try facts(cli)
        #expect(cleared["situation"] is NSNull)
        #expect(cleared["period"] is NSNull)
        #expect(cleared["title"] as? String == "DPRK case")
        let title = try cli.run(["case", "set", "title", ""])
        #expect(title.status == 2)
        #expect(title.stderr == "error: The case title must not be empty.\n")
    }

    @Test func anUnknownFieldIsRefusedWithASuggestionAndTheList() throws {
        let cli = try newCase()
        let before = try cli.run(["case", "show", "--json"]).stdout
        let result = try cli.run(["case", "set", "complementarty", "None."])
        #expect(result.status == 2)
        #expect(result.errorLines.count == 1)
        #expect(result.stderr.contains("'complementarty' is not a case fact. Did you mean complementarity?"), "\(result.stderr)")
        #expect(
            result.stderr.contains(
                "title, organization, organization-description, contact, situation, period, complementarity, gravity, requests, confidentiality"
            ))
        #expect(try cli.run(["case", "show", "--json"]).stdout == before)
    }

    @Test func badInputLeavesTheFactsAsTheyWere() throws {
        let cli = try newCase()
        #expect(try cli.run(["case", "set", "period", "2000/2010"]).status == 0)
        let before = try cli.run(["case", "show", "--json"]).stdout
        try Data([0x4B, 0xE9, 0x0A]).write(to: cli.workspace.appendingPathComponent("latin1.txt"))
        let attempts: [([String], String)] = [
            (["case", "set", "period", "2010/2000"], "ends before it starts"),
            (["case", "set", "period", "sometime"], "sometime"),
            (["case", "set", "gravity", "--file", "latin1.txt"], "is not UTF-8 text"),
            (["case", "set", "gravity", "--file", "missing.txt"], "there is no such file"),
            (["case", "set", "gravity", "x", "--file", "latin1.txt"], "not both"),
            (["case", "set", "gravity"], "not both and not neither"),
        ]
        for (args, message) in attempts {
            let result = try cli.run(args)
            #expect(result.status == 2, "\(args)")
            #expect(result.stderr.contains(message), "\(args): \(result.stderr)")
        }
        #expect(try cli.run(["case", "show", "--json"]).stdout == before)
        #expect(try cli.run(["history", "case", "--json"]).stdout.components(separatedBy: "\"field\"").count == 2)
    }

    @Test func longNotesComeFromAFileAndKeepTheirLines() throws {
        let cli = try newCase()
        let notes = "Scale: thousands of victims.\n\nManner: through the camps.\n"
        try Data(notes.utf8).write(to: cli.workspace.appendingPathComponent("gravity.txt"))
        let result = try cli.run(["case", "set", "gravity", "--file", "gravity.txt"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try facts(cli)["gravity"] as? String == "Scale: thousands of victims.\n\nManner: through the camps.")
        let shown = try cli.run(["case", "show"]).stdout
        #expect(
            shown.contains(
                "gravity:                  Scale: thousands of victims.\n\n                          Manner: through the camps.\n"),
            "\(shown)")
    }

    @Test func everyChangeIsInTheHistoryWithHandlerAndDate() throws {
        let cli = try newCase()
        #expect(try cli.run(["history", "case"]).stdout.contains("No case facts have been set yet"))
        #expect(try cli.run(["case", "set", "situation", "DPRK"]).status == 0)
        #expect(try cli.run(["case", "set", "situation", "Democratic People's Republic of Korea", "--handler", "lee"]).status == 0)
        let same = try cli.run(["case", "set", "situation", "Democratic People's Republic of Korea"])
        #expect(same.stdout == "Nothing changed: the case facts already had that value.\n")
        let rows = try cli.run(["history", "case"]).stdout.split(separator: "\n").map {
            $0.split(separator: " ").joined(separator: " ")
        }
        #expect(rows.first == "History of the case facts: 2 change(s).")
        #expect(rows.contains { $0.hasSuffix(" kim situation (empty) DPRK") }, "\(rows)")
        #expect(rows.contains { $0.hasSuffix(" lee situation DPRK Democratic People's Republic of Korea") }, "\(rows)")
        let json = try cli.run(["history", "case", "--json"]).stdout
        #expect(json.contains("\"id\" : \"case\""))
        #expect(json.contains("\"time\" : \"20"))
        // The database refuses to rewrite the case's history.
        let queue = try DatabaseQueue(path: cli.workspace.appendingPathComponent("casebook.sqlite").path)
        #expect(throws: (any Error).self) { try queue.write { try $0.execute(sql: "DELETE FROM case_fact_history") } }
    }
}
