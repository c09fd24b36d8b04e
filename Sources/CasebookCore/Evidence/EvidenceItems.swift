import CasebookModel
import CasebookStore
import Foundation
import GRDB

/// An evidence item as `evidence list` and `evidence show` print it.
public struct EvidenceSummary: Codable, Sendable, Equatable {
    public let id: RecordID
    public let originalName: String
    public let sha256: String
    public let sha512: String
    public let size: Int64
    public let mediaType: String?
    public let kind: String?
    public let description: String?
    public let source: String?
    public let acquiredBy: String?
    public let acquiredAt: String?
    public let ingestedAt: String
    public let wasSymlink: Bool
    /// The item's custody history, oldest first (filled by `evidence show`).
    public let custody: [CustodyEntry]?
    /// The team's own key for this record, when it was imported or given one.
    public var externalId: String? = nil
}

extension OpenCase {
    /// Every evidence item, oldest first.
    public func evidenceItems() throws -> [EvidenceSummary] {
        try database.read { db in
            try EvidenceItemRecord.order(Column("id")).fetchAll(db).map { Self.summary(of: $0, custody: nil) }
        }
    }

    /// One evidence item with its full custody history.
    public func evidenceItem(_ id: RecordID) throws -> EvidenceSummary {
        guard id.kind == .evidence else { throw RecordError.wrongKind(id, expected: [.evidence], role: .subject) }
        return try database.read { db in
            guard let record = try EvidenceItemRecord.fetchOne(db, key: id.number) else { throw RecordError.notFound(id) }
            let events = try CustodyEventRecord.filter(CustodyEventRecord.Columns.evidenceId == id.number)
                .order(CustodyEventRecord.Columns.sequence).fetchAll(db)
            return Self.summary(of: record, custody: events.map(CustodyEntry.init))
        }
    }

    static func summary(of record: EvidenceItemRecord, custody: [CustodyEntry]?) -> EvidenceSummary {
        EvidenceSummary(
            id: RecordID(.evidence, record.id ?? 0), originalName: record.originalName, sha256: record.sha256,
            sha512: record.sha512, size: record.size, mediaType: record.mediaType, kind: record.kind,
            description: record.description, source: record.source, acquiredBy: record.acquiredBy,
            acquiredAt: record.acquiredAt, ingestedAt: record.ingestedAt, wasSymlink: record.wasSymlink, custody: custody,
            externalId: record.externalId)
    }
}
