/// The proof matrix as a lawyer reads it: allegation by allegation, element by element.
public enum ProofMatrixText {
    public static func render(_ matrix: ProofMatrix) -> String {
        guard !matrix.allegations.isEmpty else {
            return "No allegations match. Link a source to an incident and a crime with 'casebook link' or 'casebook allege'."
        }
        var lines: [String] = []
        for allegation in matrix.allegations {
            lines.append(
                "\(allegation.id)  \(allegation.crimeName) (\(allegation.article)) — \(allegation.incident) \(allegation.incidentTitle), \(allegation.incidentDate)"
            )
            for element in allegation.elements {
                let mark = element.isGap ? "GAP" : "ok "
                lines.append("  [\(mark)] \(element.key)  \(element.text)")
                lines.append("        \(element.citation)")
                for source in element.sources { lines.append("        ← \(describe(source))") }
            }
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
                    let mark = attribution.isGap ? "GAP" : "ok "
                    lines.append("  [\(mark)] \(attribution.actor) \(attribution.actorName) — \(modes)")
                    if attribution.isGap { lines.append("        no linkage evidence cited") }
                    for source in attribution.linkageSources { lines.append("        ← \(describe(source))") }
                }
            }
            lines.append("  Gaps: \(allegation.gapCount)")
            lines.append("")
        }
        let gaps = matrix.gapCount
        lines.append(
            gaps == 0
                ? "\(matrix.allegations.count) allegation(s); every element and attribution has a source."
                : "\(matrix.allegations.count) allegation(s); \(gaps) gap(s) in proof.")
        return lines.joined(separator: "\n")
    }

    static func describe(_ source: CitedSource) -> String {
        var text = "\(source.source) \(source.label)"
        if let pinpoint = source.pinpoint { text += ", \(pinpoint)" }
        if let note = source.note { text += " — \(note)" }
        return text
    }
}
