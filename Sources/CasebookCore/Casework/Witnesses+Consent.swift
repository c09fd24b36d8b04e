import CasebookModel
import CasebookProtection
import CasebookStore
import Foundation

extension Case {
    /// Replaces a witness's consent scopes and records the change in the custody log.
    public func setConsent(_ witness: RecordID, to scopes: [ConsentScope], handler: Handler) throws -> WitnessSummary {
        guard witness.kind == .witness else { throw RecordError.wrongKind(witness, expected: [.witness], role: .subject) }
        try requireUsableKey(for: handler)
        try database.writeTransaction { tx in
            guard var record = try tx.fetchOne(WitnessRecord.self, key: witness.number) else { throw RecordError.notFound(witness) }
            let before = record.consent.isEmpty ? "none" : record.consent
            record.consent = ConsentScope.storedForm(scopes)
            try tx.update(record)
            let after = record.consent.isEmpty ? "none" : record.consent
            if before != after {
                try AppDatabase.appendHistory(
                    [FieldChange(field: "consent", label: "consent", old: before, new: after, sealed: false)], of: witness,
                    handler: handler, in: tx)
            }
            try appendCustody(
                [
                    NewCustodyEvent(
                        action: .consentChanged, handler: handler, note: "\(witness) consent changed from \(before) to \(after)",
                        details: ConsentEvent(witness: witness, consent: after, reason: .changed).detailLines)
                ],
                in: tx)
        }
        return try database.witness(witness)
    }
}
