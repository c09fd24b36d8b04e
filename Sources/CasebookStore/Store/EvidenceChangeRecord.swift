import GRDB

/// One correction of an evidence item's grade or source links, as the append-only table keeps it.
///
/// The file and its provenance are in the custody log, which never changes; what the team later
/// judges about the item (how reliable, whose it is, what it relays) can be corrected, and each
/// correction is kept with who made it and when.
package struct EvidenceChangeRecord: Codable, FetchableRecord, MutablePersistableRecord {
    package static let databaseTableName = "evidence_change"
    package var id: Int64?
    package var evidenceId: Int64
    /// The field's stable key, such as `reliability-grade` (the `RecordFields` key).
    package var field: String
    package var oldValue: String?
    package var newValue: String?
    package var handler: String
    /// UTC, to the second.
    package var changedAt: String

    package init(evidenceId: Int64, field: String, oldValue: String?, newValue: String?, handler: String, changedAt: String) {
        self.evidenceId = evidenceId
        self.field = field
        self.oldValue = oldValue
        self.newValue = newValue
        self.handler = handler
        self.changedAt = changedAt
    }

    package mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
