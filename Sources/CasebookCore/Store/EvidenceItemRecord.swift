import GRDB

/// An evidence file held in the content-addressed store, described as it was acquired.
struct EvidenceItemRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "evidence_item"
    var id: Int64?
    var sha256: String
    var sha512: String
    var size: Int64
    var mediaType: String?
    var kind: String?
    var originalName: String
    var description: String?
    var source: String?
    var acquiredBy: String?
    var acquiredAt: String?
    var ingestedAt: String
    var wasSymlink: Bool
    var redactedFromId: Int64? = nil
    /// The team's own key for this record (from its spreadsheets), unique per kind.
    var externalId: String? = nil

    enum Columns {
        static let sha256 = Column(CodingKeys.sha256)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
