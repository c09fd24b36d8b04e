import CasebookDocuments
import Foundation
import Testing

/// The DOCX is a real Word document: python-docx (an independent reader) finds the heading
/// styles, the tables, the numbered paragraphs and the notes' text.
@Suite struct WordReadBackTests {
    /// Reads a DOCX with python-docx (and its notes part with zipfile: python-docx 1.2 does not
    /// expose notes) and prints what it found as JSON.
    static let reader = #"""
        import html, json, sys, zipfile, re
        import docx
        path = sys.argv[1]
        d = docx.Document(path)
        paragraphs = [{"style": p.style.name, "text": p.text} for p in d.paragraphs]
        tables = [[[c.text for c in row.cells] for row in t.rows] for t in d.tables]
        notes = {}
        with zipfile.ZipFile(path) as z:
            for part in ("word/footnotes.xml", "word/endnotes.xml"):
                if part in z.namelist():
                    xml = z.read(part).decode("utf-8")
                    for number, body in re.findall(r'<w:(?:footnote|endnote) w:id="(\d+)">(.*?)</w:(?:footnote|endnote)>', xml, re.S):
                        notes[number] = html.unescape("".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", body))).strip()
        pictures = []
        for shape in d.inline_shapes:
            blip = shape._inline.graphic.graphicData.pic.blipFill.blip
            part = d.part.related_parts[blip.embed]
            pictures.append({"description": shape._inline.docPr.get("descr"), "contentType": part.content_type,
                             "svg": part.blob.decode("utf-8"), "width": shape.width, "height": shape.height})
        header = " ".join(p.text for p in d.sections[0].header.paragraphs)
        footer = d.sections[0].footer._element.xml
        print(json.dumps({"paragraphs": paragraphs, "tables": tables, "notes": notes, "pictures": pictures,
                          "header": header, "footer": footer, "titlePage": d.sections[0].different_first_page_header_footer,
                          "pageWidth": d.sections[0].page_width, "pageHeight": d.sections[0].page_height,
                          "title": d.core_properties.title, "created": d.core_properties.created.isoformat()}))
        """#

    struct ReadBack: Decodable {
        struct Paragraph: Decodable {
            let style: String
            let text: String
        }
        struct Picture: Decodable {
            let description: String
            let contentType: String
            let svg: String
            let width: Int
            let height: Int
        }
        let paragraphs: [Paragraph]
        let tables: [[[String]]]
        let pictures: [Picture]
        let header: String
        let footer: String
        let titlePage: Bool
        let pageWidth: Int
        let pageHeight: Int
        let notes: [String: String]
        let title: String
        let created: String
    }

    static func readBack(_ document: Document) throws -> ReadBack {
        let folder = try Rendering.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("document.docx")
        try DocumentRenderer(overrides: nil).render(document, as: .docx, asOf: Rendering.asOf).write(to: file)
        let venvPython = Rendering.packageRoot.appendingPathComponent(".venv/bin/python3")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            FileManager.default.isExecutableFile(atPath: venvPython.path) ? venvPython.path : "python3", "-c", reader, file.path,
        ]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let problems = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        try #require(
            process.terminationStatus == 0, "python-docx could not read the file (run `make test` to set up .venv): \(problems)")
        return try JSONDecoder().decode(ReadBack.self, from: data)
    }

    @Test func pythonDocxReadsHeadingsTablesParagraphsAndFootnotes() throws {
        let read = try Self.readBack(SampleDocument.dossier())
        let styles = read.paragraphs.map(\.style)
        #expect(styles.contains("Title"))
        // An annex's heading has its own style (based on Heading 1), so a word count can skip the annex.
        #expect(read.paragraphs.filter { $0.style == "Heading 1" }.map(\.text) == ["Summary"])
        #expect(read.paragraphs.filter { $0.style == "Annex Heading" }.map(\.text) == ["Annex A: Sources"])
        #expect(
            read.paragraphs.filter { $0.style == "Heading 2" }.map(\.text) == ["Crimes and their elements", SampleDocument.hostile])
        // Four body paragraphs are numbered (the annex's is not), three list items, the title is the document's.
        #expect(read.paragraphs.filter { $0.style == "Numbered Paragraph" }.count == 4)
        #expect(read.paragraphs.filter { $0.style == "List Bullet" }.count == 3)
        #expect(
            read.paragraphs.contains {
                $0.text == "Witness W-1 describes forced labour at Camp 15 and systematic beatings; see Annex A."
            })
        #expect(read.title == "Situation in the DPRK: political prison camps")
        #expect(read.created.hasPrefix("2024-11-07"))
        // The two figures are pictures (SVG), each described in words for readers who cannot see it.
        #expect(read.pictures.count == 2)
        #expect(read.pictures.allSatisfy { $0.contentType == "image/svg+xml" && $0.svg.hasPrefix("<svg ") && $0.width > 0 })
        #expect(read.pictures.first?.description.contains("Imprisonment: 7 incidents, 2450 victims") == true)
        // A4, a cover page without header or footer, then "page X of Y" under a running header.
        #expect(read.pageWidth == 7_560_310 && read.pageHeight == 10_692_130)
        #expect(read.titlePage)
        #expect(read.header == "Confidential: contains information on protected witnesses.")
        #expect(read.footer.contains(" PAGE ") && read.footer.contains(" NUMPAGES "))
        // The one table is the annex, header row first.
        #expect(read.tables.count == 1)
        let sources = try #require(read.tables.last)
        #expect(sources.first == ["Source", "SHA-256", SampleDocument.hostile])
        #expect(sources.count == 3)
        #expect(sources[1][1] == "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
        // Footnotes, numbered in reading order, with their text.
        #expect(read.notes["1"] == "Testimony T-1, interview of 2014-03-02, para. 12.")
        #expect(read.notes["3"] == SampleDocument.hostile)
        #expect(read.notes["4"] == "Acquired 2019-05-01.")
        #expect(read.notes.count == 4)
    }

    @Test func aUPRSubmissionHasEndnotes() throws {
        let folder = try Rendering.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let docx = try DocumentRenderer(overrides: nil).render(
            SampleDocument.dossier(noteStyle: .endnotes, kind: .uprSubmission), as: .docx, asOf: Rendering.asOf)
        #expect(try Rendering.part("word/footnotes.xml", of: docx).isEmpty)
        let endnotes = try Rendering.part("word/endnotes.xml", of: docx)
        #expect(endnotes.contains("<w:endnote w:id=\"2\">"))
        #expect(try Rendering.part("word/document.xml", of: docx).contains("<w:endnoteReference w:id=\"2\"/>"))
        let read = try Self.readBack(SampleDocument.dossier(noteStyle: .endnotes, kind: .uprSubmission))
        #expect(read.notes["2"] == "A/HRC/25/CRP.1, para. 1022.")
        #expect(read.paragraphs.filter { $0.style == "Numbered Paragraph" }.count == 4)
    }
}
