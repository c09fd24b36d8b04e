import CasebookCrypto
import CasebookModel
import CasebookStore

/// A failure to hash, sign, store or verify evidence.
public enum IntegrityError: CasebookFailure, Equatable {
    /// OpenSSL refused an operation; `detail` is its own explanation.
    case openSSL(operation: String, detail: String)
    /// A key file that is not an Ed25519 key in PEM form.
    case badKey(String)
    /// A file operation failed for a reason outside the user's input (disk full, I/O error).
    case fileFailure(path: String, operation: String, reason: String)
    /// The evidence store's disk (or the process's file size limit) is full.
    case storeFull(String)
    /// A timestamp request or reply that cannot be used.
    case badTimestamp(String)
    /// A timestamp reply file (`anchor import FILE`) that cannot be read.
    case unreadableTimestampReply(path: String, reason: String)
    /// A handler name that cannot be used.
    case badHandler(String)
    /// `key generate` for a handler who already has a key.
    case keyExists(String, path: String)
    /// The handler has a registered key but its private key file is gone.
    case keyFileMissing(String, path: String)
    /// The private key file can be read by other users.
    case keyPermissions(path: String, mode: Int)
    /// The private key file does not match the registered public key.
    case keyMismatch(String, path: String)
    /// A file of trusted keys or authority certificates (`--trusted-keys`, `--ca`, `--tsa-ca`) that cannot be used.
    case unusableTrustFile(String, reason: String)
    /// `key export` for a handler who has no key.
    case noKey(String)
    /// The public key stored for a handler is not the key its stored fingerprint names: the
    /// case was changed outside Casebook, and verifying it shows where.
    case storedKeyAltered(String)
    /// An expected custody head that is not 64 hexadecimal digits.
    case badExpectedHead(String)

    public var category: FailureCategory {
        switch self {
        case .openSSL, .fileFailure, .storeFull: .environment
        case .badKey, .badTimestamp, .unreadableTimestampReply, .badHandler, .keyExists, .keyFileMissing, .keyPermissions,
            .keyMismatch,
            .unusableTrustFile, .noKey, .storedKeyAltered, .badExpectedHead:
            .badInput
        }
    }

    public var description: String {
        switch self {
        case .openSSL(let operation, let detail):
            "OpenSSL could not \(operation) (\(detail)). Check that libcrypto 3 is installed correctly."
        case .badKey(let detail):
            "The signing key cannot be used: \(detail)."
        case .fileFailure(let path, let operation, let reason):
            "Casebook could not \(operation) \(path): \(reason)."
        case .storeFull(let path):
            "The disk holding the evidence store is full (writing \(path)); free space and add the file again. Nothing was stored for it."
        case .badTimestamp(let detail):
            "The timestamp cannot be used: \(detail). Nothing was stored."
        case .unreadableTimestampReply(let path, let reason):
            "The timestamp reply \(path) cannot be read: \(reason). Nothing was stored."
        case .badHandler(let name):
            "'\(name)' cannot be used as a handler name; use letters, digits and . _ - @ only (for example kim.investigator)."
        case .keyExists(let handler, let path):
            "\(handler) already has a signing key (\(path)); nothing was changed."
        case .keyFileMissing(let handler, let path):
            "\(handler) has a registered signing key, but its private key file \(path) is missing; restore it from your backup (or, if it is kept outside the workspace, set $CASEBOOK_KEYS to the folder that holds it) before acting as \(handler)."
        case .keyPermissions(let path, let mode):
            "The private key \(path) can be read by other users (mode \(String(mode, radix: 8))); run 'chmod 600 \(path)' and try again. Nothing was changed."
        case .keyMismatch(let handler, let path):
            "The private key \(path) is not the key registered for \(handler); restore the right key file."
        case .unusableTrustFile(let path, let reason):
            "\(path) cannot be used to check trust: \(reason). Nothing was changed."
        case .noKey(let handler):
            "\(handler) has no signing key in this case; create one for \(handler) first."
        case .storedKeyAltered(let handler):
            "The signing key cannot be used: the public key stored for \(handler) is not the key its fingerprint names; verify the case."
        case .badExpectedHead(let text):
            "'\(text)' is not a valid expected custody head; give the 64-hex-digit hash the custody head or the verification printed."
        }
    }

    /// The same failure in the case's words: the primitives below the core report their own
    /// error type, and the core's typed throws speak `IntegrityError`.
    init(_ failure: CryptoError) {
        switch failure {
        case .openSSL(let operation, let detail): self = .openSSL(operation: operation, detail: detail)
        case .badKey(let detail): self = .badKey(detail)
        case .badTimestamp(let detail): self = .badTimestamp(detail)
        }
    }
}

/// Runs a cryptographic primitive and reports its failure as an `IntegrityError`, so callers
/// that tell key and timestamp failures apart (verify's own-key check) still see one error type.
func integrity<T>(_ body: () throws(CryptoError) -> T) throws(IntegrityError) -> T {
    do {
        return try body()
    } catch {
        throw IntegrityError(error)
    }
}
