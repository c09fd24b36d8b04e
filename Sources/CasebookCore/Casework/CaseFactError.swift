import CasebookModel
import CasebookStore

/// A case fact that cannot be set as asked. Nothing is written when one is thrown.
public enum CaseFactError: CasebookFailure, Equatable {
    /// A name that is no case fact; `suggestions` are the closest known ones.
    case unknownField(String, suggestions: [String])
    /// Both a value and `--file`, or neither.
    case valueOrFile(CaseFact)
    /// The file given with `--file` could not be read.
    case fileUnreadable(path: String, reason: String)
    /// The file given with `--file` is not UTF-8 text.
    case fileNotUTF8(path: String)

    public var category: FailureCategory { .badInput }

    public var description: String {
        switch self {
        case .unknownField(let name, let suggestions):
            return "\(Self.notAFact(name, suggestions: suggestions))."
        case .valueOrFile(let fact):
            return "Give the \(fact.label) either as a value or from a file, not both and not neither. Nothing was changed."
        case .fileUnreadable(let path, let reason):
            return "The file \(path) could not be read (\(reason)); nothing was changed."
        case .fileNotUTF8(let path):
            return "The file \(path) is not UTF-8 text; save it as UTF-8 (plain text) and try again. Nothing was changed."
        }
    }

    /// "'x' is not a case fact. Did you mean y? The case facts are: …", without the full stop.
    package static func notAFact(_ name: String, suggestions: [String]) -> String {
        let guess = suggestions.isEmpty ? "" : " Did you mean \(suggestions.joined(separator: " or "))?"
        return "'\(name)' is not a case fact.\(guess) The case facts are: \(CaseFact.allCases.map(\.key).joined(separator: ", "))"
    }
}
