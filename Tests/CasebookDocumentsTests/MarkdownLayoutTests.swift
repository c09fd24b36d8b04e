import CasebookDocuments
import Testing

/// The Markdown reads as a document: headings by level, numbered paragraphs, `[^n]` footnotes,
/// pipe tables, figures as tables.
@Suite struct MarkdownLayoutTests {
    @Test func headingsParagraphsNotesAndTables() throws {
        let markdown = try Rendering.text(SampleDocument.dossier(), .markdown)
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.contains("# Situation in the DPRK: political prison camps"))
        #expect(lines.contains("## Summary"))
        #expect(lines.contains("### Crimes and their elements"))
        #expect(lines.contains("## Annex A: Sources"))
        #expect(
            lines.contains(
                "1. Witness W-1 describes forced labour at Camp 15[^1] and *systematic* beatings; see [Annex A](#annex-a)."))
        #expect(lines.contains("2. **The attack** was widespread.[^2]"))
        #expect(lines.contains("Every source cited, with the SHA-256 of the stored file."))
        #expect(lines.contains("[^1]: Testimony T-1, interview of 2014-03-02, para. 12."))
        #expect(lines.contains("[^4]: Acquired 2019-05-01."))
        #expect(lines.contains("| Imprisonment | 7 | 2450 |"))
        #expect(lines.contains("|  | 2008 | 2009 | 2010 | 2011 | 2012 | 2013 | 2014 |"))
        #expect(lines.contains("| --- | --- | --- |"))
        #expect(lines.contains("> **NOT VERIFIED**"))
        #expect(lines.contains("<a id=\"annex-a\"></a>"))
        #expect(!markdown.contains("\n\n\n"), "no runs of blank lines")
    }
}
