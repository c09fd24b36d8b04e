import CasebookModel
import GRDB

/// One change to one field of a case record, as the append-only history keeps it.
///
/// Courts ask who changed a record and when, so rows are only ever inserted: the schema's
/// triggers refuse UPDATE and DELETE. For a sealed identity field only the fact of the change
/// is kept (`sealed`), never the old or the new value.
package struct RecordHistoryRecord: Codable, FetchableRecord, MutablePersistableRecord {
    package static let databaseTableName = "record_history"
    package var id: Int64?
    /// The record's kind prefix: `W`, `T`, `I` or `A`.
    package var recordKind: String
    /// The record's row number in its table.
    package var recordNumber: Int64
    /// The field's stable key, such as `birth-year` or `name`.
    package var field: String
    package var oldValue: String?
    package var newValue: String?
    /// Whether the field is a sealed identity field (then both values are NULL).
    package var sealed: Bool
    package var handler: String
    /// UTC, to the second.
    package var changedAt: String

    package init(
        id: Int64? = nil, recordKind: String, recordNumber: Int64, field: String, oldValue: String? = nil, newValue: String? = nil,
        sealed: Bool, handler: String, changedAt: String
    ) {
        self.id = id
        self.recordKind = recordKind
        self.recordNumber = recordNumber
        self.field = field
        self.oldValue = oldValue
        self.newValue = newValue
        self.sealed = sealed
        self.handler = handler
        self.changedAt = changedAt
    }

    package enum Columns {
        package static let recordKind = Column(CodingKeys.recordKind)
        package static let recordNumber = Column(CodingKeys.recordNumber)
    }

    package mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension DerivableRequest<RecordHistoryRecord> {
    /// The changes to one record, oldest first.
    package func about(_ record: RecordID) -> Self {
        filter(
            RecordHistoryRecord.Columns.recordKind == record.kind.rawValue
                && RecordHistoryRecord.Columns.recordNumber == record.number
        )
        .orderByPrimaryKey()
    }
}
