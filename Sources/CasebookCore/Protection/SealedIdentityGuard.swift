import CasebookModel
import CasebookProtection
import CasebookStore
import Foundation

extension Case {
    /// Refuses any export while a sealed field the log records is gone or replaced: the leak
    /// scan would no longer look for it, and the name could leave the case unnoticed.
    ///
    /// The comparison is only as good as the log, so while the case holds witnesses the log must
    /// also be whole: numbered without a gap from 1, each event matching its hash and chained to
    /// the one before, and still holding the head this machine last verified. Otherwise deleting
    /// a witness's `identity-sealed` event along with her identity would let her name out.
    func requireLoggedSealingIntact() throws {
        let (differences, events, hasWitnesses) = try database.readTransaction { tx in
            let hasWitnesses = try tx.count(WitnessRecord.self) > 0 || tx.hasSealedIdentities()
            let events = hasWitnesses ? try tx.custodyEvents() : []
            let differences = Self.sealingDifferences(
                events: try tx.custodyEvents(action: CustodyAction.identitySealed.rawValue),
                rows: try tx.sealedIdentities()
            ).differences
            let caseIdentifier = try tx.caseIdentifier()
            return (differences, events, hasWitnesses ? caseIdentifier ?? "" : nil)
        }
        if let caseIdentifier = hasWitnesses, let broken = try firstBreak(in: events, caseIdentifier: caseIdentifier) {
            throw ProtectionError.custodyLogBroken(event: broken)
        }
        let gone = differences.filter { $0.kind != .unlogged }
        guard let first = gone.first else { return }
        throw ProtectionError.sealedIdentityGone(
            witness: RecordID(.witness, first.witness), fields: gone.filter { $0.witness == first.witness }.map(\.label))
    }

    /// The sequence number of the first event at which the log is not whole, or nil. A log cut
    /// at its end is found only against the head this machine remembers from its last verify.
    func firstBreak(in events: [CustodyEventRecord], caseIdentifier: String) throws -> Int64? {
        var previousHash = CustodyEventRecord.genesisHash
        for (index, event) in events.enumerated() {
            let hash = try event.computedHash()
            if event.sequence != Int64(index + 1) || event.previousHash != previousHash || hash != event.eventHash {
                return min(event.sequence, Int64(index + 1))
            }
            previousHash = event.eventHash
        }
        let identifiers = [caseIdentifier.isEmpty ? nil : caseIdentifier, events.first.map { "first-event:\($0.eventHash)" }]
            .compactMap { $0 }
        for remembered in RememberedHead.read(for: workspace.root, caseIdentifiers: identifiers)
        where remembered.check(against: events) != nil {
            return min(remembered.sequence, Int64(events.count + 1))
        }
        return nil
    }
}
