import CasebookModel
import CasebookStore
import Foundation

/// A date in the database that Casebook itself would never have stored: the record was changed
/// outside Casebook (with sqlite3, say). Named with its record, so the team knows what to correct,
/// rather than reported as if the user had just typed it.
public enum StoredDateError: CasebookFailure, Equatable {
    public var category: FailureCategory { .environment }

    case unreadable(record: RecordID, value: String)

    public var description: String {
        switch self {
        case .unreadable(let record, let value):
            "The date stored for \(record), \"\(value)\", is not a date Casebook wrote: the record was changed outside Casebook. "
                + "Correct the date of \(record) (YYYY-MM-DD), then verify the case."
        }
    }
}
