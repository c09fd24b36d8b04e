import CasebookModel
import CasebookStore

/// Evidence input that cannot be accepted.
public enum EvidenceError: CasebookFailure, Equatable {
    /// `evidence add` with no file.
    case noFiles
    /// A named path that cannot be ingested; nothing was written.
    case cannotUse(String, reason: String)
    /// A folder named without asking for the files inside it.
    case folderNotRecursive(String)
    /// A file that changed while it was being read; it was not stored.
    case changedWhileReading(String)
    /// An export into a folder that already holds files.
    case outputNotEmpty(String)
    /// A file to write that already exists.
    case outputExists(String)
    /// An acquisition time that is not a date or a UTC timestamp.
    case badAcquisitionTime(String)
    /// Redaction of an item that is not UTF-8 text.
    case notText(RecordID)
    /// An export with nothing to export.
    case noEvidenceToExport
    /// A stored object is missing or no longer matches its record; nothing should leave the case until verify is run.
    case storeDamaged(RecordID)

    public var category: FailureCategory {
        switch self {
        case .storeDamaged: .checkFailed
        default: .badInput
        }
    }

    public var description: String {
        switch self {
        case .noFiles:
            "Name at least one file to add as evidence."
        case .cannotUse(let path, let reason):
            "\(path) cannot be added as evidence: \(reason). Nothing was added."
        case .folderNotRecursive(let path):
            "\(path) cannot be added as evidence: it is a folder; ask for the files inside it to be added. Nothing was added."
        case .changedWhileReading(let path):
            "\(path) changed while it was being read, so no reliable copy could be made; it was not added. Add it again once nothing is writing to it."
        case .outputExists(let path):
            "\(path) already exists; choose a new file name so nothing is overwritten. Nothing was written."
        case .outputNotEmpty(let path):
            "\(path) already holds files; export into a new or empty folder so nothing is mixed in or overwritten."
        case .badAcquisitionTime(let text):
            "'\(text)' is not an acquisition time Casebook understands; write a date (2024-03-01) or a UTC time (2024-03-01T09:30:00Z)."
        case .notText(let id):
            "\(id) is not UTF-8 text (it may be another encoding, such as EUC-KR or UTF-16, or not text at all), so it cannot be redacted here. Convert a transcript to UTF-8 (for example with iconv) and add the converted copy."
        case .noEvidenceToExport:
            "There is no evidence to export yet."
        case .storeDamaged(let id):
            "The stored copy of \(id) is missing or no longer matches its recorded hash, so it was not exported; verify the case and resolve the problem first."
        }
    }
}
