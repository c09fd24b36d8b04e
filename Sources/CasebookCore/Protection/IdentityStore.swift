import CasebookCrypto
import CasebookModel
import CasebookProtection
import CasebookStore
import Foundation

/// A witness with its identity opened, as only `witness reveal` prints it.
public struct RevealedWitness: Codable, Sendable, Equatable {
    public let id: RecordID
    public let pseudonym: String
    public let identity: WitnessIdentity
}

extension AppDatabase {
    static let checkPlaintext = Array("casebook passphrase check".utf8)
    static let checkAssociated = Array("casebook/protection/check".utf8)

    /// scrypt parameters for a new or changed passphrase; `CASEBOOK_SCRYPT_LOG2N` lowers the
    /// cost for the test suite only, and only in a debug build: a release build always uses the
    /// standard cost, so a weak cost can never be stored in a real case.
    static func newParameters() -> ScryptParameters {
        #if DEBUG
            if let text = ProcessInfo.processInfo.environment["CASEBOOK_SCRYPT_LOG2N"], let log2N = Int(text),
                (10...20).contains(log2N)
            {
                return ScryptParameters(log2N: log2N, r: 8, p: 1)
            }
        #endif
        return .standard
    }

    static func associated(_ witness: Int64, _ field: String) -> [UInt8] {
        Array("casebook/witness/W-\(witness)/\(field)".utf8)
    }

    /// Whether any witness has sealed identity fields (then every export needs the leak scan).
    package func hasProtectedIdentities() throws -> Bool {
        try readTransaction { tx in try tx.hasSealedIdentities() }
    }

    /// The key for `passphrase`: checked against the stored check value, or, in a case with no
    /// passphrase yet, made and recorded (`creating`). A key found in `keys` is not derived again.
    package func identityKey(_ passphrase: Passphrase, creating: Bool, keys: IdentityKeyCache? = nil) throws -> IdentityKey {
        if let record = try readTransaction({ tx in try tx.protection() }) {
            let key =
                try keys?.key(for: passphrase, salt: record.salt, parameters: record.parameters)
                ?? IdentityCipher.deriveKey(passphrase: passphrase.text, salt: Array(record.salt), parameters: record.parameters)
            guard IdentityCipher.open(Array(record.checkValue), key: key, associated: Self.checkAssociated) == Self.checkPlaintext
            else {
                throw ProtectionError.wrongPassphrase
            }
            try sealRiskNotesKeptInClear(key)
            keys?.keep(key, for: passphrase, salt: record.salt, parameters: record.parameters)
            return key
        }
        guard creating else { throw ProtectionError.wrongPassphrase }
        let (record, key) = try Self.makeProtection(passphrase)
        let inserted = try writeTransaction { tx -> Bool in
            guard try tx.protection() == nil else { return false }
            try tx.insert(record)
            return true
        }
        if inserted {
            try sealRiskNotesKeptInClear(key)
            keys?.keep(key, for: passphrase, salt: record.salt, parameters: record.parameters)
        }
        // Another command may have set a passphrase at the same moment: then check against what it stored.
        return inserted ? key : try identityKey(passphrase, creating: false, keys: keys)
    }

    /// Risk notes recorded in clear by an earlier version are sealed the first time the passphrase
    /// is given, and their clear copy removed (until then, exports leave them out).
    func sealRiskNotesKeptInClear(_ key: IdentityKey) throws {
        let pending = try readTransaction { tx in try tx.witnessesWithClearRiskNotesCount() }
        guard pending > 0 else { return }
        try writeTransaction { tx in
            for var record in try tx.witnessesWithClearRiskNotes() {
                let witness = record.id ?? 0
                let alreadySealed = try tx.hasSealedField(witness: witness, field: IdentityField.riskNotes.rawValue)
                if !alreadySealed, let notes = Validate.optional(record.riskNotes) {
                    try Self.seal(WitnessIdentity(riskNotes: notes), witness: witness, key: key, in: tx)
                }
                record.riskNotes = nil
                try tx.update(record)
            }
        }
        // Move the write-ahead log's copies of the clear notes into the (overwritten) database.
        try checkpoint()
    }

