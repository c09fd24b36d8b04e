import Foundation
import Testing

/// Sources are graded as analysts grade them: each testimony and evidence item for its
/// reliability (A to F), each citation for the credibility of what it relies on (1 to 6), the two
/// apart; a testimony cited without a basis of knowledge says "basis not stated".
@Suite("grading sources and citations")
struct SourceGradingTests {
    /// A case with witness W-1, incident I-1 and an evidence file.
    func gradedCase() throws -> CLI {
        var cli = try CLI()
        cli.environment["CASEBOOK_HANDLER"] = "kim"
        try cli.makeCase()
        try cli.ok(["witness", "add", "--pseudonym", "Witness A"])
        try cli.ok(["incident", "add", "--title", "Execution at the market", "--date", "2011-04"])
        return cli
    }

    @Test func aTestimonyIsGradedShownAndRegradedWithItsHistory() throws {
        let cli = try gradedCase()
        try cli.ok([
            "testimony", "add", "--witness", "W-1", "--date", "2019", "--reliability", "b", "--reliability-note",
            "consistent with the satellite images",
        ])
        let shown = try cli.ok(["testimony", "show", "T-1"]).stdout
        #expect(shown.contains("Reliability:       B (usually reliable)"), "\(shown)")
        #expect(shown.contains("Reliability notes: consistent with the satellite images"))
        let changed = try cli.ok(["testimony", "update", "T-1", "--reliability", "C"]).stdout
        #expect(changed.contains("Source reliability changed from \"B\" to \"C\""), "\(changed)")
        #expect(try cli.sqlite("SELECT reliabilityGrade FROM testimony").trimmingCharacters(in: .newlines) == "C")
        #expect(try cli.ok(["history", "T-1"]).stdout.contains("source reliability  B          C"))
        try cli.ok(["testimony", "update", "T-1", "--reliability", ""])
        #expect(try cli.ok(["testimony", "show", "T-1"]).stdout.contains("Reliability:       not graded"))
    }

