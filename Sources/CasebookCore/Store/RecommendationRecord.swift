import GRDB

/// A recommendation of the register: one row per (source document, number).
struct RecommendationRecord: Codable, FetchableRecord, MutablePersistableRecord, Equatable {
    static let databaseTableName = "recommendation"
    var id: Int64?
    var source: String
    var number: String
    var state: String
    var text: String
    var response: String?
    /// The themes as given, joined by commas.
    var themes: String
    var note: String?
    var createdAt: String

    enum Columns {
        static let source = Column(CodingKeys.source)
        static let number = Column(CodingKeys.number)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// One dated assessment of how far a recommendation was implemented; never changed once written.
struct AssessmentRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "recommendation_assessment"
    var id: Int64?
    var recommendationId: Int64
    var status: String
    var note: String?
    var assessedOn: String
    var handler: String
    var createdAt: String

    enum Columns {
        static let recommendationId = Column(CodingKeys.recommendationId)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// A testimony, evidence item or incident an assessment rests on.
struct AssessmentSourceRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "assessment_source"
    var id: Int64?
    var assessmentId: Int64
    var testimonyId: Int64?
    var evidenceId: Int64?
    var incidentId: Int64?

    enum Columns {
        static let assessmentId = Column(CodingKeys.assessmentId)
    }

    var source: RecordID {
        if let testimonyId { return RecordID(.testimony, testimonyId) }
        if let evidenceId { return RecordID(.evidence, evidenceId) }
        return RecordID(.incident, incidentId ?? 0)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// A recommendation the team proposes for the next review, with what its SMART check found.
struct OurRecommendationRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "our_recommendation"
    var id: Int64?
    var text: String
    var theme: String
    var followsId: Int64?
    /// The SMART findings, one per line; empty when the check found nothing missing.
    var findings: String
    var handler: String
    var createdAt: String

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// One field of a recommendation changed by a later add or import of the same source and number.
struct RecommendationChangeRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "recommendation_change"
    var id: Int64?
    var recommendationId: Int64
    var field: String
    var oldValue: String?
    var newValue: String?
    var handler: String
    var changedAt: String

    enum Columns {
        static let recommendationId = Column(CodingKeys.recommendationId)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
