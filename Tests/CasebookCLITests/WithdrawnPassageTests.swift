import Foundation
import Testing

/// `testimony retract` records that a witness withdrew a passage: its citations are shown struck
/// through, stop counting towards the element and its corroboration, and the history keeps it.
@Suite("a witness withdraws a passage of her testimony")
struct WithdrawnPassageTests {
    /// Two witnesses, each interviewed once; W-1's paragraph 12 and W-2's account cited for murder.1.
    func caseWithTwoWitnesses() throws -> CLI {
        var cli = try CLI()
        cli.environment["CASEBOOK_HANDLER"] = "kim"
        try cli.makeCase()
        try cli.ok(["witness", "add", "--pseudonym", "Witness A"])
        try cli.ok(["witness", "add", "--pseudonym", "Witness B"])
        try cli.ok(["testimony", "add", "--witness", "W-1", "--date", "2019"])
        try cli.ok(["testimony", "add", "--witness", "W-2", "--date", "2020"])
        try cli.ok(["incident", "add", "--title", "Execution", "--date", "2011"])
        try cli.ok([
            "link", "--source", "T-1", "--incident", "I-1", "--crime", "murder", "--element", "murder.1", "--basis", "first-hand",
            "--pinpoint", "p. 3, para. 12",
        ])
        try cli.ok([
            "cite", "--allegation", "AL-1", "--source", "T-1", "--element", "murder.1", "--basis", "first-hand", "--pinpoint",
            "para. 14",
        ])
        try cli.ok([
            "cite", "--allegation", "AL-1", "--source", "T-2", "--element", "murder.1", "--basis", "first-hand", "--pinpoint",
            "para. 2",
        ])
        return cli
    }

