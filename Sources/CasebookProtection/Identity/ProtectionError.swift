import CasebookModel

/// A failure to protect a witness: a missing or wrong passphrase, damaged sealed data, or a
/// protected identity found where it must not go.
public enum ProtectionError: CasebookFailure, Equatable {
    /// Identity fields or `reveal` need the passphrase, and none was given.
    case passphraseNeeded(String)
    /// `passphrase change` has the current passphrase but no new one, and no terminal to ask.
    case newPassphraseNeeded
    /// An empty passphrase.
    case emptyPassphrase
    /// A new passphrase that does not meet `PassphraseStrength.rule` (never repeated in the message).
    case weakPassphrase
    /// The passphrase does not open this case's identities.
    case wrongPassphrase
    /// A sealed field that does not open under the right key: altered, truncated or moved.
    case tampered(witness: RecordID, field: String)
    /// A protected identity appears in text about to be written.
    case leak(witness: RecordID, field: IdentityField, place: String)
    /// A note about to be written into the custody log (where it stays for good and travels in
    /// every bag) names a witness: `place` says which note.
    case leakIntoCustodyLog(witness: RecordID, field: IdentityField, place: String)
    /// A text evidence item going into a bag names a witness.
    case leakInEvidence(item: RecordID, name: String, witness: RecordID, field: IdentityField)
    /// `evidence redact` found nothing to replace: the copy would be the original.
    case nothingToRedact(RecordID)
    /// `evidence redact` found a witness's identity only in a reading of the text (misdecoded
    /// bytes, an escape), which has no place in the stored bytes to replace.
    case unredactable(RecordID, witness: RecordID, field: IdentityField)
    /// The case holds identities, no passphrase is available, and the leak scan was not waived.
    case scanUnavailable(String)
    /// The two entries of a new passphrase differ.
    case passphraseMismatch
    /// A waiver that is not a witness and an identity field.
    case badWaiver(String)
    /// The custody log records sealed identity fields that the case no longer holds (or holds
    /// replaced): the leak scan could not look for them, so nothing may leave the case.
    case sealedIdentityGone(witness: RecordID, fields: [String])
    /// The custody log is not whole from this event on (deleted, edited or cut events), so the
    /// sealings it records cannot be trusted to name every identity the leak scan must look for.
    case custodyLogBroken(event: Int64)

    public var category: FailureCategory {
        switch self {
        case .leak, .leakIntoCustodyLog, .leakInEvidence, .tampered, .sealedIdentityGone, .custodyLogBroken: .checkFailed
        default: .badInput
        }
    }

    public var description: String {
        switch self {
        case .passphraseNeeded(let what):
            "\(what) needs the case passphrase: set $CASEBOOK_PASSPHRASE or run the command at a terminal to be asked for it. Nothing was changed."
        case .newPassphraseNeeded:
            "Changing the passphrase needs the new one too: set $CASEBOOK_NEW_PASSPHRASE or run the command at a terminal to be asked for it twice. Nothing was changed."
        case .emptyPassphrase:
            "The passphrase must not be empty. Nothing was changed."
        case .weakPassphrase:
            "That passphrase is too easy to guess for protecting witnesses. A new passphrase needs \(PassphraseStrength.rule). Nothing was changed."
        case .wrongPassphrase:
            "Wrong passphrase: it does not open this case's witness identities. Nothing was changed."
        case .tampered(let witness, let field):
            "The sealed \(field) of \(witness) does not open: it was altered, truncated or copied from elsewhere. Treat this as tampering and restore the case from a backup."
        case .leak(let witness, let field, let place) where Self.isCustodyLog(place):
            "Stopped: the protected \(field.label) of \(witness) \(field.verb) found in \(place). Nothing was written. The custody log cannot be changed; if this export must carry it (a bag for a court under seal), the handler can allow \(witness):\(field.rawValue) for it, which is recorded in the custody log."
        case .leak(let witness, let field, let place):
            "Stopped: the protected \(field.label) of \(witness) \(field.verb) found in \(place). Nothing was written. Correct that record (or redact the source) and try again; if it is a different name that only looks the same, the handler can allow \(witness):\(field.rawValue), which is recorded in the custody log."
        case .leakIntoCustodyLog(let witness, let field, let place):
            "Stopped: the protected \(field.label) of \(witness) \(field.verb) found in \(place), which the custody log would keep for good and carry into every bag. Nothing was added. Refer to the witness by pseudonym or id instead; if it is a different name that only looks the same, the handler can allow \(witness):\(field.rawValue), which is recorded in the custody log."
        case .leakInEvidence(let item, let name, let witness, let field):
            "Stopped: evidence item \(item) (\(name)) contains the protected \(field.label) of \(witness). Nothing was written. Put its redacted copy in the bag instead, or, for a bag meant for a court under seal, include \(item) with its identifying text, which is recorded in the custody log."
        case .nothingToRedact(let item):
            "\(item) contains no protected identity and no redaction term, so a redacted copy would be the same file. Nothing was written."
        case .unredactable(let item, let witness, let field):
            "\(item) holds the protected \(field.label) of \(witness) only in a form that cannot be replaced in place (bytes in another character set, or escaped), so no redacted copy was made. Nothing was written. Leave \(item) out of the bag, or, for a bag meant for a court under seal, include it with its identifying text, which is recorded in the custody log."
        case .scanUnavailable(let what):
            "\(what) must first be checked for witness identities, which needs the case passphrase: set $CASEBOOK_PASSPHRASE, run it at a terminal, or write it unchecked without the leak scan (this is logged)."
        case .passphraseMismatch:
            "The two entries of the new passphrase differ. Nothing was changed."
        case .badWaiver(let text):
            "'\(text)' is not a witness and a field: write it as W-1:name (fields: \(IdentityField.allCases.map(\.rawValue).joined(separator: ", "))). Nothing was written."
        case .custodyLogBroken(let event):
            "Stopped: the custody log was changed outside Casebook at event \(event) (events deleted, edited or cut off), so it can no longer show which witness identities the leak scan must look for. Nothing was written. Verify the case to see what changed, and restore it from a backup."
        case .sealedIdentityGone(let witness, let fields):
            "Stopped: the custody log records the sealed \(fields.joined(separator: ", ")) of \(witness), but the case no longer holds \(fields.count == 1 ? "it" : "them") as logged (deleted or replaced outside Casebook), so the leak scan cannot look for \(fields.count == 1 ? "it" : "them"). Nothing was written. Restore the case from a backup; verify lists every such field."
        }
    }

    /// Whether a leak's place is the custody log (an event's note or the log as a whole), which
    /// cannot be corrected, so only a logged waiver lets an export carry it.
    package static func isCustodyLog(_ place: String) -> Bool {
        place.hasPrefix("custody event") || place.hasPrefix("the custody")
    }
}
