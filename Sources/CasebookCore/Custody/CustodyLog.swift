import CasebookCrypto
import CasebookModel
import CasebookStore
import Foundation
import GRDB

/// An event to append to the custody log.
struct NewCustodyEvent: Sendable {
    var evidenceId: Int64?
    var action: CustodyAction
    var handler: Handler
    var objectSha256: String?
    var note: String?
    /// Version 2's named lines (`CustodyEventRecord.detailLines`), or nil for none.
    var details: String? = nil
}

extension OpenCase {
    /// Appends events to the one global chain inside the caller's write transaction, signing
    /// each with its handler's key when the handler has one.
    ///
    /// SQLite's write lock serialises appenders, so two processes can never both extend the
    /// same head.
    @discardableResult
    func appendCustody(_ events: [NewCustodyEvent], in db: Database, privateKeyAt keyFile: URL? = nil) throws
        -> [CustodyEventRecord]
    {
        var signers: [Handler: Signer?] = [:]
        let last = try CustodyEventRecord.order(CustodyEventRecord.Columns.sequence.desc).fetchOne(db)
        var sequence = last?.sequence ?? 0
        var previous = last?.eventHash ?? CustodyEventRecord.genesisHash
        let now = timestampNow()
        // Every version 2 event names the event where version 2 began, so that rewriting the
        // first of them in version 1 contradicts the signed ones after.
        let v2Since =
            try Int64.fetchOne(
                db, sql: "SELECT sequence FROM custody_event WHERE encoding >= 2 ORDER BY sequence LIMIT 1") ?? (sequence + 1)
        var appended: [CustodyEventRecord] = []
        for event in events {
            if signers[event.handler] == nil { signers[event.handler] = try signer(for: event.handler, in: db, keyFile: keyFile) }
            let signer = signers[event.handler] ?? nil
            sequence += 1
            var record = CustodyEventRecord(
                sequence: sequence, evidenceId: event.evidenceId, action: event.action.rawValue, handler: event.handler.name,
                occurredAt: now, objectSha256: event.objectSha256, note: event.note, previousHash: previous, eventHash: "",
                signature: nil, keyFingerprint: signer?.fingerprint, encoding: CustodyEventRecord.currentEncoding,
                details: (event.details ?? "") + CustodyEventRecord.detailLines([("v2-since", String(v2Since))]))
            record.eventHash = try record.computedHash()
            if let signer {
                record.signature = Data(
                    try integrity { () throws(CryptoError) in try Ed25519.sign(record.canonicalBytes, privatePEM: signer.privatePEM)
                    })
            }
            try record.insert(db)
            previous = record.eventHash
            appended.append(record)
        }
        return appended
    }

    /// The custody log, or one item's part of it, oldest first.
    public func custodyLog(for evidence: RecordID? = nil) throws -> [CustodyEntry] {
        try database.read { db in
            var request = CustodyEventRecord.order(CustodyEventRecord.Columns.sequence)
            if let evidence {
                guard evidence.kind == .evidence else {
                    throw RecordError.wrongKind(evidence, expected: [.evidence], role: .subject)
                }
                try AppDatabase.requireExists(evidence, kind: .evidence, in: db)
                request = request.filter(CustodyEventRecord.Columns.evidenceId == evidence.number)
            }
            return try request.fetchAll(db).map(CustodyEntry.init)
        }
    }

    /// The newest event: its sequence number and hash, which stand for the whole log.
    public func custodyHead() throws -> CustodyHead {
        try database.read { db in
            let last = try CustodyEventRecord.order(CustodyEventRecord.Columns.sequence.desc).fetchOne(db)
            return CustodyHead(sequence: last?.sequence ?? 0, hash: last?.eventHash ?? CustodyEventRecord.genesisHash)
        }
    }

    /// Records that an item passed from one person to another.
    public func transfer(_ evidence: RecordID, to recipient: String, by handler: Handler, reason: String?) throws -> CustodyEntry {
        guard evidence.kind == .evidence else { throw RecordError.wrongKind(evidence, expected: [.evidence], role: .subject) }
        guard let recipient = Validate.optional(recipient) else { throw RecordError.noRecipient }
        let record = try database.write { db in
            guard let item = try EvidenceItemRecord.fetchOne(db, key: evidence.number) else {
                throw RecordError.notFound(evidence)
            }
            var note = "to: \(recipient)"
            if let reason = Validate.optional(reason) { note += "; reason: \(reason)" }
            return try appendCustody(
                [
                    NewCustodyEvent(
                        evidenceId: evidence.number, action: .transferred, handler: handler, objectSha256: item.sha256, note: note)
                ],
                in: db)[0]
        }
        return CustodyEntry(record)
    }
}

/// The sequence number and hash of the newest custody event.
public struct CustodyHead: Codable, Sendable, Equatable {
    public let sequence: Int64
    public let hash: String
}