    @Test func aWithdrawnPassageStopsCountingIsStruckThroughAndIsInTheHistory() throws {
        let cli = try caseWithTwoWitnesses()
        let before = try cli.ok(["matrix", "--crime", "murder"]).stdout
        #expect(
            before.contains("weight: 3 sources, 2 independent (first-hand 2; best ungraded): meets reasonable grounds"), "\(before)"
        )
        let result = try cli.ok(["testimony", "retract", "T-2", "--passage", "Para 2", "--reason", "She corrected it later"])
        #expect(result.stdout.contains("1 citation(s) of it no longer count:\n  AL-1 murder.1, para. 2"), "\(result.stdout)")
        let after = try cli.ok(["matrix", "--crime", "murder"]).stdout
        #expect(
            after.contains(
                "← ~~T-2 testimony of Witness B, 2020, para. 2 [first-hand; ungraded]~~ WITHDRAWN by the witness (Para 2, recorded "
            ),
            "\(after)")
        #expect(after.contains("): She corrected it later; not counted"), "\(after)")
        #expect(
            after.contains(
                "weight: 2 sources (1 withdrawn, not counted), 1 independent (first-hand 1; best ungraded): short of reasonable grounds: one independent source; needs 2"
            ), "\(after)")
        #expect(after.contains("[low] murder.1"), "\(after)")
        let json = try cli.ok(["matrix", "--json"]).stdout
        #expect(json.contains("\"retraction\" : {") && json.contains("\"withdrawn\" : 1"), "\(json)")
        let history = try cli.ok(["history", "T-2"]).stdout
        #expect(
            history.contains("passage withdrawn by the witness") && history.contains("Para 2: She corrected it later"), "\(history)"
        )
        #expect(
            try cli.sqlite("SELECT testimonyId, passage, reason, handler FROM testimony_retraction")
                == "2|Para 2|She corrected it later|kim\n")
        // Every citation of the one witness left is now withdrawn: the element is a gap again.
        try cli.ok(["testimony", "retract", "T-1", "--passage", "paras. 10-14", "--reason", "Confused the years"])
        let gap = try cli.ok(["matrix", "--crime", "murder"]).stdout
        #expect(gap.contains("[GAP] murder.1"), "\(gap)")
        #expect(gap.contains("weight: no source (3 withdrawn, not counted): short of reasonable grounds"), "\(gap)")
        #expect(try cli.run(["matrix", "--strict"]).status == 1)
    }

    @Test func aPassageWithdrawnTwiceOrOfNoTestimonyIsRefusedAndNothingChanges() throws {
        let cli = try caseWithTwoWitnesses()
        try cli.ok(["testimony", "retract", "T-1", "--passage", "p. 3", "--reason", "Withdrawn"])
        let again = try cli.run(["testimony", "retract", "T-1", "--passage", "p. 3, para. 12", "--reason", "Again"])
        #expect(again.status == 2)
        #expect(
            again.errorLines.first?.hasPrefix("error: 'p. 3, para. 12' of T-1 is already recorded as withdrawn ('p. 3', on ")
                == true, "\(again.stderr)")
        let missing = try cli.run(["testimony", "retract", "T-9", "--passage", "para. 1", "--reason", "x"])
        #expect(missing.status == 2)
        #expect(missing.errorLines.first?.hasPrefix("error: There is no testimony T-9 in this case.") == true, "\(missing.stderr)")
        let notTestimony = try cli.run(["testimony", "retract", "W-1", "--passage", "para. 1", "--reason", "x"])
        #expect(notTestimony.status == 2)
        let blank = try cli.run(["testimony", "retract", "T-1", "--passage", "para. 1", "--reason", "  "])
        #expect(blank.errorLines == ["error: The reason for the withdrawal must not be empty."])
        let noPlace = try cli.run(["testimony", "retract", "T-1", "--passage", ". ,", "--reason", "x"])
        #expect(noPlace.status == 2, "\(noPlace.stderr)")
        for unreadable in ["the bit about the date", "paras. 1-999999", "para. 5, Ryom Sol-gyong"] {
            let refused = try cli.run(["testimony", "retract", "T-2", "--passage", unreadable, "--reason", "x"])
            #expect(refused.status == 2, "\(unreadable)")
            #expect(refused.errorLines.first?.contains("names no page, paragraph or line") == true, "\(refused.stderr)")
        }
        #expect(try cli.sqlite("SELECT count(*) FROM testimony_retraction") == "1\n")
        #expect(try cli.sqlite("SELECT count(*) FROM record_history WHERE field = 'withdrawn-passage'") == "1\n")
        let database = cli.workspace.appendingPathComponent("casebook.sqlite").path
        let delete = try cli.tool("sqlite3", [database, "DELETE FROM testimony_retraction"])
        #expect(delete.status != 0 && delete.output.contains("append-only"), "\(delete.output)")
    }

    @Test func aPageStaysCitedWhenOneOfItsParagraphsIsWithdrawnAndWithdrawalsAddUp() throws {
        let cli = try caseWithTwoWitnesses()
        try cli.ok(["cite", "--allegation", "AL-1", "--source", "T-2", "--element", "murder.1", "--pinpoint", "p. 2"])
        try cli.ok(["cite", "--allegation", "AL-1", "--source", "T-2", "--element", "murder.1", "--pinpoint", "paras. 12-13"])
        let narrow = try cli.ok(["testimony", "retract", "T-2", "--passage", "p. 2, para. 9", "--reason", "r"]).stdout
        #expect(narrow.contains("No citation cites that passage yet"), "\(narrow)")
        let page = try cli.ok(["testimony", "retract", "T-2", "--passage", "p. 2", "--reason", "r"]).stdout
        #expect(page.contains("AL-1 murder.1, p. 2"), "\(page)")
        try cli.ok(["testimony", "retract", "T-2", "--passage", "para. 12", "--reason", "r"])
        let both = try cli.ok(["testimony", "retract", "T-2", "--passage", "para 13", "--reason", "r"]).stdout
        #expect(both.contains("AL-1 murder.1, paras. 12-13"), "\(both)")
        let json = try cli.ok(["matrix", "--json"]).stdout
        #expect(json.components(separatedBy: "\"retraction\" : {").count - 1 == 2, "\(json)")
        let again = try cli.run(["testimony", "retract", "T-2", "--passage", "paras. 12-13", "--reason", "r"])
        #expect(again.status == 2 && again.stderr.contains("already recorded as withdrawn"), "\(again.stderr)")
    }
}
