/// A failure to hash, sign, store or verify evidence.
public enum IntegrityError: CasebookFailure, Equatable {
    /// OpenSSL refused an operation; `detail` is its own explanation.
    case openSSL(operation: String, detail: String)

    public var category: FailureCategory {
        switch self {
        case .openSSL: .environment
        }
    }

    public var description: String {
        switch self {
        case .openSSL(let operation, let detail):
            "OpenSSL could not \(operation) (\(detail)). Check that libcrypto 3 is installed correctly."
        }
    }
}
