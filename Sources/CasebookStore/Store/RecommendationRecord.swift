import CasebookModel
import GRDB

/// A recommendation of the register: one row per (source document, number).
package struct RecommendationRecord: Codable, FetchableRecord, MutablePersistableRecord, Equatable {
    package static let databaseTableName = "recommendation"
    package var id: Int64?
    package var source: String
    package var number: String
    package var state: String
    package var text: String
    package var response: RecommendationResponse?
    /// The themes as given, joined by commas.
    package var themes: String
    package var note: String?
    package var createdAt: String
    /// The State the recommendation was made to (ISO 3166-1 alpha-2); nil for a row recorded before v27.
    package var stateUnderReview: String? = nil
    /// The UPR cycle; nil for a commission's or a treaty body's recommendation.
    package var cycle: Int? = nil
    /// The day the recommendation was made (YYYY-MM-DD).
    package var madeOn: String? = nil

    package enum Columns {
        package static let source = Column(CodingKeys.source)
        package static let number = Column(CodingKeys.number)
    }

    package mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    package init(
        id: Int64? = nil, source: String, number: String, state: String, text: String, response: RecommendationResponse? = nil,
        themes: String, note: String? = nil, createdAt: String
    ) {
        self.id = id
        self.source = source
        self.number = number
        self.state = state
        self.text = text
        self.response = response
        self.themes = themes
        self.note = note
        self.createdAt = createdAt
    }
}

/// One dated assessment of how far a recommendation was implemented; never changed once written.
package struct AssessmentRecord: Codable, FetchableRecord, MutablePersistableRecord {
    package static let databaseTableName = "recommendation_assessment"
    package var id: Int64?
    package var recommendationId: Int64
    package var status: ImplementationStatus
    package var note: String?
    package var assessedOn: String
    package var handler: String
    package var createdAt: String

    package enum Columns {
        package static let recommendationId = Column(CodingKeys.recommendationId)
    }

    package mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    package init(
        id: Int64? = nil, recommendationId: Int64, status: ImplementationStatus, note: String? = nil, assessedOn: String,
        handler: String, createdAt: String
    ) {
        self.id = id
        self.recommendationId = recommendationId
        self.status = status
        self.note = note
        self.assessedOn = assessedOn
        self.handler = handler
        self.createdAt = createdAt
    }
}

/// A testimony, evidence item or incident an assessment rests on.
package struct AssessmentSourceRecord: Codable, FetchableRecord, MutablePersistableRecord {
    package static let databaseTableName = "assessment_source"
    package var id: Int64?
    package var assessmentId: Int64
    package var testimonyId: Int64?
    package var evidenceId: Int64?
    package var incidentId: Int64?
    /// Cited as background: older than the recommendation, so no evidence of its implementation.
    package var background: Bool = false

    package enum Columns {
        package static let assessmentId = Column(CodingKeys.assessmentId)
    }

    package var source: RecordID {
        if let testimonyId { return RecordID(.testimony, testimonyId) }
        if let evidenceId { return RecordID(.evidence, evidenceId) }
        return RecordID(.incident, incidentId ?? 0)
    }

    package mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    package init(
        id: Int64? = nil, assessmentId: Int64, testimonyId: Int64? = nil, evidenceId: Int64? = nil, incidentId: Int64? = nil
    ) {
        self.id = id
        self.assessmentId = assessmentId
        self.testimonyId = testimonyId
        self.evidenceId = evidenceId
        self.incidentId = incidentId
    }
}

/// A recommendation the team proposes for the next review, with what its SMART check found.
package struct OurRecommendationRecord: Codable, FetchableRecord, MutablePersistableRecord {
    package static let databaseTableName = "our_recommendation"
    package var id: Int64?
    package var text: String
    package var theme: String
    package var followsId: Int64?
    /// The SMART findings, one per line; empty when the check found nothing missing.
    package var findings: String
    package var handler: String
    package var createdAt: String
    /// The State the recommendation is for (ISO code); nil for one recorded before v28.
    package var stateUnderReview: String? = nil

    package mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    package init(
        id: Int64? = nil, text: String, theme: String, followsId: Int64? = nil, findings: String, handler: String, createdAt: String
    ) {
        self.id = id
        self.text = text
        self.theme = theme
        self.followsId = followsId
        self.findings = findings
        self.handler = handler
        self.createdAt = createdAt
    }
}

/// One field of a recommendation changed by a later add or import of the same source and number.
package struct RecommendationChangeRecord: Codable, FetchableRecord, MutablePersistableRecord {
    package static let databaseTableName = "recommendation_change"
    package var id: Int64?
    package var recommendationId: Int64
    package var field: String
    package var oldValue: String?
    package var newValue: String?
    package var handler: String
    package var changedAt: String

    package enum Columns {
        package static let recommendationId = Column(CodingKeys.recommendationId)
    }

    package mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    package init(
        id: Int64? = nil, recommendationId: Int64, field: String, oldValue: String? = nil, newValue: String? = nil, handler: String,
        changedAt: String
    ) {
        self.id = id
        self.recommendationId = recommendationId
        self.field = field
        self.oldValue = oldValue
        self.newValue = newValue
        self.handler = handler
        self.changedAt = changedAt
    }
}
