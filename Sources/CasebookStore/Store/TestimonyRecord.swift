import CasebookModel
import GRDB

/// One interview with a witness: when, where, by whom, and what was said in summary.
package struct TestimonyRecord: Codable, FetchableRecord, MutablePersistableRecord {
    package static let databaseTableName = "testimony"
    package var id: Int64?
    package var witnessId: Int64
    package var dateText: String
    package var dateStart: String
    package var dateEnd: String
    package var interviewer: String?
    package var place: String?
    package var language: String?
    package var summary: String?
    package var reliabilityNotes: String?
    package var transcriptId: Int64?
    package var createdAt: String
    /// The team's own key for this record (from its spreadsheets), unique per kind.
    package var externalId: String? = nil
    /// The source reliability grade, A to F.
    package var reliabilityGrade: String? = nil

    package init(
        id: Int64? = nil, witnessId: Int64, dateText: String, dateStart: String, dateEnd: String, interviewer: String? = nil,
        place: String? = nil, language: String? = nil, summary: String? = nil, reliabilityNotes: String? = nil,
        transcriptId: Int64? = nil, createdAt: String, externalId: String? = nil
    ) {
        self.id = id
        self.witnessId = witnessId
        self.dateText = dateText
        self.dateStart = dateStart
        self.dateEnd = dateEnd
        self.interviewer = interviewer
        self.place = place
        self.language = language
        self.summary = summary
        self.reliabilityNotes = reliabilityNotes
        self.transcriptId = transcriptId
        self.createdAt = createdAt
        self.externalId = externalId
    }

    package static let witness = belongsTo(WitnessRecord.self)

    package enum Columns {
        package static let witnessId = Column(CodingKeys.witnessId)
    }

    package mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
