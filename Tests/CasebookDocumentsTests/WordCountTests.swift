import Testing

@testable import CasebookDocuments

/// The word-count rule of a UPR submission: headings, body and notes count; cover and annexes do
/// not; a hyphenated word is one word; numbers count.
@Suite struct WordCountTests {
    @Test(arguments: [
        ("", 0), ("one", 1), ("  two   words ", 2), ("state-sponsored abductions", 2), ("in 2014 and 2,450 victims", 5),
        ("a — b", 2), ("• item", 1), ("A/HRC/25/63, para. 12.", 3), ("line\nbreak\ttab", 3),
        ("政治犯収容所", 6), ("UN人権理事会 report", 7), ("釈放しろ", 4), ("ア・イ", 2), ("정치범 수용소", 2), ("a\u{00A0}b", 2),
    ])
    func wordsInText(text: String, expected: Int) {
        #expect(WordCount.words(in: text) == expected)
    }

    @Test func sectionsCountHeadingsBodyAndNotesButNotTheCoverOrAnnexes() {
        let document = Document(
            kind: .uprSubmission, title: "Cover title is not counted",
            cover: Cover(lines: [CoverLine(label: "Submitted by", value: "Not counted either")]),
            sections: [
                Section(
                    id: "intro", title: "Introduction",  // 1
                    blocks: [.paragraph(Text([.plain("Three body words"), .note("Two notes")]))],  // 3 + 2
                    subsections: [Section(id: "sub", title: "Sub heading", blocks: [.list(["one", "two-fold"])])]),  // 2 + 2
                Section(
                    id: "data", title: "Data",  // 1
                    blocks: [.table(Table(caption: "Cap", header: ["A", "B"], rows: [["x y", "7"]]))]),  // 1 + 2 + 3
                Section(id: "annex", title: "Annex", blocks: [.paragraph("Many words here are never counted")], isAnnex: true),
            ],
            noteStyle: .endnotes)
        #expect(
            document.sectionWordCounts == [
                SectionWordCount(id: "intro", title: "Introduction", words: 10),
                SectionWordCount(id: "data", title: "Data", words: 7),
            ])
        #expect(document.countedWords == 17)
    }
}
