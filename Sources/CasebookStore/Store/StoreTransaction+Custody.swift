import CasebookModel
import GRDB

/// The custody log, handlers' keys, anchors and what `verify` reads, as the core asks for them.
extension StoreTransaction {
    /// The newest custody event, if the log has any.
    package func latestCustodyEvent() throws -> CustodyEventRecord? {
        try CustodyEventRecord.order(CustodyEventRecord.Columns.sequence.desc).fetchOne(db)
    }

    /// The sequence number of the first event written in encoding version 2 or later, if any.
    package func firstVersion2Sequence() throws -> Int64? {
        try CustodyEventRecord.select(CustodyEventRecord.Columns.sequence, as: Int64.self)
            .filter(CustodyEventRecord.Columns.encoding >= 2).order(CustodyEventRecord.Columns.sequence).fetchOne(db)
    }

    /// The highest sequence number in the custody log, or 0 for an empty log.
    package func highestCustodySequence() throws -> Int64 {
        try CustodyEventRecord.select(max(CustodyEventRecord.Columns.sequence), as: Int64.self).fetchOne(db) ?? 0
    }

    /// The custody log, or one evidence item's part of it, oldest first.
    package func custodyEvents(evidenceId: Int64? = nil) throws -> [CustodyEventRecord] {
        var request = CustodyEventRecord.order(CustodyEventRecord.Columns.sequence)
        if let evidenceId { request = request.filter(CustodyEventRecord.Columns.evidenceId == evidenceId) }
        return try request.fetchAll(db)
    }

    /// The custody event whose hash is `eventHash`, if any.
    package func custodyEvent(hash eventHash: String) throws -> CustodyEventRecord? {
        try CustodyEventRecord.filter(CustodyEventRecord.Columns.eventHash == eventHash).fetchOne(db)
    }

    /// The registered signing key of the handler named `handler`, if any.
    package func handlerKey(_ handler: String) throws -> HandlerKeyRecord? {
        try HandlerKeyRecord.fetchOne(db, key: handler)
    }

    /// Every registered signing key.
    package func handlerKeys() throws -> [HandlerKeyRecord] {
        try HandlerKeyRecord.fetchAll(db)
    }

    /// Every imported timestamp anchor, by the sequence it covers.
    package func anchors() throws -> [AnchorRecord] {
        try AnchorRecord.order(AnchorRecord.Columns.sequence).fetchAll(db)
    }

    /// The sealed identity fields of the witnesses numbered `witnesses`.
    package func sealedIdentities(ofWitnesses witnesses: [Int64]) throws -> [SealedIdentityRecord] {
        try SealedIdentityRecord.filter(witnesses.contains(SealedIdentityRecord.Columns.witnessId)).fetchAll(db)
    }

    /// Every sealed identity field, as stored (ciphertexts only).
    package func sealedIdentities() throws -> [SealedIdentityRecord] {
        try SealedIdentityRecord.fetchAll(db)
    }

    /// The SHA-256 of every object noted as being stored but not yet committed as evidence.
    package func pendingObjectDigests() throws -> Set<String> {
        Set(try String.fetchAll(db, sql: "SELECT sha256 FROM pending_object"))
    }

    /// The SHA-256 of every object the case refers to: its evidence and the objects pending.
    package func referencedObjectDigests() throws -> Set<String> {
        Set(try String.fetchAll(db, sql: "SELECT sha256 FROM evidence_item UNION SELECT sha256 FROM pending_object"))
    }

    /// Every evidence item, by id, with the fields `verify` compares (read by column position:
    /// name-based decoding dominated verify's time on cases with thousands of files).
    package func evidenceItemsForVerify() throws -> [EvidenceItemRecord] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT id, sha256, sha512, size, originalName, mediaType, kind, description, source, acquiredBy, acquiredAt
                FROM evidence_item ORDER BY id
                """
        ).map { row in
            EvidenceItemRecord(
                id: row[0], sha256: row[1], sha512: row[2], size: row[3], mediaType: row[5], kind: row[6], originalName: row[4],
                description: row[7], source: row[8], acquiredBy: row[9], acquiredAt: row[10], ingestedAt: "", wasSymlink: false)
        }
    }

    /// The whole custody log, oldest first, read by column position as `evidenceItemsForVerify`.
    package func custodyEventsForVerify() throws -> [CustodyEventRecord] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT sequence, evidenceId, action, handler, occurredAt, objectSha256, note, previousHash, eventHash,
                       signature, keyFingerprint, encoding, details
                FROM custody_event ORDER BY sequence
                """
        ).map { row in
            CustodyEventRecord(
                sequence: row[0], evidenceId: row[1], action: row[2], handler: row[3], occurredAt: row[4],
                objectSha256: row[5], note: row[6], previousHash: row[7], eventHash: row[8], signature: row[9],
                keyFingerprint: row[10], encoding: row[11], details: row[12])
        }
    }

    /// Each witness's stored consent, by witness number.
    package func witnessConsents() throws -> [Int64: String] {
        Dictionary(
            try Row.fetchAll(db, sql: "SELECT id, consent FROM witness").map { ($0[0] as Int64, $0[1] as String) },
            uniquingKeysWith: { first, _ in first })
    }

    /// The highest evidence id SQLite has ever handed out (deleted rows included), or 0.
    package func highestEvidenceIDEverUsed() throws -> Int64 {
        try Int64.fetchOne(db, sql: "SELECT seq FROM sqlite_sequence WHERE name = 'evidence_item'") ?? 0
    }

    /// The case's identifier, if the case has been given one.
    package func caseIdentifier() throws -> String? {
        try String.fetchOne(db, sql: "SELECT caseIdentifier FROM case_info WHERE id = 1")
    }
}

extension StoreTransaction {
    /// The custody events of the evidence items numbered `evidenceIds`, oldest first.
    package func custodyEvents(ofEvidence evidenceIds: [Int64]) throws -> [CustodyEventRecord] {
        try CustodyEventRecord.filter(evidenceIds.contains(CustodyEventRecord.Columns.evidenceId))
            .order(CustodyEventRecord.Columns.sequence).fetchAll(db)
    }
}
