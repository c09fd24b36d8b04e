import GRDB

/// A passage of a testimony that the witness withdrew, as the append-only table keeps it.
///
/// The Commission of Inquiry set aside part of one witness's account and relied on the rest: a
/// withdrawal removes the passage from the weighing of the evidence, never the testimony.
package struct TestimonyRetractionRecord: Codable, FetchableRecord, MutablePersistableRecord {
    package static let databaseTableName = "testimony_retraction"
    package var id: Int64?
    package var testimonyId: Int64
    /// The pinpoint withdrawn, as typed ("para. 12").
    package var passage: String
    package var reason: String
    package var handler: String
    /// UTC, to the second.
    package var recordedAt: String

    package init(testimonyId: Int64, passage: String, reason: String, handler: String, recordedAt: String) {
        self.testimonyId = testimonyId
        self.passage = passage
        self.reason = reason
        self.handler = handler
        self.recordedAt = recordedAt
    }

    package mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
