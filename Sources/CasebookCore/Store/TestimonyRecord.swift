import GRDB

/// One interview with a witness: when, where, by whom, and what was said in summary.
struct TestimonyRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "testimony"
    var id: Int64?
    var witnessId: Int64
    var dateText: String
    var dateStart: String
    var dateEnd: String
    var interviewer: String?
    var place: String?
    var language: String?
    var summary: String?
    var reliabilityNotes: String?
    var transcriptId: Int64?
    var createdAt: String
    /// The team's own key for this record (from its spreadsheets), unique per kind.
    var externalId: String? = nil

    static let witness = belongsTo(WitnessRecord.self)

    enum Columns {
        static let witnessId = Column(CodingKeys.witnessId)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
