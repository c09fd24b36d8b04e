import Foundation
import Testing

/// `evidence update` corrects what the team judges about an item (its grade, who provided it,
/// what it relays), keeps each change in the item's history, and refuses a link to nothing, to
/// the item itself or in a circle, changing nothing.
@Suite("correcting an evidence item's grade and source links")
struct EvidenceUpdateTests {
    func caseWithItems() throws -> CLI {
        var cli = try CLI()
        cli.environment["CASEBOOK_HANDLER"] = "kim"
        try cli.makeCase()
        try cli.ok(["witness", "add", "--pseudonym", "Witness A"])
        try cli.ok(["testimony", "add", "--witness", "W-1", "--date", "2019"])
        try cli.ok(["evidence", "add", try cli.makeFile("report.txt", Array("A report.".utf8))])
        try cli.ok(["evidence", "add", try cli.makeFile("story.txt", Array("A news story.".utf8))])
        return cli
    }

    @Test func aGradeAndSourceLinksAreCorrectedAndKeptInTheHistory() throws {
        let cli = try caseWithItems()
        let result = try cli.ok(["evidence", "update", "E-1", "--reliability", "b", "--provided-by", "T-1"])
        #expect(result.stdout.contains("Updated E-1 (report.txt):"), "\(result.stdout)")
        #expect(result.stdout.contains("  Source reliability set to \"B\".\n  Provided by set to \"W-1\"."), "\(result.stdout)")
        try cli.ok(["evidence", "update", "E-2", "--derived-from", "E-1", "--reliability-note", "Quotes the report"])
        #expect(
            try cli.sqlite(
                "SELECT id, reliabilityGrade, providedByWitnessId, derivedFromEvidenceId, reliabilityNote FROM evidence_item")
                == "1|B|1||\n2|||1|Quotes the report\n")
        let history = try cli.ok(["history", "E-2"]).stdout
        #expect(history.contains("derived from") && history.contains("E-1") && history.contains("kim"), "\(history)")
        try cli.ok(["evidence", "update", "E-2", "--derived-from", ""])
        #expect(try cli.sqlite("SELECT derivedFromEvidenceId IS NULL FROM evidence_item WHERE id = 2") == "1\n")
        #expect(try cli.sqlite("SELECT count(*) FROM evidence_change") == "5\n")
        let unchanged = try cli.ok(["evidence", "update", "E-1", "--reliability", "B"]).stdout
        #expect(unchanged.contains("Nothing changed"), "\(unchanged)")
    }

    @Test func aLinkToNothingToItselfOrInACircleIsRefusedAndNothingChanges() throws {
        let cli = try caseWithItems()
        try cli.ok(["evidence", "update", "E-2", "--derived-from", "E-1"])
        let before = try cli.databaseDump()
        let cases: [([String], String)] = [
            (
                ["evidence", "update", "E-1", "--derived-from", "E-2"],
                "E-2 → E-1 would go round in a circle: E-2 already relays E-1"
            ),
            (["evidence", "update", "E-1", "--derived-from", "E-1"], "an item cannot be derived from itself"),
            (["evidence", "update", "E-1", "--provided-by", "W-9"], "There is no witness W-9"),
            (["evidence", "update", "E-1", "--derived-from", "T-9"], "There is no testimony T-9"),
            (
                ["evidence", "update", "E-1", "--provided-by", "A-1"],
                "needs a witness (W-n) or a testimony (T-n), but A-1 is an actor"
            ),
            (["evidence", "update", "E-1", "--reliability", "G"], "'G' is not a valid"),
            (["evidence", "update", "E-9", "--reliability", "B"], "There is no evidence item E-9"),
            (["evidence", "update", "E-1"], "Nothing to change: give 'casebook evidence update E-1' at least one option"),
        ]
        for (arguments, words) in cases {
            let result = try cli.run(arguments)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.errorLines.count == 1 && result.stderr.contains(words), "\(arguments): \(result.stderr)")
        }
        #expect(try cli.databaseDump() == before)
    }
}
