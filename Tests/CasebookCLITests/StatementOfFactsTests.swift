import Foundation
import Testing

/// The dossier's statement of facts: every incident told in full sentences from the case, in date
/// order under its attack, footnoted to its sources with their basis, extract and note; a
/// chronology drawn against the attack's period and the entries into force; and the Word file a
/// lawyer files (A4, a cover without header, "page X of Y", the chronology as a picture).
@Suite("the dossier's statement of facts", .serialized)
struct StatementOfFactsTests {
    /// Three incidents out of date order, two linked to one attack, one to none.
    static func smallCase() throws -> CLI {
        let cli = try CLI()
        try cli.makeCase()
        let steps: [[String]] = [
            ["witness", "add", "--pseudonym", "Witness A", "--sex", "F", "--birth-year", "1975", "--consent", "icc-evidence,upr"],
            ["testimony", "add", "--witness", "W-1", "--date", "2019-05-03", "--summary", "Held and beaten at the centre."],
            [
                "incident", "add", "--title", "Beatings at a holding centre", "--date", "2013-07-04", "--country", "KP", "--place",
                "Onsong", "--victims", "3", "--estimated", "--victim-group", "returnees", "--description",
                "Guards beat returnees each night in the cells",
            ],
            ["incident", "add", "--title", "Abduction from a beach", "--date", "2011", "--country", "JP"],
            ["incident", "add", "--title", "Detention without trial", "--date", "2010/2012", "--country", "KP"],
            ["attack", "add", "--title", "Attack on returnees", "--period", "2010/2013"],
            ["actor", "add", "--name", "Chief of the holding centre", "--kind", "person", "--nationality", "KP"],
            ["allege", "--incident", "I-1", "--crime", "torture"],
            ["allege", "--incident", "I-2", "--crime", "enforced-disappearance"],
            ["allege", "--incident", "I-3", "--crime", "imprisonment"],
            ["allegation", "update", "AL-1", "--attack", "AT-1"],
            ["allegation", "update", "AL-3", "--attack", "AT-1"],
            ["attribute", "--allegation", "AL-1", "--actor", "A-1", "--mode", "ordering"],
            [
                "cite", "--allegation", "AL-1", "--source", "T-1", "--element", "torture.1", "--pinpoint", "para. 2",
                "--basis", "first-hand", "--extract", "guards beat us each night in the cell", "--note",
                "shows the infliction of severe pain",
            ],
            ["cite", "--allegation", "AL-3", "--source", "T-1", "--element", "imprisonment.1", "--pinpoint", "para. 4"],
        ]
        for step in steps {
            let result = try cli.run(step)
            #expect(result.status == 0, "\(step.joined(separator: " ")) failed: \(result.stderr)")
        }
        return cli
    }

