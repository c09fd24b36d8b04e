import CasebookModel
import GRDB

/// What import and export ask of the store beyond the records themselves: the team's own keys
/// (external ids), existence checks, and the whole logs an export carries.
extension StoreTransaction {
    /// Whether a record of `id`'s kind exists with its number.
    package func exists(_ id: RecordID) throws -> Bool {
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(id.kind.databaseTableName) WHERE id = ?", arguments: [id.number]) ?? 0 > 0
    }

    /// The number of the record of kind `kind` the team keys `externalId`, if any.
    package func recordNumber(externalId: String, kind: RecordKind) throws -> Int64? {
        try Int64.fetchOne(db, sql: "SELECT id FROM \(kind.databaseTableName) WHERE externalId = ?", arguments: [externalId])
    }

    /// Gives evidence item `evidence` the team's own key `externalId`, unless it has one already.
    package func setExternalIdIfUnset(_ externalId: String, evidence: Int64) throws {
        try db.execute(
            sql: "UPDATE evidence_item SET externalId = ? WHERE id = ? AND externalId IS NULL", arguments: [externalId, evidence])
    }

    /// The custody events that carry a signature, oldest first.
    package func signedCustodyEvents() throws -> [CustodyEventRecord] {
        try CustodyEventRecord.filter(CustodyEventRecord.Columns.signature != nil).order(CustodyEventRecord.Columns.sequence)
            .fetchAll(db)
    }
}
