import CasebookCore
import CasebookModel

/// The proof matrix as one picture: for each crime, a grid of its allegations (rows) by the
/// elements they must prove (columns), each cell coloured by where the element stands against the
/// standard of proof, with its counts; the sources in the cell's tooltip and, by the cell's
/// number, in a list under the grid, so the printed page says as much as the screen.
struct ProofMatrixPage {
    let matrix: ProofMatrix
    let caseTitle: String
    /// The filters the matrix was built with, in words ("murder only"), nil for the whole case.
    let scope: String?

    /// Every text the page shows, for the leak scan, gathered as the context is built.
    private(set) var texts: [(place: String, text: String)] = []

    init(matrix: ProofMatrix, caseTitle: String, scope: String?) {
        self.matrix = matrix
        self.caseTitle = caseTitle
        self.scope = scope
    }

    /// The template's context; fills `texts`.
    mutating func context() -> [String: Any] {
        texts = [("the case title", caseTitle)]
        let byCrime = Dictionary(grouping: matrix.allegations, by: \.crime)
        var legendNumber = 0
        var groups: [[String: Any]] = []
        for crime in RomeStatute.crimes {
            guard let allegations = byCrime[crime.key] else { continue }
            var columns: [(key: String, text: String)] = []
            for allegation in allegations {
                for element in allegation.elements where !columns.contains(where: { $0.key == element.key }) {
                    columns.append((element.key, element.text))
                }
            }
            var rows: [[String: Any]] = []
            var legend: [[String: Any]] = []
            for allegation in allegations {
                texts.append(("the matrix row of \(allegation.id)", allegation.incidentTitle))
                let everySource =
                    allegation.elements.flatMap(\.sources) + allegation.generalSources
                    + allegation.attributions.flatMap { $0.linkageSources + $0.elements.flatMap(\.sources) }
                for source in everySource {
                    texts.append(("a source in the matrix", Self.describe(source)))
                    if let withdrawn = source.retraction {
                        texts.append(("a withdrawal in the matrix", withdrawn.reason))
                        texts.append(("a withdrawn passage in the matrix", withdrawn.passage))
                    }
                }
                for attribution in allegation.attributions {
                    texts.append(("an attribution in the matrix", attribution.actorName))
                }
                let cells = columns.map { column -> [String: Any] in
                    guard let element = allegation.elements.first(where: { $0.key == column.key }) else {
                        return Self.cell(status: "absent", word: "—", counts: "", tip: "Not an element of this allegation.")
                    }
                    var cell = self.cell(for: element)
                    if !element.sources.isEmpty {
                        legendNumber += 1
                        cell["hasRef"] = true
                        cell["ref"] = String(legendNumber)
                        legend.append(legendEntry(legendNumber, allegation: allegation.id, element: element))
                    }
                    return cell
                }
                let liability = liabilityCell(allegation)
                rows.append([
                    "id": allegation.id.description, "incident": allegation.incident.description,
                    "incidentTitle": allegation.incidentTitle, "date": allegation.incidentDate, "cells": cells,
                    "liabilityStatus": liability.status, "liabilityWord": liability.word, "liabilityText": liability.text,
                    "liabilityTip": liability.tip,
                ])
                if !allegation.attributions.isEmpty {
                    legendNumber += 1
                    rows[rows.count - 1]["hasLiabilityRef"] = true
                    rows[rows.count - 1]["liabilityRef"] = String(legendNumber)
                    legend.append([
                        "number": legendNumber, "allegation": allegation.id.description, "element": "attributions",
                        "sources": [["text": liability.tip, "isWithdrawn": false, "withdrawal": "", "isLast": true]],
                        "hasShortfall": false, "shortfall": "",
                    ])
                } else {
                    rows[rows.count - 1]["hasLiabilityRef"] = false
                    rows[rows.count - 1]["liabilityRef"] = ""
                }
            }
            groups.append([
                "crimeName": crime.name, "article": crime.article,
                "columns": columns.map { ["key": $0.key, "text": $0.text] }, "rows": rows, "legend": legend,
                "elements": columns.map { ["key": $0.key, "text": $0.text] },
            ])
        }
        let weighing = matrix.weighing
        return [
            "caseTitle": caseTitle, "hasScope": scope != nil, "scope": scope ?? "",
            "standardLine": WeighingWords.rule(matrix.rule),
            "weighingLine":
                "Of the \(weighing.meets + weighing.insufficient + weighing.inferred + weighing.gaps) elements (of the crimes and of the modes of liability), "
                + "\(weighing.meets) meet the standard, \(weighing.insufficient) fall short of it, "
                + (weighing.inferred > 0 ? "\(weighing.inferred) are argued with no source (alleged by inference), " : "")
                + "\(weighing.gaps) have no source; "
                + "\(weighing.singleGroup) rest on one independent source and \(weighing.hearsayOnly) on hearsay alone.",
            "groups": groups,
            "footer":
                "A working document of the team, drawn by Casebook from the case's records: it names internal record ids "
                + "and is not for filing.",
        ]
    }

