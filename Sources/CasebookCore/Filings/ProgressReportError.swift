import CasebookModel
import CasebookStore

/// Why a progress report could not be built.
public enum ProgressReportError: CasebookFailure, Equatable {
    /// The register holds no recommendation (of that source).
    case emptyRegister(source: String?, known: [String])

    public var category: FailureCategory { .badInput }

    public var description: String {
        switch self {
        case .emptyRegister(nil, _):
            "The register holds no recommendation yet: add or import them first."
        case .emptyRegister(let source?, let known):
            "The register holds no recommendation from \"\(source)\""
                + (known.isEmpty ? "." : "; its sources are: " + known.map { "\"\($0)\"" }.joined(separator: ", ") + ".")
        }
    }
}
