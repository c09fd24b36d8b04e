import CasebookDocuments
import Foundation
import Testing

/// The HTML prints well and reads well: A4 pages, a cover page with the stamps, a linked table of
/// contents, numbered paragraphs, notes linked both ways, and figures drawn inline with a text
/// alternative.
@Suite struct HTMLLayoutTests {
    let html: String

    init() throws {
        html = try Rendering.text(SampleDocument.dossier(), .html)
    }

    @Test func printsOnA4WithTheCoverOnItsOwnPage() {
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("@page { size: A4"))
        #expect(html.contains(".cover { min-height: 22cm; page-break-after: always"))
        #expect(html.contains("<p class=\"stamp\">NOT VERIFIED</p>"))
        let cover = html.components(separatedBy: "<section class=\"cover\">")[1].components(separatedBy: "</section>")[0]
        #expect(cover.contains("Situation in the DPRK") && cover.contains("2024-11-07") && cover.contains("NOT VERIFIED"))
    }

    @Test func theTableOfContentsLinksToEverySection() {
        for id in ["summary", "crimes", "hostile", "annex-a"] {
            #expect(html.contains("<a href=\"#\(id)\">"), "\(id)")
            #expect(html.contains("<section id=\"\(id)\""), "\(id)")
        }
        #expect(html.contains("<li class=\"toc-level-2\"><a href=\"#crimes\">Crimes and their elements</a></li>"))
    }

    @Test func paragraphsAreNumberedThroughTheBodyButNotTheAnnex() {
        for number in 1...4 {
            #expect(html.contains("<p class=\"para numbered\" id=\"para-\(number)\"><span class=\"para-number\">\(number).</span>"))
        }
        #expect(!html.contains("id=\"para-5\""))
        #expect(html.contains("<p class=\"para\">Every source cited, with the SHA-256 of the stored file.</p>"))
        #expect(html.contains("<section id=\"annex-a\" class=\"level-1 annex\">"))
    }

    @Test func footnotesLinkBothWays() {
        for number in 1...4 {
            #expect(html.contains("<a href=\"#note-\(number)\" id=\"ref-\(number)\">\(number)</a>"))
            #expect(html.contains("<li id=\"note-\(number)\" value=\"\(number)\">"))
            #expect(html.contains("<a class=\"back\" href=\"#ref-\(number)\""))
        }
        // Footnotes close the top-level section they belong to: note 4 (in the annex) after note 3's list.
        let summary = html.components(separatedBy: "<section id=\"annex-a\"")[0]
        #expect(summary.contains("id=\"note-3\"") && !summary.contains("<li id=\"note-4\""))
    }

    @Test func endnotesComeTogetherAtTheEnd() throws {
        let upr = try Rendering.text(SampleDocument.dossier(noteStyle: .endnotes, kind: .uprSubmission), .html)
        let tail = try #require(upr.components(separatedBy: "<h2 id=\"endnotes\">Endnotes</h2>").last)
        #expect(upr.components(separatedBy: "<h2 id=\"endnotes\">").count == 2)
        for number in 1...4 { #expect(tail.contains("<li id=\"note-\(number)\"")) }
        #expect(!upr.contains("class=\"notes footnotes\""))
        #expect(upr.contains("Stakeholder submission to the Universal Periodic Review"))
    }

    @Test func figuresAreInlineSVGWithATextAlternative() {
        #expect(html.components(separatedBy: "<svg xmlns=\"http://www.w3.org/2000/svg\"").count == 3)
        #expect(
            html.contains(
                "aria-label=\"Incidents and victims per crime category. Murder: 3 incidents, 120 victims. Imprisonment: 7 incidents, 2450 victims. Torture: 5 incidents, 64.5 victims\""
            ))
        #expect(
            html.contains(
                "<title>Incidents by year and crime. Murder — 2009: 1, 2013: 2. Imprisonment — 2008: 2, 2010: 4, 2014: 1. Torture — 2011: 5</title>"
            ))
        // Both series in the chart and its legend; the timeline's years from first to last.
        #expect(html.contains(">incidents</text>") && html.contains(">victims</text>"))
        #expect(html.contains(">2450</text>") && html.contains(">64.5</text>"))
        for year in 2008...2014 { #expect(html.contains("class=\"year\" font-size=\"10\" fill=\"#333\">\(year)</text>")) }
        // One mark per count, the largest count the largest mark.
        #expect(html.components(separatedBy: "<circle ").count - 1 == 6)
        #expect(html.contains("<title>Torture, 2011: 5</title>"))
    }
}
