import GRDB

/// The case facts as the one `case_info` row stores them.
///
/// A record of its own (rather than more properties on `CaseInfo`) so that writing the facts
/// touches only their columns, and the row's identifier and creation time are never rewritten.
struct CaseFactsRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "case_info"
    var id: Int64 = 1
    var title: String
    var organization: String?
    var organizationDescription: String?
    var contact: String?
    var situation: String?
    var periodText: String?
    var periodStart: String?
    var periodEnd: String?
    var complementarity: String?
    var gravity: String?
    var requests: String?
    var confidentiality: String?
}

/// One change to one case fact, as the append-only case history keeps it.
///
/// Like `RecordHistoryRecord`, rows are only ever inserted: triggers refuse UPDATE and DELETE.
struct CaseFactHistoryRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "case_fact_history"
    var id: Int64?
    /// The fact's stable key, such as `situation` (the name `case set` takes).
    var field: String
    var oldValue: String?
    var newValue: String?
    var handler: String
    /// UTC, to the second.
    var changedAt: String

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
