import Foundation
import Testing

/// The dossier argues each element at the case's standard of proof: it says where an element
/// meets it and where it is only alleged, and on what; it states the grading, independence and
/// standard in its methodology; it never cites a withdrawn passage. The withdrawal travels in the
/// JSON export.
@Suite("documents weigh the evidence against the standard of proof")
struct WeighedDocumentTests {
    /// Two witnesses cited first-hand for murder.1 of I-1 (so it meets reasonable grounds), one
    /// for murder.2 (so it falls short), and W-2's para. 9 withdrawn.
    func weighedCase() throws -> CLI {
        var cli = try CLI()
        cli.environment["CASEBOOK_HANDLER"] = "kim"
        try cli.makeCase()
        try cli.ok(["witness", "add", "--pseudonym", "Witness A", "--consent", "icc-evidence"])
        try cli.ok(["witness", "add", "--pseudonym", "Witness B", "--consent", "icc-evidence"])
        try cli.ok(["testimony", "add", "--witness", "W-1", "--date", "2019", "--reliability", "B"])
        try cli.ok(["testimony", "add", "--witness", "W-2", "--date", "2020"])
        try cli.ok(["incident", "add", "--title", "Execution", "--date", "2011", "--country", "KP"])
        let cite = { (source: String, element: String, pinpoint: String) in
            _ = try cli.ok([
                "link", "--source", source, "--incident", "I-1", "--crime", "murder", "--element", element, "--basis",
                "first-hand", "--credibility", "2", "--pinpoint", pinpoint,
            ])
        }
        try cite("T-1", "murder.1", "para. 3")
        try cite("T-2", "murder.1", "para. 4")
        try cite("T-1", "context.attack", "para. 5")
        try cite("T-2", "context.attack", "para. 9")
        try cli.ok(["testimony", "retract", "T-2", "--passage", "para. 9", "--reason", "She had not seen it herself"])
        return cli
    }

