import Foundation
import GRDB

/// An RFC 3161 timestamp reply that proves the custody log up to `sequence` existed, unchanged,
/// at the time a timestamping authority signed it.
package struct AnchorRecord: Codable, FetchableRecord, MutablePersistableRecord {
    package static let databaseTableName = "anchor"
    package var id: Int64?
    package var sequence: Int64
    package var headHash: String
    package var response: Data
    package var genTime: String?
    package var importedAt: String
    /// The authority certificates the reply was checked against at import, if any.
    package var authorityPEM: String? = nil

    package init(
        id: Int64? = nil, sequence: Int64, headHash: String, response: Data, genTime: String? = nil, importedAt: String,
        authorityPEM: String? = nil
    ) {
        self.id = id
        self.sequence = sequence
        self.headHash = headHash
        self.response = response
        self.genTime = genTime
        self.importedAt = importedAt
        self.authorityPEM = authorityPEM
    }

    package mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    /// The columns requests filter and order by.
    package enum Columns {
        package static let sequence = Column(CodingKeys.sequence)
    }
}
