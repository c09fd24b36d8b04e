import CasebookModel
import CasebookProtection
import CasebookStore
import Foundation

extension Case {
    /// Converts every witness's retired `icc` consent to `icc-lead`, the narrowest of the three
    /// ICC uses that replace it, once: each change goes into the witness's history and the custody
    /// log, so `verify` finds the record and the log agree. Returns the witnesses converted, for
    /// the team to review with each witness which uses they agreed to; empty when none was left.
    ///
    /// Only a consent the custody log vouches for is converted: one the log last recorded as it
    /// stands, or one recorded before consent was logged. A consent changed outside Casebook is
    /// left as it is, for `verify` to report, never laundered into a logged conversion.
    public func convertRetiredConsent(handler: Handler) throws -> [RecordID] {
        let pending = try database.readTransaction { tx in
            try tx.witnesses(consentMentioning: ConsentScope.retiredICC).filter { ConsentScope.holdsRetiredICC($0.consent) }
        }
        guard !pending.isEmpty else { return [] }
        try requireUsableKey(for: handler)
        var converted: [RecordID] = []
        try database.writeTransaction { tx in
            let logged = try Self.loggedConsents(in: tx)
            var events: [NewCustodyEvent] = []
            for candidate in pending {
                guard let number = candidate.id, var record = try tx.fetchOne(WitnessRecord.self, key: number),
                    ConsentScope.holdsRetiredICC(record.consent), logged.vouchesFor(witness: number, consent: record.consent)
                else { continue }
                let witness = RecordID(.witness, number)
                let before = record.consent
                record.consent = ConsentScope.storedForm(ConsentScope.storedList(before))
                try tx.update(record)
                let after = record.consent.isEmpty ? "none" : record.consent
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

    /// Each witness's last logged consent, and the first witness whose addition was logged.
    private static func loggedConsents(in tx: StoreTransaction) throws -> LoggedConsents {
        var logged = LoggedConsents()
        for event in try tx.custodyEvents(action: CustodyAction.consentChanged.rawValue) {
            guard let recorded = ConsentEvent(event) else { continue }
            let witness = recorded.witness.number
            logged.last[witness] = recorded.consent
            if recorded.reason == .added, logged.firstAdded.map({ witness < $0 }) ?? true { logged.firstAdded = witness }
        }
        return logged
    }
}

/// What the custody log says of the witnesses' consent, as `verify` reads it.
private struct LoggedConsents {
    var last: [Int64: String] = [:]
    var firstAdded: Int64?

    /// The log vouches for a stored consent it last recorded, or for a witness added before
    /// consent was logged (as `verify` excuses them); anything else was changed outside Casebook.
    func vouchesFor(witness: Int64, consent: String) -> Bool {
        if let recorded = last[witness] { return Case.sameConsent(recorded, consent) }
        return firstAdded.map { witness < $0 } ?? true
    }
}
