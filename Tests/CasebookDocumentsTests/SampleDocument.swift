import CasebookDocuments

/// A small dossier with every kind of block, a note in each place notes can go, and user text
/// full of characters that markup treats specially.
enum SampleDocument {
    static let hostile = "<script>alert(\"x\")</script> & 'quotes' | pipes *stars* _under_ [link](http://example.org)"

    static func dossier(noteStyle: NoteStyle = .footnotes, kind: DocumentKind = .iccDossier) -> Document {
        Document(
            kind: kind,
            title: "Situation in the DPRK: political prison camps",
            cover: Cover(
                lines: [
                    CoverLine(label: "Submitted by", value: "Citizens' Alliance for North Korean Human Rights"),
                    CoverLine(label: "Case", value: "DPRK sample case"),
                ],
                notice: "Confidential: contains information on protected witnesses.",
                stamps: ["NOT VERIFIED"]),
            sections: [
                Section(
                    id: "summary", title: "Summary",
                    blocks: [
                        .paragraph(
                            Text([
                                .plain("Witness W-1 describes forced labour at Camp 15"),
                                .note("Testimony T-1, interview of 2014-03-02, para. 12."),
                                .plain(" and "), .emphasis("systematic"), .plain(" beatings; see "),
                                .link("Annex A", anchor: "annex-a"), .plain("."),
                            ])),
                        .paragraph(
                            Text([.strong("The attack"), .plain(" was widespread."), .note("A/HRC/25/CRP.1, para. 1022.")])),
                        .unnumberedParagraph("The figures below summarise the incidents recorded."),
                    ],
                    subsections: [
                        Section(
                            id: "crimes", title: "Crimes and their elements",
                            blocks: [
                                .paragraph("Imprisonment in violation of fundamental rules of international law."),
                                .list(["Murder (art. 7(1)(a))", "Imprisonment (art. 7(1)(e))", "Torture (art. 7(1)(f))"]),
                                .figure(
                                    .bars(
                                        BarChart(
                                            title: "Incidents and victims per crime category", series: ["incidents", "victims"],
                                            groups: [
                                                BarGroup(label: "Murder", values: [3, 120]),
                                                BarGroup(label: "Imprisonment", values: [7, 2450]),
                                                BarGroup(label: "Torture", values: [5, 64.5]),
                                            ]))),
                                .figure(
                                    .timeline(
                                        Timeline(
                                            title: "Incidents by year and crime",
                                            rows: [
                                                TimelineRow(label: "Murder", countsByYear: [2009: 1, 2013: 2]),
                                                TimelineRow(label: "Imprisonment", countsByYear: [2008: 2, 2010: 4, 2014: 1]),
                                                TimelineRow(label: "Torture", countsByYear: [2011: 5]),
                                            ]))),
                            ]),
                        Section(
                            id: "hostile", title: hostile,
                            blocks: [.paragraph(Text([.plain(hostile), .note(hostile)]))]),
                    ]),
                Section(
                    id: "annex-a", title: "Annex A: Sources",
                    blocks: [
                        .paragraph("Every source cited, with the SHA-256 of the stored file."),
                        .table(
                            Table(
                                caption: "Sources cited", header: ["Source", "SHA-256", hostile],
                                rows: [
                                    [
                                        "E-1 satellite image", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                                        Text([.plain("first-hand"), .note("Acquired 2019-05-01.")]),
                                    ],
                                    [
                                        "T-1 testimony", "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752",
                                        .plain(hostile),
                                    ],
                                ])),
                    ],
                    isAnnex: true),
            ],
            noteStyle: noteStyle,
            numberedParagraphs: true)
    }
}
