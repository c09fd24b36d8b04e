import CasebookModel
import Foundation
import GRDB

/// Sealed identities, the passphrase record and consent, as the core asks for them.
extension StoreTransaction {
    /// The case's passphrase record, once a passphrase is set.
    package func protection() throws -> ProtectionRecord? {
        try ProtectionRecord.fetchOne(db, key: 1)
    }

    /// Whether any witness has sealed identity fields.
    package func hasSealedIdentities() throws -> Bool {
        try SealedIdentityRecord.fetchCount(db) > 0
    }

    /// Whether witness `witness` has its field `field` sealed.
    package func hasSealedField(witness: Int64, field: String) throws -> Bool {
        try SealedIdentityRecord.filter(
            SealedIdentityRecord.Columns.witnessId == witness && SealedIdentityRecord.Columns.field == field
        ).fetchCount(db) > 0
    }

    /// The sealed fields, by witness and field name, of every witness or of witness `witness`.
    package func sealedIdentities(orderedFor witness: Int64?) throws -> [SealedIdentityRecord] {
        var request = SealedIdentityRecord.order(SealedIdentityRecord.Columns.witnessId, SealedIdentityRecord.Columns.field)
        if let witness { request = request.filter(SealedIdentityRecord.Columns.witnessId == witness) }
        return try request.fetchAll(db)
    }

    /// Stores a sealed field, replacing the one sealed before for the same witness and field.
    package func saveSealedField(_ record: SealedIdentityRecord) throws {
        try record.save(db)
    }

    /// How many witnesses still hold risk notes in clear (recorded by an earlier version).
    package func witnessesWithClearRiskNotesCount() throws -> Int {
        try WitnessRecord.filter(WitnessRecord.Columns.riskNotes != nil).fetchCount(db)
    }

    /// The witnesses that still hold risk notes in clear.
    package func witnessesWithClearRiskNotes() throws -> [WitnessRecord] {
        try WitnessRecord.filter(WitnessRecord.Columns.riskNotes != nil).fetchAll(db)
    }

    /// The witnesses whose stored consent mentions `word` (a candidate list: the caller reads the
    /// scopes), in number order.
    package func witnesses(consentMentioning word: String) throws -> [WitnessRecord] {
        try WitnessRecord.filter(WitnessRecord.Columns.consent.like("%\(word)%")).order(WitnessRecord.Columns.id).fetchAll(db)
    }

    /// The custody events of one action, oldest first.
    package func custodyEvents(action: String) throws -> [CustodyEventRecord] {
        try CustodyEventRecord.filter(CustodyEventRecord.Columns.action == action)
            .order(CustodyEventRecord.Columns.sequence).fetchAll(db)
    }

    /// The stored consent of the witness of testimony `testimony` ("" when there is none).
    package func consentOfWitness(ofTestimony testimony: Int64) throws -> String {
        try String.fetchOne(
            db,
            sql: "SELECT witness.consent FROM testimony JOIN witness ON witness.id = testimony.witnessId WHERE testimony.id = ?",
            arguments: [testimony]) ?? ""
    }

    /// The stored consent of the witness of every testimony whose transcript is evidence item `evidence`.
    /// The consents of every witness behind an evidence item: the witness whose interview it
    /// transcribes, who provided it, or whose testimony it derives from, and so on through the
    /// items it was redacted or derived from.
    package func consentsBehind(evidence: Int64) throws -> [String] {
        var consents: [String] = []
        var seen: Set<Int64> = []
        var pending = [evidence]
        while let id = pending.popLast() {
            guard seen.insert(id).inserted, let item = try EvidenceItemRecord.fetchOne(db, key: id) else { continue }
            consents += try consentsOfWitnesses(withTranscript: id)
            if let witness = item.providedByWitnessId {
                consents += try String.fetchAll(db, sql: "SELECT consent FROM witness WHERE id = ?", arguments: [witness])
            }
            if let testimony = item.derivedFromTestimonyId {
                consents += try String.fetchAll(
                    db,
                    sql:
                        "SELECT witness.consent FROM testimony JOIN witness ON witness.id = testimony.witnessId WHERE testimony.id = ?",
                    arguments: [testimony])
            }
            pending += [item.redactedFromId, item.derivedFromEvidenceId].compactMap { $0 }
        }
        return consents
    }

    package func consentsOfWitnesses(withTranscript evidence: Int64) throws -> [String] {
        try String.fetchAll(
            db,
            sql:
                "SELECT witness.consent FROM testimony JOIN witness ON witness.id = testimony.witnessId WHERE testimony.transcriptId = ?",
            arguments: [evidence])
    }
}
