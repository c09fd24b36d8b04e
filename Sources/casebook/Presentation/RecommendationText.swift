import CasebookCore
import CasebookModel
import CasebookStore

/// The recommendations register and the team's recommendations as printed for people.
enum RecommendationText {
    /// "Added R-3: 126.45 (Chile), A/HRC/42/10." or "Updated R-3 …" or "R-3 … was already in the register as given."
    static func saved(_ saved: SavedRecommendation) -> String {
        let r = saved.recommendation
        switch saved.outcome {
        case .added: return "Added \(r.id): \(r.citation)."
        case .updated:
            return
                "Updated \(r.id): \(r.citation) was already in the register (same source and number); changed: \(saved.changed.joined(separator: ", "))."
        case .unchanged: return "\(r.id): \(r.citation) is already in the register exactly as given; nothing was changed."
        }
    }

    static func list(_ recommendations: [Recommendation]) -> String {
        guard !recommendations.isEmpty else {
            return
                "No recommendations match. Add one with 'casebook recommendation add' or import a register with 'casebook recommendation import FILE.csv'."
        }
        return TextTable(
            headers: ["Id", "Recommendation", "Response", "Themes", "Assessed"],
            rows: recommendations.map {
                [
                    $0.id.description, $0.citation, response($0.response), $0.themes.joined(separator: ", "),
                    $0.latestAssessment.map { "\($0.status.rawValue) (\($0.date))" } ?? "not yet",
                ]
            }
        ).render(maxCellWidth: 50)
    }

    static func show(_ r: Recommendation) -> String {
        var fields = FieldList()
        fields.add("Recommendation", "\(r.id) \(r.citation)")
        fields.add("Source", r.source)
        fields.add("Number", r.number)
        fields.add("Recommended by", r.state)
        fields.add(
            "Made to",
            r.stateUnderReview.map { code in
                (CountryCodes.name(of: code).map { "\($0) (\(code))" } ?? code) + (r.cycle.map { ", UPR cycle \($0)" } ?? "")
            } ?? "not recorded (add the recommendation again with the State under review)")
        fields.add("Made on", r.madeOn ?? "not recorded")
        fields.add("Response", response(r.response))
        fields.add("Themes", r.themes.joined(separator: ", "))
        fields.add("Note", r.note)
        fields.add("Text", r.text)
        var lines = [fields.render(), ""]
        if r.assessments.isEmpty {
            lines.append("Not assessed yet. Assess it with 'casebook recommendation assess \(r.id) --status S --cite T-n,E-n,I-n'.")
        } else {
            lines.append("Assessments (oldest first; the last is the current one):")
            for a in r.assessments {
                lines.append("  \(a.date)  \(a.status.rawValue)  by \(a.handler)")
                if let note = a.note { lines.append("    \(TerminalText.escaped(note, keepingLineBreaks: false))") }
                let evidence = a.sources.filter { !$0.background }
                let background = a.sources.filter(\.background)
                lines.append(
                    evidence.isEmpty
                        ? "    cites no evidence"
                        : "    cites: "
                            + evidence.map { "\($0.id) (\(TerminalText.escaped($0.label, keepingLineBreaks: false)))" }.joined(
                                separator: "; "))
                if !background.isEmpty {
                    lines.append(
                        "    background (older than the recommendation): "
                            + background.map { "\($0.id) (\(TerminalText.escaped($0.label, keepingLineBreaks: false)))" }.joined(
                                separator: "; "))
                }
            }
        }
        if !r.changes.isEmpty {
            lines.append("")
            lines.append("Changes (a later add or import of the same source and number):")
            for change in r.changes {
                let sentence = FieldChange(
                    field: change.field, label: change.label, old: change.old, new: change.new, sealed: false
                ).sentence
                lines.append("  \(change.time)  by \(change.handler): \(sentence)")
            }
        }
        return lines.joined(separator: "\n")
    }

    /// The response in words; "none (not a UPR response)" when there is none.
    static func response(_ response: RecommendationResponse?) -> String {
        response?.rawValue ?? "none recorded"
    }

    /// The stored recommendation and what its SMART check found.
    static func ours(_ r: OurRecommendation) -> String {
        var lines = ["Stored \(r.id) (theme: \(r.theme))\(r.followsCitation.map { ", \($0)" } ?? "")."]
        lines.append(contentsOf: smart(r.smart))
        return lines.joined(separator: "\n")
    }

    static func smart(_ check: SMARTCheck) -> [String] {
        if check.isSMART {
            return [
                "SMART check: it starts with an action verb, names an institution, law or instrument, and has a measurable output or deadline."
            ]
        }
        return [
            "SMART check: \(check.findings.count) part\(check.findings.count == 1 ? "" : "s") missing (it is stored all the same):"
        ]
            + check.findings.map { "  - \($0)" }
    }

    static func oursList(_ list: [OurRecommendation]) -> String {
        guard !list.isEmpty else {
            return "No recommendations of ours yet. Write one with 'casebook upr recommend --text T --theme T'."
        }
        return TextTable(
            headers: ["Id", "Theme", "Follows", "SMART", "Text"],
            rows: list.map {
                [
                    $0.id, $0.theme, $0.follows?.description ?? "", $0.smart.isSMART ? "yes" : "\($0.smart.findings.count) missing",
                    $0.text,
                ]
            }
        ).render(maxCellWidth: 60)
    }
}
