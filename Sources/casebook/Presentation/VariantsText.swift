import CasebookCore
import CasebookModel
import CasebookProtection
import CasebookStore

/// `witness variants` for people: each field, and under it the spellings the scan looks for,
/// grouped by why it looks for them.
extension RecordsText {
    static func variants(_ report: IdentityVariants) -> String {
        var lines = [
            "The leak scan stops any export that contains one of these spellings of \(report.id) \(report.pseudonym)'s identity."
        ]
        lines.append(
            "It ignores capitals, accents, spaces, hyphens, line breaks and look-alike letters; Hangul also matches with particles (는, 가, 의, 씨 …) and with spaces between syllables."
        )
        guard !report.fields.isEmpty else {
            return lines[0] + "\nNo identity is recorded for this witness, so there is nothing to look for."
        }
        for field in report.fields {
            lines.append("")
            lines.append(field.label.prefix(1).uppercased() + field.label.dropFirst())
            for kind in [
                NameVariant.Kind.asEntered, .otherOrder, .otherKorea, .givenNameFirst, .givenNameWithTitle, .romanised,
                .romanisedFamilyLast, .otherForm,
            ] {
                let texts = field.variants.filter { $0.kind == kind }.map(\.text)
                guard !texts.isEmpty else { continue }
                lines.append("  \(heading(kind)) (\(texts.count)):")
                lines.append(contentsOf: wrapped(texts, width: 96).map { "    " + $0 })
            }
        }
        return lines.joined(separator: "\n")
    }

    private static func heading(_ kind: NameVariant.Kind) -> String {
        switch kind {
        case .asEntered: "as recorded"
        case .otherOrder: "in another order"
        case .otherKorea: "in the other Korea's spelling"
        case .romanised: "romanised, family name first"
        case .romanisedFamilyLast: "romanised, family name last"
        case .otherForm: "in other written forms (whole words only)"
        case .givenNameFirst: "given name first (with a space)"
        case .givenNameWithTitle: "given name with 씨"
        }
    }

    /// Items joined with ", " into lines no wider than `width`.
    private static func wrapped(_ items: [String], width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for item in items {
            let addition = current.isEmpty ? item : ", " + item
            if !current.isEmpty, current.count + addition.count > width {
                lines.append(current + ",")
                current = item
            } else {
                current += addition
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
