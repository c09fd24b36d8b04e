/// How a failure should be reported to the person at the terminal.
///
/// The command line maps each category to one exit status (design §9), so scripts
/// can tell "the case has problems" from "you typed something wrong" from "the
/// machine let us down".
public enum FailureCategory: Sendable {
    /// A check ran and found problems (verify, proof gaps with `--strict`, a leak). Exit 1.
    case checkFailed
    /// The user's input or usage was wrong; nothing was written. Exit 2.
    case badInput
    /// Something outside the user's control failed (disk, database, OpenSSL). Exit 3.
    case environment

    /// The process exit status design §9 assigns to this category.
    public var exitStatus: Int32 {
        switch self {
        case .checkFailed: 1
        case .badInput: 2
        case .environment: 3
        }
    }
}

/// An error whose description is one sentence a lawyer can act on.
///
/// Every module's error enum conforms, so the executable can print any of them the
/// same way without knowing where it came from.
public protocol CasebookFailure: Error, CustomStringConvertible {
    /// Whether this is bad input, a failed check, or an environment failure.
    var category: FailureCategory { get }
}
