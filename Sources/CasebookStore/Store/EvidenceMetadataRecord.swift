import GRDB

/// That an evidence item's file has been read for metadata, and what its content and its name say it is.
package struct EvidenceInspectionRecord: Codable, FetchableRecord, PersistableRecord {
    package static let databaseTableName = "evidence_inspection"
    package var evidenceId: Int64
    /// The format whose metadata was read ("JPEG image"), or nil.
    package var format: String?
    package var typeByContent: String?
    package var typeByName: String?
    /// Notes on what could not be read, as a JSON array of sentences.
    package var notes: String
    package var readerVersion: Int
    package var inspectedAt: String

    package init(
        evidenceId: Int64, format: String?, typeByContent: String?, typeByName: String?, notes: String, readerVersion: Int,
        inspectedAt: String
    ) {
        self.evidenceId = evidenceId
        self.format = format
        self.typeByContent = typeByContent
        self.typeByName = typeByName
        self.notes = notes
        self.readerVersion = readerVersion
        self.inspectedAt = inspectedAt
    }

    package enum Columns {
        package static let evidenceId = Column(CodingKeys.evidenceId)
    }
}

/// One metadata field read from an evidence item's file.
package struct EvidenceMetadataRecord: Codable, FetchableRecord, MutablePersistableRecord {
    package static let databaseTableName = "evidence_metadata"
    package var id: Int64?
    package var evidenceId: Int64
    package var position: Int
    package var key: String
    package var name: String
    package var value: String
    package var category: String

    package init(evidenceId: Int64, position: Int, key: String, name: String, value: String, category: String) {
        self.evidenceId = evidenceId
        self.position = position
        self.key = key
        self.name = name
        self.value = value
        self.category = category
    }

    package enum Columns {
        package static let evidenceId = Column(CodingKeys.evidenceId)
        package static let position = Column(CodingKeys.position)
    }

    package mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension EvidenceInspectionRecord {
    /// Forgets what an older version of the reader found in one item's file, so that the item is
    /// read again by the current one (which may find fields the older one passed over).
    package static func forget(evidenceId: Int64, in db: Database) throws {
        _ = try EvidenceMetadataRecord.filter(EvidenceMetadataRecord.Columns.evidenceId == evidenceId).deleteAll(db)
        _ = try filter(Columns.evidenceId == evidenceId).deleteAll(db)
    }
}
