import CasebookDocuments
import Foundation
import Testing

/// `upr count` reads a written file back and must count it as the writer counted the document:
/// the cover, the contents and the annexes skipped; headings, body, tables and notes counted.
@Suite struct DocumentFileWordCountTests {
    static func written(_ document: Document, as format: DocumentFormat) throws -> DocumentFileWordCount {
        let folder = try Rendering.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("document.\(format.rawValue)")
        try DocumentRenderer(overrides: nil).render(document, as: format, asOf: Rendering.asOf).write(to: file)
        return try DocumentFileWordCount.count(file: file.path)
    }

    @Test(arguments: [NoteStyle.footnotes, .endnotes], [DocumentFormat.markdown, .docx])
    func aWrittenFileCountsAsItsDocument(noteStyle: NoteStyle, format: DocumentFormat) throws {
        let document = SampleDocument.dossier(noteStyle: noteStyle, kind: .uprSubmission)
        let counted = try Self.written(document, as: format)
        #expect(counted.sections.map(\.title) == document.sectionWordCounts.map(\.title))
        #expect(counted.sections.map(\.words) == document.sectionWordCounts.map(\.words))
        #expect(counted.words == document.countedWords)
        #expect(counted.words > 0)
    }

    @Test func theAnnexAndTheCoverAreNotCounted() throws {
        let document = Document(
            kind: .uprSubmission, title: "Many cover words that never count",
            cover: Cover(
                lines: [CoverLine(label: "Submitted by", value: "An organisation with a long name")],
                stamps: ["DRAFT — OVER WORD LIMIT"]),
            sections: [
                Section(id: "one", title: "One", blocks: [.paragraph(Text([.plain("Two words"), .note("three note words")]))]),
                Section(
                    id: "annex-a", title: "Annex A: Texts", blocks: [.paragraph("These words are outside the limit.")],
                    isAnnex: true),
            ],
            noteStyle: .endnotes)
        for format in [DocumentFormat.markdown, .docx] {
            let counted = try Self.written(document, as: format)
            #expect(counted.words == 6, "\(format): \(counted)")
            #expect(counted.sections.map(\.title) == ["One"])
        }
    }

    @Test func filesThatCannotBeCountedAreNamed() throws {
        let folder = try Rendering.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: WordCountError.missing(folder.appendingPathComponent("none.docx").path)) {
            try DocumentFileWordCount.count(file: folder.appendingPathComponent("none.docx").path)
        }
        let text = folder.appendingPathComponent("notes.txt")
        try Data("words".utf8).write(to: text)
        #expect(throws: WordCountError.unsupported(text.path)) { try DocumentFileWordCount.count(file: text.path) }
        let broken = folder.appendingPathComponent("broken.docx")
        try Data("not a zip".utf8).write(to: broken)
        #expect(throws: WordCountError.self) { try DocumentFileWordCount.count(file: broken.path) }
    }
}
