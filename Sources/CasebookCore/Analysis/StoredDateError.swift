import CasebookModel
import CasebookStore
import Foundation

/// A date in the database that Casebook itself would never have stored: the record was changed
/// outside Casebook (with sqlite3, say). Named with its record, so the team knows what to correct,
/// rather than reported as if the user had just typed it.
public enum StoredDateError: CasebookFailure, Equatable {
    public var category: FailureCategory { .environment }

    case unreadable(record: RecordID, value: String)
    /// A continuing incident's end that is neither `ongoing` nor a date.
    case unreadableEnd(record: RecordID, value: String)
    /// A continuing incident's end before its start.
    case endBeforeStart(record: RecordID, end: String, start: String)
    /// A place of a part that is not `CC[:DATE]` with an assigned code and a date.
    case unreadablePart(record: RecordID, value: String)

    public var description: String {
        switch self {
        case .unreadable(let record, let value):
            "The date stored for \(record), \"\(value)\", is not a date Casebook wrote: the record was changed outside Casebook. "
                + "Correct the date of \(record) (YYYY-MM-DD), then verify the case."
        case .unreadableEnd(let record, let value):
            "The end stored for \(record), \"\(value)\", is neither a date nor 'ongoing': the record was changed outside Casebook. "
                + "Correct the end of \(record), then verify the case."
        case .endBeforeStart(let record, let end, let start):
            "The end stored for \(record), \(end), is before its start, \(start): the record was changed outside Casebook. "
                + "Correct the end or the date of \(record), then verify the case."
        case .unreadablePart(let record, let value):
            "The place of a part stored for \(record), \"\(value)\", is not an assigned country code with an optional date: the record was changed outside Casebook. "
                + "Record the places of the parts of \(record) again, then verify the case."
        }
    }
}
