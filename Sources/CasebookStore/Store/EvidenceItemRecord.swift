import CasebookModel
import GRDB

/// An evidence file held in the content-addressed store, described as it was acquired.
package struct EvidenceItemRecord: Codable, FetchableRecord, MutablePersistableRecord {
    package static let databaseTableName = "evidence_item"
    package var id: Int64?
    package var sha256: String
    package var sha512: String
    package var size: Int64
    package var mediaType: String?
    package var kind: String?
    package var originalName: String
    package var description: String?
    package var source: String?
    package var acquiredBy: String?
    package var acquiredAt: String?
    package var ingestedAt: String
    package var wasSymlink: Bool
    package var redactedFromId: Int64? = nil
    /// The team's own key for this record (from its spreadsheets), unique per kind.
    package var externalId: String? = nil
    /// The source reliability grade, A to F, and the team's note on it.
    package var reliabilityGrade: String? = nil
    package var reliabilityNote: String? = nil
    /// The witness who handed the item over or whom it records (a photo, a sketch, a recording).
    package var providedByWitnessId: Int64? = nil
    /// The testimony or item this one relays (a report quoting an interview).
    package var derivedFromTestimonyId: Int64? = nil
    package var derivedFromEvidenceId: Int64? = nil

    package init(
        id: Int64? = nil, sha256: String, sha512: String, size: Int64, mediaType: String? = nil, kind: String? = nil,
        originalName: String, description: String? = nil, source: String? = nil, acquiredBy: String? = nil,
        acquiredAt: String? = nil, ingestedAt: String, wasSymlink: Bool, redactedFromId: Int64? = nil, externalId: String? = nil
    ) {
        self.id = id
        self.sha256 = sha256
        self.sha512 = sha512
        self.size = size
        self.mediaType = mediaType
        self.kind = kind
        self.originalName = originalName
        self.description = description
        self.source = source
        self.acquiredBy = acquiredBy
        self.acquiredAt = acquiredAt
        self.ingestedAt = ingestedAt
        self.wasSymlink = wasSymlink
        self.redactedFromId = redactedFromId
        self.externalId = externalId
    }

    package enum Columns {
        package static let id = Column(CodingKeys.id)
        package static let sha256 = Column(CodingKeys.sha256)
        package static let redactedFromId = Column(CodingKeys.redactedFromId)
    }

    package mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
