import CasebookCore
import CasebookModel
import CasebookStore

/// The proof matrix as a lawyer reads it: allegation by allegation, element by element.
///
/// Every text a user typed (titles, names, notes, pinpoints, the targeted group) is escaped onto
/// one line, so a line break inside it cannot forge a line of the matrix.
enum ProofMatrixText {
    /// A user's text made safe for one line of the matrix.
    static func field(_ text: String) -> String { TerminalText.escaped(text, keepingLineBreaks: false) }

    static func render(_ matrix: ProofMatrix) -> String {
        guard !matrix.allegations.isEmpty else {
            return "No allegations match. Link a source to an incident and a crime with 'casebook link' or 'casebook allege'."
        }
        var lines: [String] = []
        for allegation in matrix.allegations { lines += self.lines(of: allegation, actor: matrix.actor) }
        let gaps = matrix.gapCount
        lines.append(
            gaps == 0
                ? "\(matrix.allegations.count) allegation(s); every element and attribution has a source."
                : "\(matrix.allegations.count) allegation(s); \(gaps) gap(s) in proof.")
        let liability = matrix.liabilityGapCount
        if liability > 0 {
            lines.append("\(liability) element(s) of the modes of liability or of an actor's knowledge are not proved yet.")
        }
        lines.append("Weighed against \(GradeWords.rule(matrix.rule)).")
        lines.append("Elements: \(GradeWords.weighing(matrix.weighing)). [low] marks an element whose sources fall short.")
        if let actor = matrix.actor {
            lines.append("Gaps counted for \(actor)'s attributions only (other actors are shown, not counted).")
        }
        return lines.joined(separator: "\n")
    }

    static func render(_ element: ElementProof, indent: String) -> [String] {
        let mark =
            element.notRequired != nil && element.sources.isEmpty
            ? "n/a"
            : element.isInferred
                ? "arg" : element.isGap ? "GAP" : element.corroboration?.status == .insufficient ? "low" : "ok "
        var lines = ["\(indent)[\(mark)] \(element.key)  \(element.text)", "\(indent)      \(element.citation)"]
        if let reason = element.notRequired { lines.append("\(indent)      \(reason)") }
        for source in element.sources { lines.append("\(indent)      ← \(describe(source))") }
        if let argument = element.argument {
            lines.append("\(indent)      argued (alleged by inference where no source states it): \(field(argument))")
        }
        if let weight = element.corroboration, weight.status != .gap || weight.withdrawn > 0 {
            lines.append("\(indent)      weight: \(GradeWords.weight(weight))")
        }
        for related in element.related { lines.append("\(indent)      → \(field(related))") }
        for unmet in element.unmet { lines.append("\(indent)      needs: \(unmet)") }
        return lines
    }

    /// The elements an attempt of the crime replaces ("extermination.1, extermination.2").
    static func replaced(_ crimeKey: String) -> String {
        (try? RomeStatute.crime(crimeKey)).map { AttemptElement.replacedKeys($0).joined(separator: ", ") } ?? "its result"
    }

    /// The allegation's details that the law asks for, one line each.
    static func details(_ allegation: AllegationProof) -> [String] {
        let d = allegation.details
        var lines: [String] = []
        if let attack = allegation.attack {
            lines.append(
                "Attack: \(attack.id) \(field(attack.title))\(attack.unprovedElements.isEmpty ? " (every element has a source)" : "")"
            )
        }
        if d.attempted {
            lines.append(
                "Attempted (art. 25(3)(f)), replacing \(Self.replaced(allegation.crime))\(d.abandonment.map { "; abandonment recorded for the allegation before it was recorded per person: \(field($0))" } ?? "")"
            )
        }
        if d.crime == "deportation" {
            lines.append("State of destination: \(d.destinationState.map(AttackText.destination) ?? "not recorded")")
        }
        if d.crime == "enforced-disappearance" {
            lines.append("Limb pleaded (elements 1–3): \(d.disappearanceLimb.map { "(\($0))" } ?? "not recorded")")
        }
        if d.crime == "persecution" {
            let grounds = d.persecutionGrounds.map(\.rawValue).joined(separator: ", ")
            lines.append("Grounds: \(grounds.isEmpty ? "not recorded" : grounds)")
            lines.append("Targeted group: \(d.targetedGroup.map(field) ?? "not recorded")")
            lines.append("Connected with: \(d.connectedAllegation?.description ?? "not recorded")")
        }
        if d.crimeKeyToReview {
            lines.append("Review: alleged as deportation before deportation and forcible transfer were separated")
        }
        return lines
    }