    @Test(arguments: ["G", "7", "b2", "AB"])
    func aReliabilityGradeOutOfRangeIsRefusedWithTheScale(_ grade: String) throws {
        let cli = try gradedCase()
        let before = try cli.databaseDump()
        let result = try cli.run(["testimony", "add", "--witness", "W-1", "--date", "2019", "--reliability", grade])
        #expect(result.status == 2)
        #expect(
            result.errorLines == [
                "error: '\(grade)' is not a valid source reliability grade; write one letter: A completely reliable, B usually reliable, C fairly reliable, D not usually reliable, E unreliable, F reliability cannot be judged."
            ])
        #expect(try cli.databaseDump() == before)
        let file = try cli.makeFile("photo.txt", Array("a street".utf8))
        #expect(try cli.run(["evidence", "add", file, "--reliability", grade]).status == 2)
        #expect(try cli.databaseDump() == before)
    }

    @Test(arguments: ["0", "7", "b2", "2.5"])
    func aCredibilityGradeOutOfRangeIsRefusedWithTheScale(_ grade: String) throws {
        let cli = try gradedCase()
        try cli.ok(["testimony", "add", "--witness", "W-1", "--date", "2019"])
        let before = try cli.databaseDump()
        let result = try cli.run([
            "link", "--source", "T-1", "--incident", "I-1", "--crime", "murder", "--element", "murder.1", "--credibility", grade,
        ])
        #expect(result.status == 2)
        #expect(
            result.errorLines == [
                "error: '\(grade)' is not a valid information credibility grade; write one number: 1 confirmed by other sources, 2 probably true, 3 possibly true, 4 doubtful, 5 improbable, 6 truth cannot be judged."
            ])
        #expect(try cli.databaseDump() == before)
    }

    @Test func citationsCarryTheSourcesGradeTheirCredibilityAndTheirBasis() throws {
        let cli = try gradedCase()
        try cli.ok(["testimony", "add", "--witness", "W-1", "--date", "2019", "--reliability", "B"])
        let file = try cli.makeFile("report.txt", Array("a report".utf8))
        try cli.ok(["evidence", "add", file, "--reliability", "A", "--reliability-note", "UN report"])
        #expect(try cli.ok(["evidence", "show", "E-1"]).stdout.contains("Reliability:       A (completely reliable)"))
        let linked = try cli.ok([
            "link", "--source", "T-1", "--incident", "I-1", "--crime", "murder", "--element", "murder.1", "--pinpoint", "p. 2",
            "--credibility", "2",
        ])
        #expect(linked.stdout.contains("[basis not stated; B2]"), "\(linked.stdout)")
        try cli.ok([
            "cite", "--allegation", "AL-1", "--source", "T-1", "--element", "context.knowledge", "--basis", "first-hand",
            "--pinpoint", "p. 3",
        ])
        try cli.ok(["cite", "--allegation", "AL-1", "--source", "E-1", "--element", "murder.1", "--credibility", "1"])
        #expect(try cli.sqlite("SELECT credibility FROM citation ORDER BY id") == "2\n\n1\n")
        let shown = try cli.ok(["allegation", "show", "AL-1"]).stdout
        #expect(shown.contains("← T-1 testimony of Witness A, 2019, p. 2 [basis not stated; B2]"), "\(shown)")
        #expect(shown.contains("← T-1 testimony of Witness A, 2019, p. 3 [first-hand; reliability B]"), "\(shown)")
        #expect(shown.contains("← E-1 evidence item report.txt [A1]"), "\(shown)")
        let matrix = try cli.ok(["matrix", "--json"]).stdout
        #expect(matrix.contains("\"reliability\" : \"B\"") && matrix.contains("\"credibility\" : 2"), "\(matrix)")
    }

    @Test func importTakesGradesAndKeepsAnOldFreeTextReliabilityAsTheNote() throws {
        let cli = try gradedCase()
        let sheet = try cli.makeFile(
            "testimonies.csv",
            Array(
                """
                external_id,witness,date,reliability,reliability_note
                T1,W-1,2019,B,checks out
                T2,W-1,2020,,

                """.utf8))
        let first = try cli.run(["import", sheet])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(try cli.sqlite("SELECT reliabilityGrade, reliabilityNotes FROM testimony ORDER BY id") == "B|checks out\n|\n")
        let old = try cli.makeFile(
            "old-testimonies.csv", Array("external_id,witness,date,reliability\nT3,W-1,2021,Consistent with other accounts.\n".utf8)
        )
        let second = try cli.run(["import", old, "--kind", "testimonies"])
        #expect(second.status == 0, "\(second.stderr)")
        #expect(
            second.stderr.contains(
                "old-testimonies.csv:2: reliability: 'Consistent with other accounts.' is not a grade (A to F), so it was kept as the reliability note"
            ), "\(second.stderr)")
        #expect(
            try cli.sqlite("SELECT reliabilityGrade IS NULL, reliabilityNotes FROM testimony WHERE externalId = 'T3'")
                == "1|Consistent with other accounts.\n")
        let links = try cli.makeFile(
            "links.csv",
            Array("source,incident,crime,element,basis,credibility\nT1,I-1,murder,murder.1,hearsay,3\n".utf8))
        let third = try cli.run(["import", links])
        #expect(third.status == 0, "\(third.stderr)")
        #expect(try cli.sqlite("SELECT basis, credibility FROM citation") == "hearsay|3\n")
        let bad = try cli.makeFile(
            "bad-links.csv", Array("source,incident,crime,element,credibility\nT1,I-1,murder,murder.1,9\n".utf8))
        let before = try cli.databaseDump()
        let refused = try cli.run(["import", bad, "--kind", "links"])
        #expect(refused.status == 2)
        #expect(
            refused.stderr.contains("bad-links.csv:2: credibility: '9' is not a valid information credibility grade"),
            "\(refused.stderr)")
        #expect(try cli.databaseDump() == before)
    }
}
