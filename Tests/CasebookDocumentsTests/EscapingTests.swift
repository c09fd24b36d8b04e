import CasebookDocuments
import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// User text (titles, cells, notes, labels) is escaped exactly once in every format: markup in
/// it shows as text, and nothing is escaped twice.
@Suite struct EscapingTests {
    let document = SampleDocument.dossier()

    @Test func htmlShowsMarkupAsTextAndEscapesOnce() throws {
        let html = try Rendering.text(document, .html)
        #expect(!html.contains("<script"))
        #expect(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;"))
        #expect(!html.contains("&amp;amp;") && !html.contains("&amp;lt;") && !html.contains("&amp;quot;"))
        // Heading, table header, table cell, note, TOC: each shows the hostile text escaped.
        let escaped = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"
        #expect(html.components(separatedBy: escaped).count - 1 >= 5)
        #expect(html.contains("Citizens&#39; Alliance"))
    }

    @Test func htmlHasNoExternalResources() throws {
        let html = try Rendering.text(document, .html)
        for forbidden in ["<script", "<link", "src=", "@import", "url(", "href=\"http", "<iframe", "<img"] {
            #expect(!html.contains(forbidden), "\(forbidden)")
        }
    }

    @Test func markdownShowsMarkupAsText() throws {
        let markdown = try Rendering.text(document, .markdown)
        #expect(!markdown.replacingOccurrences(of: #"\<"#, with: "").contains("<script"), "every < is escaped")
        #expect(!markdown.contains("&lt;"), "Markdown must not carry HTML entities")
        #expect(markdown.contains(#"\<script\>alert("x")\</script\> \& 'quotes' \| pipes \*stars\* \_under\_ \[link\]"#))
        // A pipe inside a cell does not split it: every row of the sources table has 3 cells.
        let rows = markdown.split(separator: "\n").filter { $0.hasPrefix("| T-1") || $0.hasPrefix("| Source") }
        #expect(rows.count == 2)
        for row in rows {
            #expect(row.replacingOccurrences(of: #"\|"#, with: "").filter { $0 == "|" }.count == 4)
        }
    }

    @Test func wordEscapesOnceAndIsWellFormed() throws {
        let docx = try DocumentRenderer(overrides: nil).render(document, as: .docx, asOf: Rendering.asOf)
        let body = try Rendering.part("word/document.xml", of: docx)
        let notes = try Rendering.part("word/footnotes.xml", of: docx)
        #expect(!body.contains("<script"))
        #expect(body.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;"))
        #expect(notes.contains("&lt;script&gt;"))
        #expect(!body.contains("&amp;amp;") && !body.contains("&amp;lt;"))
        #expect(body.hasPrefix("<?xml version=\"1.0\""))
        for part in [body, notes] {
            #expect(XMLParser(data: Data(part.utf8)).parse())
        }
    }

    @Test func controlCharactersDoNotBreakTheWordFile() throws {
        var document = self.document
        document.title = "Bell\u{7} and form feed\u{C} in a title"
        let docx = try DocumentRenderer(overrides: nil).render(document, as: .docx, asOf: Rendering.asOf)
        let body = try Rendering.part("word/document.xml", of: docx)
        #expect(body.contains("Bell and form feed in a title"))
        #expect(XMLParser(data: Data(body.utf8)).parse())
    }
}
