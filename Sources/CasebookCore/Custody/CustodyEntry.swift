import CasebookModel
import CasebookStore

/// A custody event as commands print it.
public struct CustodyEntry: Codable, Sendable, Equatable {
    public let sequence: Int64
    public let evidence: RecordID?
    public let action: String
    public let handler: String
    public let time: String
    public let objectSha256: String?
    public let note: String?
    public let previousHash: String
    public let hash: String
    public let signed: Bool

    package init(_ record: CustodyEventRecord) {
        sequence = record.sequence
        evidence = record.evidenceId.map { RecordID(.evidence, $0) }
        action = record.action
        handler = record.handler
        time = record.occurredAt
        objectSha256 = record.objectSha256
        note = record.note
        previousHash = record.previousHash
        hash = record.eventHash
        signed = record.signature != nil
    }
}