    @Test func theDossierSaysWhereAnElementMeetsTheStandardAndWhereItIsOnlyAlleged() throws {
        let cli = try weighedCase()
        let out = cli.folder.appendingPathComponent("dossier.md").path
        try cli.ok(["dossier", "icc", "--format", "md", "--out", out, "--as-of", "2026-11-01"])
        let text = try String(contentsOfFile: out, encoding: .utf8)
        #expect(
            text.contains(
                "Meets the standard of reasonable grounds in I-1 (2 independent sources, both first-hand; best graded B2)."),
            "\(text)")
        #expect(
            text.contains(
                "Alleged, on support short of the standard of reasonable grounds, in I-1 (one independent source, first-hand; best graded B2; lacking one more independent source)."
            ), "\(text)")
        #expect(!text.contains("Shown in"))
        #expect(text.contains("The elements are weighed against the standard of reasonable grounds (art. 58(1)"))
        #expect(
            text.contains(
                "Of the 3 elements set out (of the crimes, the attack and the modes of liability), 1 meet the standard, 1 are alleged on support short of it and 1 have no source yet"
            ))
        #expect(text.contains("Each source is graded for its reliability, from A to F"))
        #expect(text.contains("A passage a witness later withdrew is not relied on."))
        #expect(text.contains("T-2 (W-2, interview 2020), para. 4"))
        #expect(!text.contains("para. 9"), "a withdrawn passage is cited: \(text)")
        #expect(!text.contains("She had not seen it herself"), "the team's reason reached the dossier")
        // No complementarity notes recorded: the filing says no proceedings are known, not that notes are missing.
        #expect(
            text.contains(
                "**Complementarity (art. 17(1)(a)–(c)):** No national investigation or prosecution of this conduct, in any of the States with jurisdiction listed below, is known to the submitting organisation."
            ), "\(text)")
        // Every State with jurisdiction is named, not only the territorial one.
        #expect(text.contains("| Democratic People's Republic of Korea (KP) | I-1 |"), "\(text)")
        #expect(!text.contains("No notes recorded yet"))

        try cli.ok(["case", "set", "standard", "beyond-reasonable-doubt"])
        try cli.ok(["dossier", "icc", "--format", "md", "--out", out, "--as-of", "2026-11-01", "--force"])
        let higher = try String(contentsOfFile: out, encoding: .utf8)
        #expect(
            higher.contains(
                "Alleged, on support short of the standard of beyond reasonable doubt, in I-1 (2 independent sources, both first-hand; best graded B2; lacking one more independent source)."
            ), "\(higher)")
        #expect(!higher.contains("Meets the standard"))
    }

    @Test func aWithdrawalTravelsInTheJSONExportAndIsShownWithItsTestimony() throws {
        let cli = try weighedCase()
        let shown = try cli.ok(["testimony", "show", "T-2"]).stdout
        #expect(shown.contains("Withdrawn passage:"), "\(shown)")
        #expect(shown.contains("para. 9 (recorded ") && shown.contains("): She had not seen it herself"), "\(shown)")
        let export = cli.folder.appendingPathComponent("case.json").path
        try cli.ok(["export", "json", export])
        let recorded = try cli.sqlite("SELECT recordedAt FROM testimony_retraction")
        var copy = try CLI()
        copy.environment["CASEBOOK_HANDLER"] = "lee"
        try copy.makeCase()
        #expect(try copy.ok(["import", export]).status == 0)
        #expect(
            try copy.sqlite("SELECT testimonyId, passage, reason, recordedAt FROM testimony_retraction")
                == "2|para. 9|She had not seen it herself|\(recorded)")
        #expect(try copy.ok(["matrix"]).stdout.contains("~~T-2 testimony of Witness B, 2020, para. 9"))
        let again = try copy.ok(["import", export]).stdout
        #expect(again.contains("testimonies: 0 added, 0 updated, 2 unchanged"), "\(again)")
        #expect(try copy.sqlite("SELECT count(*) FROM testimony_retraction") == "1\n")
    }

    @Test func anUncheckedParagraphNumberIsNeverFiledAndTheTeamIsWarned() throws {
        let cli = try weighedCase()
        try cli.ok(["actor", "add", "--name", "Chief of the holding centre", "--kind", "person"])
        try cli.ok([
            "link", "--source", "T-1", "--incident", "I-1", "--crime", "murder", "--actor", "A-1", "--mode", "ordering",
            "--pinpoint", "para. 6",
        ])
        let out = cli.folder.appendingPathComponent("dossier.md").path
        let result = try cli.ok(["dossier", "icc", "--format", "md", "--out", out, "--as-of", "2026-11-01"])
        let text = try String(contentsOfFile: out, encoding: .utf8)
        #expect(text.contains("Ntaganda, Trial Chamber VI, Judgment, 8 July 2019, ICC-01/04-02/06-2359)"), "\(text)")
        #expect(!text.contains("paras 788"), "an unchecked paragraph number was filed")
        #expect(!text.contains("[verify"))
        #expect(result.stderr.contains("the dossier cites those decisions without paragraph numbers"), "\(result.stderr)")
        #expect(result.stderr.contains("paras 788–789 [verify paras]"), "\(result.stderr)")
    }

    @Test func aTranscriptAndItsInterviewAreOneFootnote() throws {
        let cli = try weighedCase()
        let file = try cli.makeFile("interview-1.txt", Array("Q: What did you see?".utf8))
        try cli.ok(["evidence", "add", file, "--kind", "transcript"])
        try cli.ok(["testimony", "update", "T-1", "--transcript", "E-1"])
        try cli.ok(["cite", "--allegation", "AL-1", "--source", "E-1", "--element", "murder.1", "--pinpoint", "p. 1"])
        let out = cli.folder.appendingPathComponent("dossier.md").path
        try cli.ok(["dossier", "icc", "--format", "md", "--out", out, "--as-of", "2026-11-01"])
        let text = try String(contentsOfFile: out, encoding: .utf8)
        let footnotes = text.split(separator: "\n").filter { $0.hasPrefix("[^") }
        #expect(
            footnotes.contains {
                $0.contains("T-1 (W-1, interview 2019), para. 3 (first-hand); its transcript E-1 (transcript, SHA-256 ")
            },
            "\(footnotes)")
        #expect(!footnotes.contains { $0.contains("]: E-1 (") }, "the transcript has a footnote of its own: \(footnotes)")
        #expect(text.contains("| E-1 |"), "the transcript left the evidence annex")
    }
}
