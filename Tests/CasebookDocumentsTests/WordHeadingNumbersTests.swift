import CasebookDocuments
import Foundation
import Testing

/// In Word, the sections of a document with numbered paragraphs are numbered apart from them
/// (I., II., then A., B.), so that "see 12" can only mean paragraph 12; annexes keep their letters.
@Suite struct WordHeadingNumbersTests {
    @Test func sectionsAreNumberedInRomanAndLettersAndAnnexesAreNot() throws {
        let docx = try DocumentRenderer(overrides: nil).render(SampleDocument.dossier(), as: .docx, asOf: "2024-11-07")
        let numbering = try Rendering.part("word/numbering.xml", of: docx)
        #expect(numbering.contains("<w:numFmt w:val=\"upperRoman\"/><w:lvlText w:val=\"%1.\"/>"))
        #expect(numbering.contains("<w:numFmt w:val=\"upperLetter\"/><w:lvlText w:val=\"%2.\"/>"))
        #expect(numbering.contains("<w:num w:numId=\"3\"><w:abstractNumId w:val=\"2\"/></w:num>"))
        let document = try Rendering.part("word/document.xml", of: docx)
        let headings = document.components(separatedBy: "<w:p><w:pPr><w:pStyle w:val=\"").dropFirst()
            .filter { $0.hasPrefix("Heading") || $0.hasPrefix("AnnexHeading") }
            .map { $0.components(separatedBy: "</w:pPr>")[0] }
        let top = headings.filter { $0.hasPrefix("Heading1") }
        let sub = headings.filter { $0.hasPrefix("Heading2") }
        let annexes = headings.filter { $0.hasPrefix("AnnexHeading") }
        #expect(!top.isEmpty && !sub.isEmpty && !annexes.isEmpty, "\(headings)")
        #expect(top.allSatisfy { $0.contains("<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"3\"/></w:numPr>") }, "\(top)")
        #expect(sub.allSatisfy { $0.contains("<w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"3\"/></w:numPr>") }, "\(sub)")
        #expect(annexes.allSatisfy { !$0.contains("<w:numPr>") }, "\(annexes)")
    }

    @Test func aDocumentWithoutNumberedParagraphsHasNoNumberedHeadings() throws {
        var plain = SampleDocument.dossier()
        plain.numberedParagraphs = false
        let docx = try DocumentRenderer(overrides: nil).render(plain, as: .docx, asOf: "2024-11-07")
        let document = try Rendering.part("word/document.xml", of: docx)
        #expect(!document.contains("<w:numId w:val=\"3\"/>"))
    }
}
