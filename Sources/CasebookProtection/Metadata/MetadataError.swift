import CasebookModel

/// A file's metadata that stops an export, or a copy without metadata that cannot be made.
public enum MetadataError: CasebookFailure, Equatable {
    /// A metadata field of an item about to leave the case names a witness. Carries the field's
    /// name, never its value; `inBag` when the export is a bag (which can carry the item under seal).
    case leak(item: RecordID, name: String, field: String, witness: RecordID, identity: IdentityField, inBag: Bool)
    /// `strip-metadata` of a file that carries no metadata Casebook reads.
    case nothingToStrip(RecordID, format: String?)
    /// `strip-metadata` of a format Casebook reads but cannot yet rewrite (TIFF, PDF), or does not read at all.
    case cannotStrip(RecordID, format: String?)
    /// The stripped copy still carried metadata when read back; nothing was kept.
    case stripIncomplete(RecordID, remaining: [String])
    /// The file is damaged where the metadata would be removed, so no faithful copy can be made.
    case damaged(RecordID, format: String)

    public var category: FailureCategory {
        switch self {
        case .leak: .checkFailed
        case .stripIncomplete: .environment
        default: .badInput
        }
    }

    public var description: String {
        switch self {
        case .leak(let item, let name, let field, let witness, let identity, let inBag):
            "Stopped: the \(field) metadata of evidence item \(item) (\(name)) contains the protected \(identity.label) of \(witness). Nothing was written. "
                + (inBag
                    ? "Export a copy of \(item) without its metadata instead, or, for a bag meant for a court under seal, include \(item) with its identifying text, which is recorded in the custody log."
                    : "The JSON export carries the metadata of every item, so a copy without it does not help here. If the file stays within the team, allow \(witness):\(identity.rawValue) for it, which is recorded in the custody log.")
        case .nothingToStrip(let item, let format):
            "\(item) carries no metadata that Casebook reads\(format.map { " (it is \(Self.article($0)) \($0))" } ?? ""), so a copy without it would be the same file. Nothing was written."
        case .cannotStrip(let item, let format?) where format == "TIFF image":
            "Casebook cannot yet remove metadata from a TIFF image such as \(item). Nothing was written. Convert it on an offline computer to PNG (which Casebook can strip), add the converted file as evidence naming \(item) as its source, and strip that; or give the original only to a court under seal."
        case .cannotStrip(let item, let format?) where format == "PDF document":
            "Casebook cannot yet remove metadata from a PDF document such as \(item). Nothing was written. Clear its document properties with a PDF tool on an offline computer (or print it to a new PDF), add the cleaned file as evidence naming \(item) as its source, and check that Casebook lists no metadata for it; or give the original only to a court under seal."
        case .cannotStrip(let item, let format):
            "Casebook cannot remove metadata from \(item)\(format.map { " (\(Self.article($0)) \($0))" } ?? ""): it strips JPEG and PNG images and Word, Excel and PowerPoint files. Nothing was written."
        case .stripIncomplete(let item, let remaining):
            "The copy of \(item) without metadata still carried \(remaining.joined(separator: ", ")) when read back, so it was not kept. Nothing was written. Please report this."
        case .damaged(let item, let format):
            "\(item) is a damaged \(format), read only in part: its metadata cannot be removed without risking the image or document itself. Nothing was written."
        }
    }

    /// "a" or "an" before a format's name.
    static func article(_ word: String) -> String {
        "AEIOU".contains(word.first ?? "x") ? "an" : "a"
    }
}
