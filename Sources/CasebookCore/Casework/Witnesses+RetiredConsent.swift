import CasebookModel
import CasebookProtection
import CasebookStore
import Foundation

extension Case {
    /// Converts every witness's retired `icc` consent to `icc-lead`, the narrowest of the three
    /// ICC uses that replace it, once: each change goes into the witness's history and the custody
    /// log, so `verify` finds the record and the log agree. Returns the witnesses converted, for
    /// the team to review with each witness which uses they agreed to; empty when none was left.
    public func convertRetiredConsent(handler: Handler) throws -> [RecordID] {
        let pending = try database.readTransaction { tx in
            try tx.witnesses(consentMentioning: ConsentScope.retiredICC).filter { ConsentScope.holdsRetiredICC($0.consent) }
        }
        guard !pending.isEmpty else { return [] }
        try requireUsableKey(for: handler)
        var converted: [RecordID] = []
        try database.writeTransaction { tx in
            var events: [NewCustodyEvent] = []
            for candidate in pending {
                guard let number = candidate.id, var record = try tx.fetchOne(WitnessRecord.self, key: number),
                    ConsentScope.holdsRetiredICC(record.consent)
                else { continue }
                let witness = RecordID(.witness, number)
                let before = record.consent
                record.consent = ConsentScope.storedForm(ConsentScope.storedList(before))
                try tx.update(record)
                let after = record.consent
                try AppDatabase.appendHistory(
                    [FieldChange(field: "consent", label: "consent", old: before, new: after, sealed: false)], of: witness,
                    handler: handler, in: tx)
                events.append(
                    NewCustodyEvent(
                        action: .consentChanged, handler: handler,
                        note:
                            "\(witness) consent converted from \(before) to \(after): 'icc' is retired, icc-lead is the narrowest ICC use",
                        details: ConsentEvent(witness: witness, consent: after, reason: .converted).detailLines))
                converted.append(witness)
            }
            if !events.isEmpty { try appendCustody(events, in: tx) }
        }
        return converted
    }
}
