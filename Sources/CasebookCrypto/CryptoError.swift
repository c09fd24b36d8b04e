/// A failure inside the cryptographic primitives, before any case-level meaning is attached.
///
/// It is its own type because this module sits below every other one and cannot know the
/// case's error vocabulary; `CasebookModel` makes it a `CasebookFailure`, and the core turns
/// it into an `IntegrityError` where it adds context. Its descriptions are the sentences users
/// already see, so moving the primitives here changed no message.
public enum CryptoError: Error, Equatable, Sendable, CustomStringConvertible {
    /// OpenSSL refused an operation; `detail` is its own explanation.
    case openSSL(operation: String, detail: String)
    /// A key that is not an Ed25519 key in PEM form.
    case badKey(String)
    /// A timestamp request or reply that cannot be used.
    case badTimestamp(String)

    public var description: String {
        switch self {
        case .openSSL(let operation, let detail):
            "OpenSSL could not \(operation) (\(detail)). Check that libcrypto 3 is installed correctly."
        case .badKey(let detail):
            "The signing key cannot be used: \(detail)."
        case .badTimestamp(let detail):
            "The timestamp cannot be used: \(detail). Nothing was stored."
        }
    }
}
