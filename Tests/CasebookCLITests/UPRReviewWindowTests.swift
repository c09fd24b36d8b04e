import Foundation
import Testing
import ZIPFoundation

/// The register knows the review each recommendation came from (the State under review, the
/// cycle, the day it was made); a submission covers the period since the previous review; an
/// assessment rests only on later events; endnotes name public sources. Run as a user would, on a
/// new case with no case facts.
@Suite("the review a recommendation came from, and the period a submission covers", .serialized)
struct UPRReviewWindowTests {
    static let header = "source,number,state,text,response,themes\n"

    /// A new case (no case facts) with one incident in the DPRK after the third review and one
    /// before it, a witness with UPR consent and her interview about the later one.
    static func newCase() throws -> CLI {
        var cli = try CLI()
        cli.environment["CASEBOOK_HANDLER"] = "tester"
        try cli.makeCase()
        for step: [String] in [
            [
                "witness", "add", "--pseudonym", "Witness A", "--sex", "F", "--origin", "North Hamgyong", "--left", "2017",
                "--consent", "upr",
            ],
            ["testimony", "add", "--witness", "W-1", "--date", "2023-06-02", "--place", "Seoul", "--summary", "Returnees held."],
            [
                "incident", "add", "--title", "Detention of returnees", "--date", "2021-03", "--place", "Onsong", "--country", "KP",
                "--victims", "30", "--estimated",
            ],
            ["incident", "add", "--title", "Shooting at the river", "--date", "2013-12", "--country", "KP", "--victims", "2"],
            [
                "link", "--source", "T-1", "--incident", "I-1", "--crime", "imprisonment", "--element", "imprisonment.1",
                "--pinpoint", "para. 4",
            ],
            [
                "link", "--source", "T-1", "--incident", "I-2", "--crime", "murder", "--element", "murder.1", "--pinpoint",
                "para. 9",
            ],
        ] {
            try cli.ok(step)
        }
        return cli
    }

