import CasebookDocuments
import Foundation
import Testing
import ZIPFoundation

/// The DOCX package has the parts Word needs, in a fixed order, with dates from the as-of date and
/// none from the clock.
@Suite struct WordPackageTests {
    @Test func partsInAFixedOrderWithTheAsOfDate() throws {
        let docx = try DocumentRenderer(overrides: nil).render(SampleDocument.dossier(), as: .docx, asOf: "2024-11-07")
        let archive = try Archive(data: docx, accessMode: .read)
        let entries = Array(archive)
        #expect(
            entries.map(\.path) == [
                "[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml", "word/document.xml",
                "word/styles.xml", "word/settings.xml", "word/numbering.xml", "word/header1.xml", "word/footer1.xml",
                "word/footnotes.xml", "word/_rels/document.xml.rels", "word/media/figure1.svg", "word/media/figure2.svg",
            ])
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(identifier: "UTC")!
        for entry in entries {
            let date = try #require(entry.fileAttributes[.modificationDate] as? Date)
            #expect(utc.dateComponents([.year, .month, .day], from: date) == DateComponents(year: 2024, month: 11, day: 7))
        }
        let core = try Rendering.part("docProps/core.xml", of: docx)
        #expect(core.contains("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2024-11-07T00:00:00Z</dcterms:created>"))
    }

    @Test func wordFindsStylesNumberingTableOfContentsAndNotes() throws {
        let docx = try DocumentRenderer(overrides: nil).render(SampleDocument.dossier(), as: .docx, asOf: "2024-11-07")
        let types = try Rendering.part("[Content_Types].xml", of: docx)
        #expect(types.contains("/word/footnotes.xml") && !types.contains("/word/endnotes.xml"))
        let relationships = try Rendering.part("word/_rels/document.xml.rels", of: docx)
        for target in ["styles.xml", "settings.xml", "numbering.xml", "footnotes.xml", "footer1.xml"] {
            #expect(relationships.contains("Target=\"\(target)\""))
        }
        let styles = try Rendering.part("word/styles.xml", of: docx)
        for builtIn in ["heading 1", "heading 2", "heading 3", "Title", "toc 1", "footnote text", "footnote reference"] {
            #expect(styles.contains("<w:name w:val=\"\(builtIn)\"/>"), "\(builtIn)")
        }
        let numbering = try Rendering.part("word/numbering.xml", of: docx)
        #expect(numbering.contains("<w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/>"))
        let body = try Rendering.part("word/document.xml", of: docx)
        #expect(body.contains("<w:instrText xml:space=\"preserve\"> TOC \\o \"1-3\" \\h \\z \\u </w:instrText>"))
        #expect(body.components(separatedBy: "<w:numId w:val=\"1\"/>").count - 1 == 4)
        #expect(body.contains("<w:footnoteReference w:id=\"4\"/>"))
        #expect(body.contains("<w:hyperlink w:anchor=\"s_annex_a\">"))
        #expect(body.contains("<w:bookmarkStart w:id=\"4\" w:name=\"s_annex_a\"/>"))
        #expect(body.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"), "A4")
        #expect(body.contains("<w:tblHeader/>"))
        #expect(body.contains("<w:footerReference w:type=\"default\" r:id=\"rId5\"/>"))
        #expect(
            try Rendering.part("word/footer1.xml", of: docx).contains("<w:instrText xml:space=\"preserve\"> PAGE </w:instrText>"))
    }
}
