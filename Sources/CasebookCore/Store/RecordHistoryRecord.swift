import GRDB

/// One change to one field of a case record, as the append-only history keeps it.
///
/// Courts ask who changed a record and when, so rows are only ever inserted: the schema's
/// triggers refuse UPDATE and DELETE. For a sealed identity field only the fact of the change
/// is kept (`sealed`), never the old or the new value.
struct RecordHistoryRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "record_history"
    var id: Int64?
    /// The record's kind prefix: `W`, `T`, `I` or `A`.
    var recordKind: String
    /// The record's row number in its table.
    var recordNumber: Int64
    /// The field's stable key, such as `birth-year` or `name`.
    var field: String
    var oldValue: String?
    var newValue: String?
    /// Whether the field is a sealed identity field (then both values are NULL).
    var sealed: Bool
    var handler: String
    /// UTC, to the second.
    var changedAt: String

    enum Columns {
        static let recordKind = Column(CodingKeys.recordKind)
        static let recordNumber = Column(CodingKeys.recordNumber)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension DerivableRequest<RecordHistoryRecord> {
    /// The changes to one record, oldest first.
    func about(_ record: RecordID) -> Self {
        filter(RecordHistoryRecord.Columns.recordKind == record.kind.rawValue && RecordHistoryRecord.Columns.recordNumber == record.number)
            .order(Column("id"))
    }
}