    /// One allegation's block of the matrix: its elements with their sources, its attributions.
    static func lines(of allegation: AllegationProof, actor: RecordID?) -> [String] {
        var lines: [String] = []
        lines.append(
            "\(allegation.id)  \(allegation.crimeName) (\(allegation.article)) — \(allegation.incident) \(field(allegation.incidentTitle)), \(field(allegation.incidentDate))"
        )
        lines.append(contentsOf: details(allegation).map { "  \($0)" })
        lines.append(contentsOf: allegation.cautions.map { "  Caution: \($0)" })
        for element in allegation.elements { lines.append(contentsOf: render(element, indent: "  ")) }
        if !allegation.generalSources.isEmpty {
            lines.append("  Sources for the allegation as a whole:")
            for source in allegation.generalSources { lines.append("        ← \(describe(source))") }
        }
        if allegation.attributions.isEmpty {
            lines.append("  Attributed to: no one yet")
        } else {
            lines.append("  Attributed to:")
            for attribution in allegation.attributions {
                let modes = attribution.modes.map { "\($0.name), \($0.article)" }.joined(separator: "; ")
                // The header is ok only when the linkage and every element of the modes are proved.
                let mark = attribution.isGap || attribution.hasElementGaps ? "GAP" : "ok "
                lines.append("  [\(mark)] \(attribution.actor) \(field(attribution.actorName)) — \(modes)")
                lines.append(contentsOf: attribution.cautions.map { "        Caution: \($0)" })
                if let abandonment = attribution.abandonment {
                    lines.append("        abandoned the attempt: \(field(abandonment))")
                    lines.append("        \(AttemptElement.abandonmentNote.text) \(RecordingHints.abandonment)")
                }
                if attribution.actorKind == "institution" {
                    lines.append(
                        "        an institution: the Court tries natural persons only (art. 25(1)); name the office holder")
                }
                if attribution.isGap { lines.append("        no linkage evidence cited") }
                if !attribution.isGap && attribution.hasElementGaps {
                    lines.append(
                        "        elements of liability not proved: \(attribution.elements.filter(\.isGap).map(\.key).joined(separator: ", "))"
                    )
                }
                // Sources cited for one of the mode's elements are shown under that element.
                let underElements = attribution.elements.flatMap(\.sources)
                for source in attribution.linkageSources where !underElements.contains(source) {
                    lines.append("        ← \(describe(source))")
                }
                for element in attribution.elements { lines.append(contentsOf: render(element, indent: "      ")) }
            }
        }
        lines.append("  Gaps: \(allegation.gapCount(for: actor))")
        let liabilityGaps = allegation.liabilityGapCount(for: actor)
        if liabilityGaps > 0 { lines.append("  Liability gaps: \(liabilityGaps)") }
        lines.append("")
        return lines
    }

    static func describe(_ source: CitedSource) -> String {
        var text = "\(source.source) \(field(source.label))"
        if let pinpoint = source.pinpoint { text += ", \(field(pinpoint))" }
        if let extract = source.extract { text += ": \u{2018}\(field(extract))\u{2019}" }
        let brackets = GradeWords.citationBrackets(
            source: source.source, basis: source.basis, reliability: source.reliability, credibility: source.credibility)
        text += " [\(brackets)]"
        if let note = source.note { text += " — \(field(note))" }
        guard let withdrawn = source.retraction else { return text }
        return "~~\(text)~~ WITHDRAWN by the witness (\(field(withdrawn.passage)), recorded \(withdrawn.recordedAt.prefix(10))): "
            + "\(field(withdrawn.reason)); not counted"
    }
}
