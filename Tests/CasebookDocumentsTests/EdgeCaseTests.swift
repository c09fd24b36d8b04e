import CasebookDocuments
import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Documents with nothing in them, or odd numbers, still render in every format, and the DOCX
/// stays readable.
@Suite struct EdgeCaseTests {
    static let sparse = Document(
        kind: .progressReport, title: "Empty & odd",
        sections: [
            Section(
                id: "odd", title: "Odd content",
                blocks: [
                    .paragraph(Text([.note("Only a note.")])),
                    .list([]),
                    .table(Table(header: [], rows: [])),
                    .table(Table(header: ["One"], rows: [["a", "b", "c"]])),
                    .figure(.bars(BarChart(title: "No groups", series: ["incidents"], groups: []))),
                    .figure(
                        .bars(
                            BarChart(title: "Odd values", series: ["a", "b"], groups: [BarGroup(label: "x", values: [-3, .nan])]))),
                    .figure(.timeline(Timeline(title: "No years", rows: [TimelineRow(label: "none", countsByYear: [:])]))),
                ])
        ],
        numberedParagraphs: false)

    @Test(arguments: DocumentFormat.allCases)
    func sparseDocumentsRender(format: DocumentFormat) throws {
        let data = try DocumentRenderer(overrides: nil).render(Self.sparse, as: format, asOf: "2025-01-31")
        #expect(!data.isEmpty)
        let empty = Document(kind: .iccDossier, title: "Nothing yet", sections: [])
        #expect(!(try DocumentRenderer(overrides: nil).render(empty, as: format, asOf: "2025-01-31")).isEmpty)
    }

    @Test func oddNumbersAreDrawnAsZeroAndShortRowsArePadded() throws {
        let html = try Rendering.text(Self.sparse, .html)
        #expect(html.contains("x: -3 a, 0 b"))
        #expect(!html.contains("nan") && !html.contains("inf"))
        #expect(!html.contains("class=\"para numbered\""))
        let markdown = try Rendering.text(Self.sparse, .markdown)
        #expect(markdown.contains("| One |  |  |"))
        #expect(markdown.contains("| a | b | c |"))
    }

    @Test func theEmptyDocumentIsAReadableWordFile() throws {
        let docx = try DocumentRenderer(overrides: nil).render(Self.sparse, as: .docx, asOf: "2025-01-31")
        let body = try Rendering.part("word/document.xml", of: docx)
        #expect(body.contains("<w:footnoteReference w:id=\"1\"/>"))
        #expect(!body.contains("<w:numId w:val=\"1\"/>"), "paragraphs are not numbered")
        for part in ["word/document.xml", "word/footnotes.xml", "word/styles.xml", "[Content_Types].xml"] {
            #expect(XMLParser(data: Data(try Rendering.part(part, of: docx).utf8)).parse(), "\(part)")
        }
    }
}
