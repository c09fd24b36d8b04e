import CasebookCrypto

/// The primitives' failures are reported like every other failure: OpenSSL refusing to work is
/// the machine's fault, a bad key or timestamp is the user's input.
extension CryptoError: CasebookFailure {
    public var category: FailureCategory {
        switch self {
        case .openSSL: .environment
        case .badKey, .badTimestamp: .badInput
        }
    }
}
