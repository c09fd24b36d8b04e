import Foundation
import GRDB

/// An RFC 3161 timestamp reply that proves the custody log up to `sequence` existed, unchanged,
/// at the time a timestamping authority signed it.
struct AnchorRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "anchor"
    var id: Int64?
    var sequence: Int64
    var headHash: String
    var response: Data
    var genTime: String?
    var importedAt: String
    /// The authority certificates the reply was checked against at import, if any.
    var authorityPEM: String? = nil

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