    @Test("each incident is told in sentences built from the case, in date order under its attack, the rest said plainly")
    func incidentsAreToldInDateOrderUnderTheirAttack() throws {
        let cli = try Self.smallCase()
        let out = cli.folder.appendingPathComponent("dossier.md").path
        let result = try cli.run(["dossier", "icc", "--format", "md", "--out", out, "--as-of", "2026-11-01"])
        #expect(result.status == 0, "\(result.stderr)")
        let markdown = try String(contentsOfFile: out, encoding: .utf8)
        let facts = try #require(markdown.firstRange(of: "## Statement of facts").map { markdown[$0.lowerBound...] })
        let statement = String(facts.prefix(upTo: try #require(facts.firstRange(of: "## Jurisdiction")).lowerBound))
        // Before the law: the statement of facts comes before jurisdiction and the crimes.
        #expect(markdown.range(of: "## Statement of facts")!.lowerBound < markdown.range(of: "## Crimes alleged")!.lowerBound)
        #expect(statement.contains("### Incidents of the attack: Attack on returnees (AT-1)"))
        #expect(statement.contains("The attack is recorded for the period between 2010 and 2013."))
        #expect(statement.contains("### Incidents not linked to any attack"))
        // In date order within the attack: I-3 (2010 to 2012) before I-1 (4 July 2013).
        let i3 = try #require(statement.range(of: "**I-3, Detention without trial.**"))
        let i1 = try #require(statement.range(of: "**I-1, Beatings at a holding centre.**"))
        let i2 = try #require(statement.range(of: "**I-2, Abduction from a beach.**"))
        #expect(i3.lowerBound < i1.lowerBound && i1.lowerBound < i2.lowerBound)
        // The sentences carry the recorded facts at their recorded precision.
        for sentence in [
            "It took place on 4 July 2013. Place recorded: Onsong, Democratic People's Republic of Korea.",
            "What happened, as recorded: Guards beat returnees each night in the cells.",
            "The case records 3 victims (an estimate), of the group \u{201C}returnees\u{201D}.",
            "It is alleged as torture (art. 7(1)(f)).",
            "Alleged responsible: Chief of the holding centre (A-1), by ordering (art. 25(3)(b)).",
            "It took place between 2010 and 2012. Place recorded: Democratic People's Republic of Korea.",
            "It took place in 2011. Place recorded: Japan. The number of victims is not recorded.",
            "is not linked to any attack recorded in the case",
        ] {
            #expect(statement.contains(sentence), "missing: \(sentence)")
        }
        // The incident's footnote: the source, its pinpoint and basis, the extract quoted, the note.
        #expect(
            markdown.contains(
                "(W-1, interview 2019-05-03), para. 2 (first-hand): \u{2018}guards beat us each night in the cell\u{2019} \u{2014} shows the infliction of severe pain"
            ))
        // The chronology: the attack's period, every incident and the Statute's entry into force.
        #expect(statement.contains("**Figure: Chronology of the incidents"))
        for row in [
            "| AT-1 Attack on returnees | period | between 2010 and 2013 |", "| I-1 Beatings at a holding centre | 4 July 2013 |",
            "| Key date | Rome Statute in force (art. 126(1)) | 1 July 2002 |",
            "| Key date | Rome Statute in force for Japan (art. 126(2)) | 1 October 2007 |",
        ] {
            #expect(statement.contains(row), "missing row: \(row)")
        }
    }

    @Test("the sample's Word dossier has the statement of facts, the chronology as a picture, footnote extracts and page numbers")
    func theSampleWordDossierReadsBackInPythonDocx() throws {
        let cli = try DossierTests.sampleCase()
        let out = cli.folder.appendingPathComponent("dossier.docx").path
        let result = try cli.run(["dossier", "icc", "--format", "docx", "--out", out, "--as-of", "2026-11-01"])
        #expect(result.status == 0, "\(result.stderr)")
        let script = #"""
            import json, re, sys, zipfile, docx
            d = docx.Document(sys.argv[1])
            paragraphs = [(p.style.name, p.text) for p in d.paragraphs]
            headings = [t for s, t in paragraphs if s == "Heading 1"]
            assert headings.index("Statement of facts") < headings.index("Jurisdiction") < headings.index("Crimes alleged"), headings
            start = [i for i, (s, t) in enumerate(paragraphs) if s == "Heading 1" and t == "Statement of facts"][0]
            end = [i for i, (s, t) in enumerate(paragraphs) if s == "Heading 1" and t == "Jurisdiction"][0]
            told = {m.group(1) for s, t in paragraphs[start:end] for m in [re.match(r"(I-\d+), ", t)] if m}
            # Every incident the dossier cites is told: the ids of Annex D.
            annex = [t for t in d.tables if t.rows[0].cells[0].text == "Incident" and t.rows[0].cells[-1].text == "Crimes alleged"][-1]
            cited = {row.cells[0].text for row in annex.rows[1:]}
            assert cited and cited == told, (sorted(cited - told), sorted(told - cited))
            pictures = [s for s in d.inline_shapes if (s._inline.docPr.get("descr") or "").startswith("Chronology of the incidents")]
            assert len(pictures) == 1, [s._inline.docPr.get("descr")[:40] for s in d.inline_shapes]
            part = d.part.related_parts[pictures[0]._inline.graphic.graphicData.pic.blipFill.blip.embed]
            svg = part.blob.decode()
            assert part.content_type == "image/svg+xml" and "Rome Statute in force for Japan" in svg and "I-32" in svg
            notes = zipfile.ZipFile(sys.argv[1]).read("word/footnotes.xml").decode()
            assert "\u2018Food rations cut below survival level for whole work units.\u2019 \u2014 the witness saw it happen" in notes
            section = d.sections[0]
            assert section.different_first_page_header_footer
            assert section.page_width == 7560310 and section.page_height == 10692130
            assert "NUMPAGES" in section.footer._element.xml
            assert section.header.paragraphs[0].text.startswith("Confidential")
            print("ok", len(told))
            """#
        let python = try cli.tool("python3", ["-c", script, out])
        #expect(python.status == 0 && python.output.hasPrefix("ok 35"), "\(python.output)")
    }
}
