import CasebookModel
import CasebookProtection
import CasebookStore

/// How a command that writes the user's own words into the custody log (the description, source
/// and acquirer of new evidence; the recipient and reason of a transfer) checks them for witness
/// identities first. The custody log is append-only and travels in every bag, so a witness's
/// name typed there could never be taken back: it is refused before it is written.
public struct CustodyNoteCheck: Sendable {
    /// Where the case passphrase comes from; without it the notes are written unchecked, and the
    /// outcome says so.
    public var passphrase: PassphraseSource
    /// Witness fields the handler allowed in these notes (a name that is also a place).
    public var waived: [LeakWaiver]
    /// The handler's word that the notes may be written unchecked when no passphrase is at hand;
    /// the skipped check is recorded in the custody log.
    public var skip: Bool

    /// Notes Casebook writes itself from what the case already holds (a redacted copy's
    /// description), or that were checked already (an evidence sheet's, row by row): not checked
    /// again.
    var alreadyChecked = false

    public init(passphrase: PassphraseSource = .none, waived: [LeakWaiver] = [], skip: Bool = false) {
        self.passphrase = passphrase
        self.waived = waived
        self.skip = skip
    }

    /// For notes Casebook writes itself, or that were checked already.
    package static let checkedAlready: CustodyNoteCheck = {
        var check = CustodyNoteCheck()
        check.alreadyChecked = true
        return check
    }()
}

/// A file whose own name holds a witness's protected identity. Its name is recorded as it was
/// (the original name is part of the provenance), so the team is told at once: every bag will
/// need the handler's allowance or a renamed copy.
public struct IdentifyingFileName: Codable, Sendable, Equatable {
    public let item: RecordID
    public let witness: RecordID
    public let field: IdentityField
}

/// The outcome of checking custody notes.
package struct CustodyNoteGuard {
    package let leakGuard: LeakGuard
    /// False when the case holds identities and no passphrase was at hand.
    package let checked: Bool

    /// Throws `ProtectionError.leakIntoCustodyLog` when `text` names a witness.
    package func check(_ text: String?, place: String) throws {
        guard let text else { return }
        do {
            try leakGuard.check(text, place: place)
        } catch ProtectionError.leak(let witness, let field, let place) {
            throw ProtectionError.leakIntoCustodyLog(witness: witness, field: field, place: place)
        }
    }

    /// The witness field `text` holds, if any (for a file name, which is kept and only reported).
    /// Read as every writer reads it: escapes and misdecoded Korean included.
    package func hit(in text: String) -> (witness: RecordID, field: IdentityField)? {
        do {
            try leakGuard.check(text, place: "")
            return nil
        } catch ProtectionError.leak(let witness, let field, _) {
            return (witness, field)
        } catch {
            return nil
        }
    }
}

extension Case {
    /// The guard for notes about to enter the custody log: inactive for a case without protected
    /// identities. Without the passphrase, notes (`notes`, which names them, when there are any)
    /// are refused unless the check was skipped on the handler's word, which is logged once the
    /// write succeeds; without notes (file names only) nothing is refused.
    package func custodyNoteGuard(_ check: CustodyNoteCheck, notes: String?) throws -> CustodyNoteGuard {
        guard !check.alreadyChecked, try database.hasProtectedIdentities() else {
            return CustodyNoteGuard(leakGuard: LeakGuard(scanner: nil), checked: true)
        }
        guard let passphrase = try check.passphrase.passphrase() else {
            guard let notes else { return CustodyNoteGuard(leakGuard: LeakGuard(scanner: nil), checked: true) }
            guard check.skip else { throw ProtectionError.scanUnavailable(notes) }
            let skipped = LeakGuard(scanner: nil, pendingSkipNote: "\(notes) written without the leak scan, as the handler asked")
            return CustodyNoteGuard(leakGuard: skipped, checked: false)
        }
        for waiver in check.waived { _ = try database.witness(waiver.witness) }
        let scanner = LeakScanner(identities: try database.protectedIdentities(passphrase))
        return CustodyNoteGuard(leakGuard: LeakGuard(scanner: scanner, waived: Set(check.waived)), checked: true)
    }
}
