import CasebookCore
import CasebookDocuments
import CasebookModel

/// A template the team edited and broke is their input to fix (exit 2); a file that cannot be
/// packaged is a failure of the machine (exit 3).
extension DocumentError: CasebookFailure {
    public var category: FailureCategory {
        switch self {
        case .packagingFailed: .environment
        default: .badInput
        }
    }
}

/// A file `upr count` cannot read is the user's input to fix (exit 2).
extension WordCountError: CasebookFailure {
    public var category: FailureCategory { .badInput }
}
