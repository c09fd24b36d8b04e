import CasebookModel
import CasebookStore
import Foundation
import GRDB

/// Everything `verify` compares against, read in one go.
struct VerifySnapshot {
    let items: [EvidenceItemRecord]
    let events: [CustodyEventRecord]
    let keyRows: [HandlerKeyRecord]
    let pending: Set<String>
    let anchors: [AnchorRecord]
    /// Each witness's stored consent, by witness number.
    let consent: [Int64: String]
    /// Every sealed identity field, as stored (ciphertexts only).
    let sealed: [SealedIdentityRecord]
    /// The highest evidence id SQLite has ever handed out.
    let highestEvidenceID: Int64
    /// The case's identifier, under which verify also remembers its head.
    let caseIdentifier: String?

    init(_ db: Database) throws {
        // Read by column position rather than through Codable: verify reads every row of both
        // tables, and name-based decoding dominated its time on cases with thousands of files.
        items = try Row.fetchAll(
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
        events = try Row.fetchAll(
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
        keyRows = try HandlerKeyRecord.fetchAll(db)
        pending = Set(try String.fetchAll(db, sql: "SELECT sha256 FROM pending_object"))
        anchors = try AnchorRecord.order(Column("sequence")).fetchAll(db)
        consent = Dictionary(
            try Row.fetchAll(db, sql: "SELECT id, consent FROM witness").map { ($0[0] as Int64, $0[1] as String) },
            uniquingKeysWith: { first, _ in first })
        sealed = try SealedIdentityRecord.fetchAll(db)
        highestEvidenceID = try Int64.fetchOne(db, sql: "SELECT seq FROM sqlite_sequence WHERE name = 'evidence_item'") ?? 0
        caseIdentifier = try String.fetchOne(db, sql: "SELECT caseIdentifier FROM case_info WHERE id = 1")
    }
}
