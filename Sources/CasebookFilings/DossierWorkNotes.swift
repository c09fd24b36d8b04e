import CasebookCore
import CasebookDocuments
import CasebookModel

/// The team's work notes on a filed dossier, written beside it and never into it: every element
/// without a source, every point of law to answer, every attribution without linkage evidence and
/// every incident that rests on nothing citable. The filing says what is alleged and on what
/// basis; this says what is missing.
extension DossierDocument {
    public static func workNotes(from d: Dossier) -> Document {
        var gaps: [[Text]] = []
        for attack in d.context.attacks {
            for e in attack.elements where !e.gaps.isEmpty {
                gaps.append([Text("\(attack.title) (\(attack.id))"), Text("Element \(e.number): \(e.text)"), Text("no source yet")])
            }
        }
        for crime in d.crimes {
            for e in crime.elements where !e.gaps.isEmpty {
                gaps.append([Text(crime.name), Text("Element \(e.number): \(e.text)"), Text("no source yet for \(ids(e.gaps))")])
            }
        }
        var liability: [[Text]] = []
        var points: [[Text]] = []
        for crime in d.crimes {
            for allegation in crime.allegations {
                points += allegation.cautions.map { [Text(allegation.id.description), Text($0)] }
            }
        }
        for p in d.perpetrators {
            for a in p.attributions {
                let who = Text("\(p.name) (\(p.id)), \(a.allegation)")
                if a.linkage.isEmpty && a.withheldLinkage == 0 {
                    liability.append([who, Text("linkage evidence"), Text("no source yet")])
                }
                for e in a.elements where !e.gaps.isEmpty {
                    liability.append([who, Text("Element \(e.number): \(e.text)"), Text("no source yet")])
                }
                points += a.cautions.map { [who, Text($0)] }
            }
        }
        let unsourced = d.facts.groups.flatMap(\.incidents).filter { $0.sources.isEmpty && $0.withheld == 0 }
        func table(_ caption: String, _ header: [String], _ rows: [[Text]], empty: String) -> Block {
            rows.isEmpty ? .paragraph(Text(empty)) : .table(Table(caption: caption, header: header, rows: rows))
        }
        let sections = [
            Section(
                id: "work-notes", title: "What the filing leaves out",
                blocks: [
                    .paragraph(
                        Text(
                            "Internal work notes for the team, written beside the filed dossier of \(d.cover.date) and never part of it: "
                                + "the filing says only what is alleged and on what basis. Each item below is left out of the filing until "
                                + "a source, an argument ('casebook argue') or an answer is recorded.")),
                    table(
                        "Elements with no source yet", ["Crime or attack", "Element", "Where"], gaps,
                        empty: "Every element set out has a source or an argument."),
                    table(
                        "Liability with no source yet", ["Actor and allegation", "What", "Where"], liability,
                        empty: "Every attribution has linkage evidence and every element of its modes a source."),
                    table(
                        "Points of law to answer before filing", ["Record", "Point"], points, empty: "No point of law is open."),
                    d.identificationRisks.isEmpty
                        ? .paragraph("No interview's date and place are printed beside a victim group of fewer than five people.")
                        : .table(
                            Table(
                                caption: "Details that together may identify a witness", header: ["Risk"],
                                rows: d.identificationRisks.map { [Text($0)] })),
                    unsourced.isEmpty
                        ? .paragraph(
                            "Every incident told in the statement of facts has a source, cited or withheld for the witnesses' protection."
                        )
                        : .paragraph(
                            Text(
                                "Incidents told in the statement of facts with no source cited: "
                                    + unsourced.map(\.id.description).joined(separator: ", ") + ".")),
                ], subsections: [], isAnnex: false)
        ]
        return Document(
            kind: .workNotes, title: "Work notes (internal): \(d.cover.title)",
            cover: Cover(lines: [
                CoverLine(label: "Not for filing", value: "the team's own notes on the dossier of \(d.cover.date)")
            ]),
            sections: sections, noteStyle: .footnotes, numberedParagraphs: false)
    }
}
