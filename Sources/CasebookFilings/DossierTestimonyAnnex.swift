import CasebookCore
import CasebookDocuments
import CasebookModel

/// The annex that summarises each cited interview, so an analyst can weigh a testimony before
/// reading its footnotes: when, where and in what language it was given, what it says in short,
/// how the witness knows what the cited passages say, and the source's grade. Witnesses appear by
/// pseudonym only, and only the interviews whose witnesses consented to this use are listed.
extension DossierDocument {
    static func testimonyAnnex(_ testimonies: [TestimonyIndexEntry]) -> Section {
        let intro =
            testimonies.isEmpty
            ? "No interview is cited in this dossier."
            : "Every interview cited, by the witness's number and pseudonym. The basis is how the witness knows what the cited passages say; the grade is the source's reliability (A to F), where the team has graded it. "
                + "The terms are what the witness agreed to: information only (art. 54(3)(e)), of which this annex gives only the summary, never the words or the transcript; or evidence; and whether the Office may ask to meet the witness through the sender."
        return Section(
            id: "annex-testimonies", title: "Annex C: Interviews cited",
            blocks: [
                .unnumberedParagraph(Text(intro)),
                .table(
                    Table(
                        caption: nil,
                        header: ["Interview", "Witness", "Date", "Place", "Language", "Summary", "Basis", "Grade", "Terms"],
                        rows: testimonies.map { t in
                            [
                                Text(t.id.description), Text("\(t.witness) (\(t.pseudonym))"), Text(t.date),
                                Text(t.place ?? "not recorded"), Text(t.language ?? "not recorded"),
                                Text(t.summary ?? "no summary recorded"),
                                Text(t.bases.isEmpty ? "not stated" : t.bases.joined(separator: ", ")),
                                Text(t.reliability.map { "\($0.rawValue) (\($0.meaning))" } ?? "not graded"),
                                Text(
                                    (t.leadOnly ? "information only (art. 54(3)(e)): summary only" : "evidence")
                                        + (t.contact ? "; contact through the sender" : "")),
                            ]
                        })),
            ], subsections: [], isAnnex: true)
    }
}
