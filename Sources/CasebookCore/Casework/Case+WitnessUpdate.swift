import CasebookCrypto
import CasebookModel
import CasebookProtection
import CasebookStore
import Foundation

extension Case {
    /// Changes the given fields of a witness in one transaction, records each change in the
    /// history (a sealed field only as changed), and logs a change of consent in the custody log.
    ///
    /// Every value is checked, and the witness and pseudonym looked up, before the passphrase is
    /// asked for, so bad input is refused without a prompt and without writing anything.
    public func updateWitness(
        _ id: RecordID, _ changes: WitnessChanges, handler: Handler, passphrase: PassphraseSource = .none
    ) throws -> RecordUpdate<WitnessSummary> {
        guard id.kind == .witness else { throw RecordError.wrongKind(id, expected: [.witness], role: .subject) }
        guard !changes.isEmpty else { throw RecordError.nothingToChange(id) }
        let pseudonym = try changes.pseudonym.map { try Validate.required($0, "pseudonym") }
        let sex = try changes.sex.map { try AppDatabase.checkSex($0) }
        let birthYear = try Validate.year(changes.birthYear, "birth year")
        let leftYear = try Validate.year(changes.leftYear, "year of leaving")
        var sealing = WitnessIdentity()
        var clearing: [IdentityField] = []
        var identityChanges = changes.identity
        if let riskNotes = changes.riskNotes { identityChanges.set(.riskNotes, riskNotes) }
        for (field, value) in identityChanges.fields {
            if let cleaned = Validate.optional(value) {
                try AppDatabase.checkIdentityValue(field, cleaned)
                sealing.set(field, cleaned)
            } else {
                clearing.append(field)
            }
        }
        try database.readTransaction { tx in
            guard let record = try tx.fetchOne(WitnessRecord.self, key: id.number) else { throw RecordError.notFound(id) }
            if let pseudonym { try AppDatabase.checkPseudonymFree(pseudonym, except: id.number, in: tx) }
            try AppDatabase.checkYears(birth: birthYear ?? record.birthYear, left: leftYear ?? record.leftYear)
        }
        if changes.consent != nil || !identityChanges.isEmpty { try requireUsableKey(for: handler) }
        var key: IdentityKey?
        let source = passphrase
        let clearsSealed = try !clearing.isEmpty && database.hasProtectedIdentities()
        if !sealing.isEmpty || clearsSealed {
            guard let passphrase = try passphrase.passphrase() else {
                throw ProtectionError.passphraseNeeded("Changing a witness's identity")
            }
            key = try database.identityKey(passphrase, creating: !sealing.isEmpty, keys: source.keys)
        }
        let changed: [FieldChange] = try database.writeTransaction { tx in
            guard var record = try tx.fetchOne(WitnessRecord.self, key: id.number) else { throw RecordError.notFound(id) }
            let before = AppDatabase.snapshot(of: record)
            if let pseudonym {
                try AppDatabase.checkPseudonymFree(pseudonym, except: id.number, in: tx)
                record.pseudonym = pseudonym
            }
            if let sex { record.sex = sex }
            if let birthYear { record.birthYear = birthYear }
            if let origin = changes.origin { record.origin = Validate.optional(origin) }
            if let leftYear { record.leftYear = leftYear }
            if let consent = changes.consent { record.consent = ConsentScope.storedForm(consent) }
            // Risk notes are sealed now; notes kept in clear by an older version go with any change.
            if changes.riskNotes != nil { record.riskNotes = nil }
            try AppDatabase.checkYears(birth: record.birthYear, left: record.leftYear)
            let after = AppDatabase.snapshot(of: record)
            var fieldChanges = TrackedField.changes(.witness, before: before, after: after)
            if !fieldChanges.isEmpty { try tx.update(record) }
            if let key {
                let resealed = try AppDatabase.reseal(sealing, clearing: clearing, witness: id.number, key: key, in: tx)
                // Sealed now, whether or not a value changed: risk notes an older version kept in clear may have been sealed.
                if !resealed.isEmpty { try logSealing(of: [id.number], reason: .updated, handler: handler, in: tx) }
                fieldChanges += resealed
            }
            try AppDatabase.appendHistory(fieldChanges, of: id, handler: handler, in: tx)
            if let old = before["consent"], let new = after["consent"], old != new {
                try appendCustody(
                    [
                        NewCustodyEvent(
                            action: .consentChanged, handler: handler, note: "\(id) consent changed from \(old) to \(new)",
                            details: ConsentEvent(witness: id, consent: new, reason: .changed).detailLines)
                    ], in: tx)
            }
            return fieldChanges
        }
        return RecordUpdate(id: id, changes: changed, record: try database.witness(id))
    }
}

extension AppDatabase {
    /// Seals the given identity values and removes the cleared fields, inside the caller's
    /// transaction; returns the sealed fields that really changed (compared under the key).
    static func reseal(
        _ sealing: WitnessIdentity, clearing: [IdentityField], witness: Int64, key: IdentityKey, in tx: StoreTransaction
    ) throws -> [FieldChange] {
        var current: [IdentityField: String] = [:]
        for opened in try openAll(key: key, witness: witness, in: tx) { current[opened.field] = opened.value }
        var changed: Set<IdentityField> = []
        var toSeal = WitnessIdentity()
        for (field, value) in sealing.fields where current[field] != value {
            toSeal.set(field, value)
            changed.insert(field)
        }
        try seal(toSeal, witness: witness, key: key, in: tx)
        for field in clearing where current[field] != nil {
            try tx.deleteSealedField(witness: witness, field: field.rawValue)
            changed.insert(field)
        }
        return IdentityField.allCases.filter(changed.contains).map(\.sealedChange)
    }
}
