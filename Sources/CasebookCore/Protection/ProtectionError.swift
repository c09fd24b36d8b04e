/// A failure to protect a witness: a missing or wrong passphrase, damaged sealed data, or a
/// protected identity found where it must not go.
public enum ProtectionError: CasebookFailure, Equatable {
    /// Identity fields or `reveal` need the passphrase, and none was given.
    case passphraseNeeded(String)
    /// An empty passphrase.
    case emptyPassphrase
    /// The passphrase does not open this case's identities.
    case wrongPassphrase
    /// A sealed field that does not open under the right key: altered, truncated or moved.
    case tampered(witness: RecordID, field: String)
    /// A protected identity appears in text about to be written.
    case leak(witness: RecordID, field: String, place: String)
    /// The case holds identities, no passphrase is available, and `--no-leak-scan` was not given.
    case scanUnavailable(String)
    /// The two entries of a new passphrase differ.
    case passphraseMismatch
    /// An `--allow` value that is not a witness and an identity field.
    case badWaiver(String)

    public var category: FailureCategory {
        switch self {
        case .leak, .tampered: .checkFailed
        default: .badInput
        }
    }

    public var description: String {
        switch self {
        case .passphraseNeeded(let what):
            "\(what) needs the case passphrase: set $CASEBOOK_PASSPHRASE or run the command at a terminal to be asked for it. Nothing was changed."
        case .emptyPassphrase:
            "The passphrase must not be empty. Nothing was changed."
        case .wrongPassphrase:
            "Wrong passphrase: it does not open this case's witness identities. Nothing was changed."
        case .tampered(let witness, let field):
            "The sealed \(field) of \(witness) does not open: it was altered, truncated or copied from elsewhere. Treat this as tampering and restore the case from a backup."
        case .leak(let witness, let field, let place):
            "Stopped: \(place) contains the protected \(field) of \(witness). Nothing was written. Remove it from the case records (or redact the source) and try again."
        case .scanUnavailable(let what):
            "\(what) must first be checked for witness identities, which needs the case passphrase: set $CASEBOOK_PASSPHRASE, run it at a terminal, or add --no-leak-scan to write it unchecked (this is logged)."
        case .passphraseMismatch:
            "The two entries of the new passphrase differ. Nothing was changed."
        case .badWaiver(let text):
            "'\(text)' is not a witness and a field: write it as W-1:name (fields: \(IdentityField.allCases.map(\.rawValue).joined(separator: ", "))). Nothing was written."
        }
    }
}
