import CasebookCore
import CasebookModel
import CasebookProtection

/// The sentences about evidence metadata that name a command to run.
enum MetadataWords {
    /// What `strip-metadata` did, for people.
    static func stripped(_ summary: MetadataStripSummary) -> String {
        """
        Wrote \(TerminalText.escaped(summary.file, keepingLineBreaks: false)) without its metadata, and added it as \(summary.copy), a copy of \(summary.original).
        Original \(summary.original): sha256 \(summary.originalSha256)
        Copy \(summary.copy):     sha256 \(summary.copySha256)
        Removed: \(summary.fieldsRemoved.joined(separator: ", "))
        """
    }

    /// A warning per exported item whose metadata gives a GPS position or names a person.
    static func warnings(_ notices: [MetadataNotice]?, what: String) -> [String] {
        (notices ?? []).map { notice in
            var parts: [String] = []
            if !notice.gpsFields.isEmpty { parts.append("a GPS position (\(notice.gpsFields.joined(separator: ", ")))") }
            if !notice.personFields.isEmpty { parts.append("a person's name (\(notice.personFields.joined(separator: ", ")))") }
            let remedy =
                notice.canStrip
                ? "To share it without, run 'casebook evidence strip-metadata \(notice.item)' and export the copy instead."
                : "Casebook cannot remove metadata from this format yet ('casebook evidence strip-metadata \(notice.item)' says what to do)."
            return
                "warning: \(notice.item) (\(notice.name)) went into \(what) with its metadata, which gives \(parts.joined(separator: " and ")). \(remedy)"
        }
    }

    /// A metadata error in the command line's words, or nil to print its own sentence.
    static func failure(_ error: MetadataError) -> String? {
        switch error {
        case .leak(let item, let name, let field, let witness, let identity, let inBag):
            "Stopped: the \(field) metadata of evidence item \(item) (\(name)) contains the protected \(identity.label) of \(witness). Nothing was written. "
                + (inBag
                    ? "Export a copy without its metadata instead ('casebook evidence strip-metadata \(item)'), or, for a bag meant for a court under seal, add --include-identifying \(item), which is recorded in the custody log."
                    : "The JSON export carries the metadata of every item, so a copy without it does not help here. If the file stays within the team, add --allow \(witness):\(identity.rawValue), which is recorded in the custody log.")
        case .cannotStrip(let item, "PDF document"):
            "Casebook cannot yet remove metadata from a PDF document such as \(item). Nothing was written. Clear its document properties with a PDF tool on an offline computer (or print it to a new PDF), add the cleaned file with 'casebook evidence add FILE --derived-from \(item)' (so that it keeps the witness's consent), and check it with 'casebook evidence show'; or give the original only to a court under seal."
        case .cannotStrip(let item, "TIFF image"):
            "Casebook cannot yet remove metadata from a TIFF image such as \(item). Nothing was written. Convert it on an offline computer to PNG, add the converted file with 'casebook evidence add FILE --derived-from \(item)', and run 'casebook evidence strip-metadata' on it; or give the original only to a court under seal."
        default:
            nil
        }
    }
}
