import CasebookModel
import GRDB

/// Single-column updates the core makes inside its own transactions, kept here so that no SQL is
/// written outside the store.
extension AppDatabase {
    /// Forgets the note that an object was being stored, once its evidence row is committed.
    static func forgetPendingObject(sha256: String, in db: Database) throws {
        try Table("pending_object").filter(Column("sha256") == sha256).deleteAll(db)
    }

    /// Records that evidence item `copy` is a redacted copy of `original`.
    static func markRedactedCopy(_ copy: Int64, of original: Int64, in db: Database) throws {
        try EvidenceItemRecord.filter(key: copy).updateAll(db, EvidenceItemRecord.Columns.redactedFromId.set(to: original))
    }

    /// Gives a record the team's own key `externalId`, in one transaction.
    package func setExternalId(_ externalId: String, of record: RecordID) throws {
        try write { db in
            _ = try Table(record.kind.databaseTableName).filter(key: record.number).updateAll(
                db, Column("externalId").set(to: externalId))
        }
    }
}
