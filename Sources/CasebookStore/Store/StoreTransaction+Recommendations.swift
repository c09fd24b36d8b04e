import CasebookModel
import GRDB

/// The recommendations register, its assessments and changes, as the core asks for them.
extension StoreTransaction {
    /// The recommendation source document `source` gives number `number`, if the register holds it.
    package func recommendation(source: String, number: String) throws -> RecommendationRecord? {
        try RecommendationRecord.filter(
            RecommendationRecord.Columns.source == source && RecommendationRecord.Columns.number == number
        )
        .fetchOne(db)
    }

    /// The assessments of recommendation `recommendation`, oldest first.
    package func assessments(ofRecommendation recommendation: Int64) throws -> [AssessmentRecord] {
        try AssessmentRecord.filter(AssessmentRecord.Columns.recommendationId == recommendation).orderByPrimaryKey().fetchAll(db)
    }

    /// The recorded changes to recommendation `recommendation`, oldest first.
    package func changes(ofRecommendation recommendation: Int64) throws -> [RecommendationChangeRecord] {
        try RecommendationChangeRecord.filter(RecommendationChangeRecord.Columns.recommendationId == recommendation)
            .orderByPrimaryKey().fetchAll(db)
    }

    /// The sources cited by the assessments numbered `assessments`, oldest first.
    package func assessmentSources(ofAssessments assessments: [Int64]) throws -> [AssessmentSourceRecord] {
        try AssessmentSourceRecord.filter(assessments.contains(AssessmentSourceRecord.Columns.assessmentId))
            .orderByPrimaryKey().fetchAll(db)
    }
}