    static func write(_ cli: CLI, _ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: cli.workspace.appendingPathComponent(name))
    }

    @Test("a register imported for KP gives a submission for KP with no case fact, covering the period since the third review")
    func registerForTheStateUnderReview() throws {
        let cli = try Self.newCase()
        // A file that names no State under review, for a document Casebook does not know.
        try Self.write(
            cli, "register.csv",
            Self.header + "A/HRC/99/10,126.1,Chile,End detention without trial.,noted,detention\n"
                + "A/HRC/99/10,126.2,Peru,Ratify the Convention against Torture.,noted,torture\n")
        let before = try cli.tableCounts()
        var result = try cli.run(["recommendation", "import", "register.csv"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("register.csv:2: state_under_review:"), "\(result.stderr)")
        #expect(result.stderr.contains("register.csv:3: state_under_review:"), "\(result.stderr)")
        #expect(result.stderr.contains("--state-under-review"), "\(result.stderr)")
        #expect(try cli.tableCounts() == before, "a refused import wrote something")

        // With the State, but for a review Casebook cannot date: the date is asked for.
        result = try cli.run(["recommendation", "import", "register.csv", "--state-under-review", "KP"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("date_made"), "\(result.stderr)")
        #expect(try cli.tableCounts() == before)

        // An unknown code is refused with a suggestion.
        result = try cli.run(["recommendation", "import", "register.csv", "--state-under-review", "KPP"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("'KPP' is not a country code Casebook knows"), "\(result.stderr)")
        #expect(try cli.tableCounts() == before)

        // The DPRK's third review is known: its State, cycle and date come from the shipped table.
        try Self.write(
            cli, "register.csv",
            Self.header + "\"A/HRC/42/10\",126.1,Chile,End detention without trial.,noted,detention\n"
                + "\"A/HRC/42/10\",126.2,Peru,Ratify the Convention against Torture.,noted,torture\n")
        try cli.ok(["recommendation", "import", "register.csv"])
        #expect(
            try cli.sqlite("SELECT DISTINCT stateUnderReview || ' ' || cycle || ' ' || madeOn FROM recommendation")
                == "KP 3 2019-05-14\n")
        let shown = try cli.ok(["recommendation", "show", "R-1"]).stdout
        #expect(shown.contains("Democratic People's Republic of Korea (KP), UPR cycle 3"), "\(shown)")
        #expect(shown.contains("2019-05-14"))

        result = try cli.ok([
            "upr", "submission", "--state", "KP", "--cycle", "4", "--as-of", "2024-04-01", "--format", "md", "--out", "s.md",
        ])
        #expect(
            result.stdout.contains("Period covered: 2019-05-14 to 2024-04-01; 1 earlier incident in the State left out."),
            "\(result.stdout)")
        let text = try String(contentsOf: cli.workspace.appendingPathComponent("s.md"), encoding: .utf8)
        // Neither is assessed: they are left out, and the team is told.
        #expect(text.contains("This submission reports no assessment of the recommendations of the previous review."))
        #expect(
            result.stderr.contains("2 recommendations of the previous review are not assessed and left out"), "\(result.stderr)")
        #expect(text.contains("Detention of returnees"))
        #expect(!text.contains("Shooting at the river"), "an incident before the previous review is reported")
        #expect(text.contains("**Period covered:** 2019-05-14 to 2024-04-01"))
        #expect(text.contains("**Information as of:** 2024-04-01"))
        #expect(text.contains("Interview with a woman who left North Hamgyong in 2017, conducted in Seoul, 2023"))
    }

    @Test("an assessment may cite only sources of events after the recommendation was made, older ones as background")
    func assessmentsRestOnLaterEvents() throws {
        let cli = try Self.newCase()
        try Self.write(
            cli, "register.csv", Self.header + "A/HRC/42/10,126.64,France,Stop the use of lethal force.,noted,movement\n")
        try cli.ok(["recommendation", "import", "register.csv"])
        let before = try cli.tableCounts()
        var result = try cli.run(["recommendation", "assess", "R-1", "--status", "not-implemented", "--cite", "I-2"])
        #expect(result.status == 2)
        #expect(
            result.stderr.contains(
                "126.64 (France), A/HRC/42/10 was made on 2019-05-14, but I-2 (incident of 2013-12) speaks only of what came before"
            ),
            "\(result.stderr)")
        #expect(result.stderr.contains("--context"))
        #expect(try cli.tableCounts() == before, "a refused assessment wrote something")

        // A testimony is dated by the incidents it is cited for, not by the day of the interview.
        result = try cli.ok([
            "recommendation", "assess", "R-1", "--status", "not-implemented", "--cite", "T-1,I-1", "--context", "I-2",
            "--date", "2024-03-01",
        ])
        #expect(result.stdout.contains("citing T-1, I-1; as background, I-2."), "\(result.stdout)")
        #expect(try cli.sqlite("SELECT incidentId, background FROM assessment_source ORDER BY id") == "|0\n1|0\n2|1\n")
        let shown = try cli.ok(["recommendation", "show", "R-1"]).stdout
        #expect(shown.contains("background (older than the recommendation): I-2"), "\(shown)")

        try cli.ok([
            "upr", "submission", "--state", "KP", "--cycle", "4", "--as-of", "2024-04-01", "--format", "md", "--out", "s.md",
        ])
        let text = try String(contentsOf: cli.workspace.appendingPathComponent("s.md"), encoding: .utf8)
        #expect(text.contains("Earlier events are given as background only."), "\(text)")
        #expect(text.contains("Shooting at the river, 2013-12, as recorded by"))
        #expect(text.contains("Detention of returnees, 2021-03, Onsong: see the new developments below"))
        #expect(text.contains("follows up 1 recommendation"), "\(text)")

        // Background is what came before; a date before the recommendation or after today is refused.
        let counts = try cli.tableCounts()
        for (args, message) in [
            (["--context", "I-1"], "may speak of what came after it: cite it as evidence"),
            (["--cite", "I-1", "--context", "I-1"], "I-1 is given both as evidence and as background"),
            (["--cite", "I-1", "--date", "2019-01-01"], "cannot speak for 2019-01-01"),
            (["--cite", "I-1", "--date", "2999-01-01"], "after today"),
        ] {
            let refused = try cli.run(["recommendation", "assess", "R-1", "--status", "unclear"] + args)
            #expect(refused.status == 2 && refused.stderr.contains(message), "\(args): \(refused.stderr)")
        }
        #expect(try cli.tableCounts() == counts)
    }

    @Test("the deadline, --from and the count rule: warnings, refusals and both figures")
    func deadlineWindowAndCountRule() throws {
        let cli = try Self.newCase()
        try Self.write(cli, "register.csv", Self.header + "A/HRC/42/10,126.1,Chile,End detention without trial.,noted,detention\n")
        try cli.ok(["recommendation", "import", "register.csv"])
        let base = ["upr", "submission", "--state", "KP", "--cycle", "4", "--as-of", "2024-04-01", "--format", "md"]

        var result = try cli.ok(base + ["--out", "a.md", "--deadline", "2024-03-29"])
        #expect(
            result.stderr.contains("WARNING: The submission speaks as of 2024-04-01, after the deadline of 2024-03-29"),
            "\(result.stderr)")
        #expect(result.stdout.contains("counted with the endnotes"))
        // The case's deadline, when none is given.
        try cli.ok(["case", "set", "upr-deadline", "2024-03-30"])
        result = try cli.ok(base + ["--out", "a2.md"])
        #expect(result.stderr.contains("after the deadline of 2024-03-30"), "\(result.stderr)")
        result = try cli.ok(base + ["--out", "a3.md", "--deadline", "2024-04-04"])
        #expect(!result.stderr.contains("after the deadline"), "\(result.stderr)")

        // A recommendation of ours for another State is not made in this one.
        try cli.ok([
            "upr", "recommend", "--text", "Grant UNHCR access to all persons returned from China within 6 months.", "--theme",
            "movement", "--state-under-review", "CN",
        ])
        try cli.ok([
            "upr", "recommend", "--text",
            "Release all persons detained under the Criminal Code for leaving the country within 12 months.", "--theme",
            "movement", "--state-under-review", "kp",
        ])
        result = try cli.ok(base + ["--out", "ours.md"])
        let ours = try String(contentsOf: cli.workspace.appendingPathComponent("ours.md"), encoding: .utf8)
        #expect(ours.contains("Release all persons detained under the Criminal Code"), "\(ours)")
        #expect(!ours.contains("Grant UNHCR access"), "another State's recommendation is made")
        let unknown = try cli.run(["upr", "recommend", "--text", "Free them all.", "--theme", "x", "--state-under-review", "XX"])
        #expect(unknown.status == 2 && unknown.stderr.contains("'XX' is not a country code"), "\(unknown.stderr)")

        let before = try cli.tableCounts()
        result = try cli.run(base + ["--out", "b.md", "--deadline", "April 2024"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("'April 2024' is not a day"), "\(result.stderr)")
        result = try cli.run(base + ["--out", "b.md", "--from", "2023", "--to", "2022"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("2023") && result.stderr.contains("2022"), "\(result.stderr)")
        #expect(try cli.tableCounts() == before)
        #expect(!FileManager.default.fileExists(atPath: cli.workspace.appendingPathComponent("b.md").path))

        result = try cli.ok(base + ["--out", "c.md", "--from", "2013"])
        #expect(result.stderr.contains("starts on 2013-01-01, before the previous review (2019-05-14)"), "\(result.stderr)")
        #expect(
            try String(contentsOf: cli.workspace.appendingPathComponent("c.md"), encoding: .utf8).contains("Shooting at the river"))

        result = try cli.ok(base + ["--out", "d.md", "--count-rule", "body-only"])
        let figures = try #require(
            result.stdout.firstMatch(of: /Words: (\d+) of \d+ counted without the endnotes; (\d+) with them, (\d+) without/))
        #expect(figures.1 == figures.3)
        #expect(Int(figures.2) ?? 0 > Int(figures.3) ?? 0)
        let withEndnotes = try cli.ok(["upr", "count", "d.md"]).stdout
        let bodyOnly = try cli.ok(["upr", "count", "d.md", "--rule", "body-only"]).stdout
        #expect(withEndnotes.contains("\(figures.2) words counted"), "\(withEndnotes)")
        #expect(bodyOnly.contains("\(figures.3) words counted in d.md (body only)"), "\(bodyOnly)")
    }

    @Test("the sample submission: developments after the third review, no internal id or hash in any endnote of the Word file")
    func sampleSubmissionEndnotesArePublic() throws {
        let cli = try DossierTests.sampleCase()
        let docx = cli.folder.appendingPathComponent("case/out/upr-submission-KP-cycle4.docx")
        let archive = try Archive(url: docx, accessMode: .read)
        var endnotes = Data()
        _ = try archive.extract(try #require(archive["word/endnotes.xml"]), consumer: { endnotes.append($0) })
        let xml = String(decoding: endnotes, as: UTF8.self)
        let texts = xml.matches(of: /<w:t[^>]*>([^<]*)<\/w:t>/).map { String($0.1) }.joined(separator: " ")
        #expect(texts.contains("Interview with a"), "\(texts)")
        #expect(texts.contains("A/HRC/46/51"))
        #expect(texts.firstMatch(of: /\b(?:T|E|I|W|R|A|AL|ACT|TES|WIT|EV|INC)-\d+\b/) == nil, "an internal id in: \(texts)")
        #expect(texts.firstMatch(of: /[0-9a-f]{8,}/) == nil, "a hash in: \(texts)")
        #expect(!texts.contains("SHA-256"))

        let markdown = try String(
            contentsOf: cli.folder.appendingPathComponent("case/out/upr-submission-KP-cycle4.md"), encoding: .utf8)
        let developments =
            try #require(markdown.split(separator: "## New developments since the last review").last)
            .split(separator: "## Recommendations").first ?? ""
        let years = developments.matches(of: /\*\*(\d{4})-\d{2}/).compactMap { Int($0.1) }
        #expect(!years.isEmpty)
        #expect(years.allSatisfy { $0 >= 2019 }, "a development before the third review: \(years)")
        // A team recommendation the SMART check finds incomplete is left out; a commission's is cited as the commission's.
        #expect(!markdown.contains("Ensure that returnees are treated humanely"))
        #expect(markdown.contains("as the Commission of Inquiry recommended (A/HRC/25/63 para. 89(s))"))
        #expect(!markdown.contains("89(s)) as recommended previously"))
        // The custody log keeps which record each endnote stands for.
        let note = try cli.sqlite(
            "SELECT note FROM custody_event WHERE action = 'document-written' AND note LIKE '%upr-submission-KP-cycle4.docx%'")
        #expect(note.contains("endnotes and the records they stand for:"), "\(note)")
        #expect(note.contains("A/HRC/46/51") && note.contains("= E-45"), "\(note)")
    }
}
