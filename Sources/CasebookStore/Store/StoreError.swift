import CasebookModel
import GRDB

/// The case database could not be read or written for a reason outside the user's input.
public enum StoreError: CasebookFailure {
    /// SQLite or the file system failed; `doing` says what Casebook was trying to do.
    case databaseFailure(doing: String, detail: String)
    /// Another command kept the database locked for longer than Casebook waits.
    case busy(doing: String)

    public var category: FailureCategory { .environment }

    public var description: String {
        switch self {
        case .databaseFailure(let doing, let detail):
            "Casebook could not \(doing): \(detail). Check that the workspace folder is writable and not on a full disk, then try again."
        case .busy(let doing):
            "Casebook could not \(doing): another Casebook command kept the case database busy for over 30 seconds. Try again when it has finished."
        }
    }

    /// Wraps any lower-level error with what Casebook was doing when it happened.
    package static func wrap(_ error: any Error, doing: String) -> StoreError {
        if let error = error as? DatabaseError, error.resultCode == .SQLITE_BUSY {
            return .busy(doing: doing)
        }
        if let error = error as? DatabaseError {
            return .databaseFailure(doing: doing, detail: error.message ?? "SQLite error \(error.resultCode.rawValue)")
        }
        return .databaseFailure(doing: doing, detail: String(describing: error))
    }
}