    static func cell(status: String, word: String, counts: String, tip: String) -> [String: Any] {
        ["status": status, "word": word, "counts": counts, "tip": tip, "hasRef": false, "ref": ""]
    }

    /// An element's cell: its status, counts and, in the tooltip, its sources.
    private func cell(for element: ElementProof) -> [String: Any] {
        var tip = element.sources.map { Self.describe($0) }.joined(separator: "\n")
        guard let weight = element.corroboration else {
            return Self.cell(status: "not-required", word: "n/a", counts: "", tip: element.notRequired ?? "Need not be proved.")
        }
        if let shortfall = weight.shortfall { tip += (tip.isEmpty ? "" : "\n") + "Lacking: \(shortfall)" }
        for unmet in element.unmet { tip += (tip.isEmpty ? "" : "\n") + "Needs: \(unmet)" }
        let counts =
            "\(weight.sources) src, \(weight.groups.count) ind., \(weight.firstHandGroups) f-h"
            + (weight.bestReliability == nil && weight.bestCredibility == nil
                ? "" : "; \(WeighingWords.grades(weight.bestReliability, weight.bestCredibility))")
        if let argument = element.argument, element.isGap {
            // Argued with no source: alleged by inference, as the text matrix marks it [arg].
            tip += (tip.isEmpty ? "" : "\n") + "Argued (alleged by inference): \(argument)"
            return Self.cell(status: "argued", word: "argued", counts: weight.sources > 0 ? counts : "", tip: tip)
        }
        if element.isGap {
            return Self.cell(
                status: "gap", word: "gap", counts: weight.sources > 0 ? counts : "", tip: tip.isEmpty ? "No source." : tip)
        }
        return weight.status == .meets
            ? Self.cell(status: "meets", word: "meets", counts: counts, tip: tip)
            : Self.cell(status: "insufficient", word: "short", counts: counts, tip: tip)
    }

    /// The attributions' column: how many actors, and whether any lacks linkage evidence or an element.
    private func liabilityCell(_ allegation: AllegationProof) -> (status: String, word: String, text: String, tip: String) {
        let attributions = allegation.attributions
        guard !attributions.isEmpty else { return ("gap", "none", "", "Attributed to no one yet.") }
        let tip = attributions.map { a in
            let missing = a.elements.filter(\.isGap).map(\.key)
            return "\(a.actor) \(a.actorName): \(a.modes.map(\.name).joined(separator: ", "))"
                + (a.isGap ? ", no linkage evidence" : ", linkage evidence cited")
                + (missing.isEmpty ? "" : "; no source yet for \(missing.joined(separator: ", "))")
        }.joined(separator: "; ")
        let text = "\(attributions.count) actor\(attributions.count == 1 ? "" : "s")"
        let unsourced = attributions.filter { $0.isGap || !$0.elements.contains { !$0.isGap } }.count
        let incomplete = attributions.filter { $0.isGap || $0.hasElementGaps }.count
        if unsourced > 0 { return ("gap", "gap", text, tip) }
        return incomplete == 0 ? ("meets", "sourced", text, tip) : ("insufficient", "incomplete", text, tip)
    }

    private func legendEntry(_ number: Int, allegation: RecordID, element: ElementProof) -> [String: Any] {
        let sources = element.sources.enumerated().map { index, source -> [String: Any] in
            [
                "text": Self.describe(source, markingWithdrawal: false), "isWithdrawn": source.retraction != nil,
                "withdrawal": source.retraction.map { "\($0.passage), \($0.reason)" } ?? "",
                "isLast": index == element.sources.count - 1,
            ]
        }
        let shortfall = element.corroboration?.shortfall
        return [
            "number": number, "allegation": allegation.description, "element": element.key, "sources": sources,
            "hasShortfall": shortfall != nil, "shortfall": shortfall ?? "",
        ]
    }

    /// "T-1 testimony of Witness 04, 2013-01-01, p. 1, para. 2 [first-hand; C2] — first-hand account".
    static func describe(_ source: CitedSource, markingWithdrawal: Bool = true) -> String {
        var text = "\(source.source) \(source.label)"
        if let pinpoint = source.pinpoint { text += ", \(pinpoint)" }
        if let extract = source.extract { text += ": \u{2018}\(extract)\u{2019}" }
        let basis = source.basis ?? (source.source.kind == .testimony ? "basis not stated" : nil)
        text +=
            " ["
            + ([basis, WeighingWords.grades(source.reliability, source.credibility)].compactMap { $0 })
            .joined(separator: "; ") + "]"
        if let note = source.note { text += " — \(note)" }
        if markingWithdrawal && source.retraction != nil { text += " (withdrawn by the witness)" }
        return text
    }
}