    /// A new protection record for a passphrase being set (first identity or `passphrase change`):
    /// the one place a new passphrase is accepted, so the one place its strength is checked.
    static func makeProtection(_ passphrase: Passphrase) throws -> (ProtectionRecord, IdentityKey) {
        try PassphraseStrength.check(passphrase)
        let salt = try IdentityCipher.randomBytes(16)
        let parameters = newParameters()
        let key = try IdentityCipher.deriveKey(passphrase: passphrase.text, salt: salt, parameters: parameters)
        let check = try IdentityCipher.seal(checkPlaintext, key: key, associated: checkAssociated)
        let record = ProtectionRecord(
            salt: Data(salt), log2N: parameters.log2N, r: parameters.r, p: parameters.p, checkValue: Data(check),
            changedAt: timestampNow())
        return (record, key)
    }

    /// Seals each given identity field of a witness inside the caller's transaction.
    static func seal(_ identity: WitnessIdentity, witness: Int64, key: IdentityKey, in tx: StoreTransaction) throws {
        for (field, value) in identity.fields {
            let sealed = try IdentityCipher.seal(Array(value.utf8), key: key, associated: associated(witness, field.rawValue))
            try tx.saveSealedField(SealedIdentityRecord(witnessId: witness, field: field.rawValue, sealed: Data(sealed)))
        }
    }

    /// Opens every sealed field (or one witness's), failing on the first that does not open.
    static func openAll(key: IdentityKey, witness: Int64? = nil, in tx: StoreTransaction) throws -> [ProtectedIdentity] {
        try tx.sealedIdentities(orderedFor: witness).map { record in
            let witness = RecordID(.witness, record.witnessId)
            guard let field = IdentityField(rawValue: record.field),
                let plain = IdentityCipher.open(
                    Array(record.sealed), key: key, associated: associated(record.witnessId, record.field)),
                let value = String(validating: plain, as: UTF8.self)
            else {
                throw ProtectionError.tampered(
                    witness: witness, field: IdentityField(rawValue: record.field)?.label ?? "identity field of an unknown kind")
            }
            return ProtectedIdentity(witness: witness, field: field, value: value)
        }
    }

    /// Every protected identity string in the case, for the leak scan and redaction.
    package func protectedIdentities(_ passphrase: Passphrase) throws -> [ProtectedIdentity] {
        let key = try identityKey(passphrase, creating: false)
        return try readTransaction { tx in try Self.openAll(key: key, in: tx) }
    }

    /// One witness with its identity opened.
    package func revealWitness(_ id: RecordID, passphrase: Passphrase?) throws -> RevealedWitness {
        guard id.kind == .witness else { throw RecordError.wrongKind(id, expected: [.witness], role: .subject) }
        let summary = try witness(id)
        guard try hasProtectedIdentities() else {
            return RevealedWitness(id: id, pseudonym: summary.pseudonym, identity: WitnessIdentity())
        }
        guard let passphrase else { throw ProtectionError.passphraseNeeded("Revealing a witness's identity") }
        let key = try identityKey(passphrase, creating: false)
        return try readTransaction { tx in
            var identity = WitnessIdentity()
            for opened in try Self.openAll(key: key, witness: id.number, in: tx) { identity.set(opened.field, opened.value) }
            return RevealedWitness(id: id, pseudonym: summary.pseudonym, identity: identity)
        }
    }

    /// Re-seals every identity field under a new passphrase, all in one transaction: if it is
    /// interrupted, the old passphrase still opens everything.
    package func changePassphrase(
        from old: Passphrase, to new: Passphrase, inTransaction logged: ((StoreTransaction, [Int64]) throws -> Void)? = nil
    ) throws -> Int {
        let oldKey = try identityKey(old, creating: false)
        let (record, newKey) = try Self.makeProtection(new)
        return try writeTransaction { tx in
            let identities = try Self.openAll(key: oldKey, in: tx)
            var byWitness: [Int64: WitnessIdentity] = [:]
            for identity in identities {
                byWitness[identity.witness.number, default: WitnessIdentity()].set(identity.field, identity.value)
            }
            for (witness, identity) in byWitness { try Self.seal(identity, witness: witness, key: newKey, in: tx) }
            try tx.update(record)
            try logged?(tx, byWitness.keys.sorted())
            CrashPoint.beforePassphraseCommit.reach()
            return identities.count
        }
    }
}

extension Case {
    /// Re-seals every identity under a new passphrase, as `AppDatabase.changePassphrase` does,
    /// and logs each witness's re-sealed fields in the same transaction.
    public func changePassphrase(from old: Passphrase, to new: Passphrase, handler: Handler) throws -> Int {
        try requireUsableKey(for: handler)
        return try database.changePassphrase(from: old, to: new) { tx, witnesses in
            try self.logSealing(of: witnesses, reason: .resealed, handler: handler, in: tx)
        }
    }
}
