import CasebookCrypto
import CasebookModel
import CasebookStore
import Foundation

/// An event to append to the custody log.
package struct NewCustodyEvent: Sendable {
    var evidenceId: Int64?
    var action: CustodyAction
    var handler: Handler
    var objectSha256: String?
    var note: String?
    /// Version 2's named lines (`CustodyEventRecord.detailLines`), or nil for none.
    var details: String? = nil

    package init(
        evidenceId: Int64? = nil, action: CustodyAction, handler: Handler, objectSha256: String? = nil,
        note: String? = nil, details: String? = nil
    ) {
        self.evidenceId = evidenceId
        self.action = action
        self.handler = handler
        self.objectSha256 = objectSha256
        self.note = note
        self.details = details
    }
}

extension Case {
    /// Appends events to the one global chain inside the caller's write transaction, signing
    /// each with its handler's key when the handler has one.
    ///
    /// SQLite's write lock serialises appenders, so two processes can never both extend the
    /// same head.
    @discardableResult
    package func appendCustody(_ events: [NewCustodyEvent], in tx: StoreTransaction, privateKeyAt keyFile: URL? = nil) throws
        -> [CustodyEventRecord]
    {
        var signers: [Handler: Signer?] = [:]
        let last = try tx.latestCustodyEvent()
        var sequence = last?.sequence ?? 0
        var previous = last?.eventHash ?? CustodyEventRecord.genesisHash
        let now = timestampNow()
        // Every version 2 event names the event where version 2 began, so that rewriting the
        // first of them in version 1 contradicts the signed ones after.
        let v2Since =
            try tx.firstVersion2Sequence() ?? (sequence + 1)
        var appended: [CustodyEventRecord] = []
        for event in events {
            if signers[event.handler] == nil { signers[event.handler] = try signer(for: event.handler, in: tx, keyFile: keyFile) }
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
            try tx.insert(&record)
            previous = record.eventHash
            appended.append(record)
        }
        return appended
    }

    /// The custody log, or one item's part of it, oldest first.
    public func custodyLog(for evidence: RecordID? = nil) throws -> [CustodyEntry] {
        try database.readTransaction { tx in
            if let evidence {
                guard evidence.kind == .evidence else {
                    throw RecordError.wrongKind(evidence, expected: [.evidence], role: .subject)
                }
                try tx.requireExists(evidence, kind: .evidence)
            }
            return try tx.custodyEvents(evidenceId: evidence?.number).map(CustodyEntry.init)
        }
    }

    /// The newest event: its sequence number and hash, which stand for the whole log.
    public func custodyHead() throws -> CustodyHead {
        try database.readTransaction { tx in
            let last = try tx.latestCustodyEvent()
            return CustodyHead(sequence: last?.sequence ?? 0, hash: last?.eventHash ?? CustodyEventRecord.genesisHash)
        }
    }

    /// Records that an item passed from one person to another.
    ///
    /// The recipient and the reason stay in the custody log for good, so they are first checked
    /// for witness identities (`noteCheck`).
    public func transfer(
        _ evidence: RecordID, to recipient: String, by handler: Handler, reason: String?,
        noteCheck: CustodyNoteCheck = CustodyNoteCheck()
    ) throws -> RecordedTransfer {
        guard evidence.kind == .evidence else { throw RecordError.wrongKind(evidence, expected: [.evidence], role: .subject) }
        guard let recipient = Validate.optional(recipient) else { throw RecordError.noRecipient }
        let notes = try custodyNoteGuard(noteCheck, notes: "The recipient and reason of a custody transfer")
        try notes.check(handler.name, place: "the handler's name")
        try notes.check(recipient, place: "the recipient of the transfer")
        try notes.check(Validate.optional(reason), place: "the reason for the transfer")
        let record = try database.writeTransaction { tx in
            guard let item = try tx.fetchOne(EvidenceItemRecord.self, key: evidence.number) else {
                throw RecordError.notFound(evidence)
            }
            var note = "to: \(recipient)"
            if let reason = Validate.optional(reason) { note += "; reason: \(reason)" }
            return try appendCustody(
                [
                    NewCustodyEvent(
                        evidenceId: evidence.number, action: .transferred, handler: handler, objectSha256: item.sha256, note: note)
                ],
                in: tx)[0]
        }
        try logUsedWaivers(notes.leakGuard, what: "custody transfer of \(evidence)", handler: handler)
        return RecordedTransfer(entry: CustodyEntry(record), unchecked: !notes.checked)
    }
}

/// A transfer as recorded, and whether its notes went into the log unchecked for witness
/// identities (the case holds some and no passphrase was at hand).
public struct RecordedTransfer: Sendable {
    public let entry: CustodyEntry
    public let unchecked: Bool
}

/// The sequence number and hash of the newest custody event.
public struct CustodyHead: Codable, Sendable, Equatable {
    public let sequence: Int64
    public let hash: String

    package init(sequence: Int64, hash: String) {
        self.sequence = sequence
        self.hash = hash
    }
}
