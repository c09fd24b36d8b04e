import Foundation
import GRDB

/// One sealed identity field as stored.
package struct SealedIdentityRecord: Codable, FetchableRecord, PersistableRecord {
    package static let databaseTableName = "witness_identity"
    package var witnessId: Int64
    package var field: String
    package var sealed: Data

    package init(witnessId: Int64, field: String, sealed: Data) {
        self.witnessId = witnessId
        self.field = field
        self.sealed = sealed
    }

    /// The columns requests filter and order by.
    package enum Columns {
        package static let witnessId = Column(CodingKeys.witnessId)
        package static let field = Column(CodingKeys.field)
    }
}
