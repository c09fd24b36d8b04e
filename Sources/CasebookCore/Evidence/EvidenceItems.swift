import CasebookModel
import CasebookProtection
import CasebookStore
import Foundation

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
    /// What `evidence list` flags: "gps" when the file's metadata holds a GPS position, "person"
    /// when it names a person (author, artist, creator, by-line, last modified by).
    public var metadataFlags: [String]? = nil
    /// The metadata fields the file carries (filled by `evidence show` and the JSON export).
    public var metadata: [MetadataField]? = nil
    /// What could not be read of the file's metadata (filled with `metadata`).
    public var metadataNotes: [String]? = nil
    /// The file's type by content and by name, when they disagree (`evidence show` gives it always).
    public var typeCheck: TypeCheck? = nil
    /// The source reliability grade given at ingest, A to F, and the note on it.
    public var reliability: SourceReliability? = nil
    public var reliabilityNote: String? = nil
    /// The witness who provided the item or whom it records, and the source it relays.
    public var providedBy: RecordID? = nil
    public var derivedFrom: RecordID? = nil
}

extension Case {
    /// Every evidence item, oldest first.
    public func evidenceItems() throws -> [EvidenceSummary] {
        try evidenceItems(withMetadata: false)
    }

    /// Every evidence item, oldest first, flagged for GPS and person fields; with `withMetadata`,
    /// each with its metadata fields (for the JSON export).
    package func evidenceItems(withMetadata: Bool) throws -> [EvidenceSummary] {
        let records = try database.readTransaction { tx in try tx.evidenceItems() }
        let metadata = try self.metadata(of: records)
        return records.map { record in
            Self.summary(of: record, custody: nil).with(metadata[record.id ?? 0], fields: withMetadata, allTypes: false)
        }
    }

    /// One evidence item with its full custody history.
    public func evidenceItem(_ id: RecordID) throws -> EvidenceSummary {
        guard id.kind == .evidence else { throw RecordError.wrongKind(id, expected: [.evidence], role: .subject) }
        let (record, summary) = try database.readTransaction { tx in
            guard let record = try tx.fetchOne(EvidenceItemRecord.self, key: id.number) else { throw RecordError.notFound(id) }
            let events = try tx.custodyEvents(evidenceId: id.number)
            return (record, Self.summary(of: record, custody: events.map(CustodyEntry.init)))
        }
        return summary.with(try metadata(of: [record])[id.number], fields: true, allTypes: true)
    }

    static func summary(of record: EvidenceItemRecord, custody: [CustodyEntry]?) -> EvidenceSummary {
        var summary = EvidenceSummary(
            id: RecordID(.evidence, record.id ?? 0), originalName: record.originalName, sha256: record.sha256,
            sha512: record.sha512, size: record.size, mediaType: record.mediaType, kind: record.kind,
            description: record.description, source: record.source, acquiredBy: record.acquiredBy,
            acquiredAt: record.acquiredAt, ingestedAt: record.ingestedAt, wasSymlink: record.wasSymlink, custody: custody,
            externalId: record.externalId)
        summary.reliability = record.reliabilityGrade.flatMap(SourceReliability.init(rawValue:))
        summary.reliabilityNote = record.reliabilityNote
        summary.providedBy = record.providedByWitnessId.map { RecordID(.witness, $0) }
        summary.derivedFrom =
            record.derivedFromTestimonyId.map { RecordID(.testimony, $0) }
            ?? record.derivedFromEvidenceId.map { RecordID(.evidence, $0) }
        return summary
    }
}

extension EvidenceSummary {
    /// This summary with the item's metadata flags, and with its fields when `fields` is set.
    func with(_ metadata: EvidenceMetadata?, fields: Bool, allTypes: Bool) -> EvidenceSummary {
        guard let metadata else { return self }
        var copy = self
        var flags: [String] = []
        if !metadata.gpsFields.isEmpty { flags.append("gps") }
        if !metadata.personFields.isEmpty { flags.append("person") }
        copy.metadataFlags = flags.isEmpty ? nil : flags
        if fields {
            copy.metadata = metadata.fields
            copy.metadataNotes = metadata.notes.isEmpty ? nil : metadata.notes
        }
        if allTypes || metadata.types.disagrees { copy.typeCheck = metadata.types }
        return copy
    }
}
