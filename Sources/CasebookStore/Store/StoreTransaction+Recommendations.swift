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

/// What dates a source an assessment cites: its own date (an incident's period, an interview's
/// day, an evidence item's acquisition) and the periods of the incidents it is cited for.
package struct SourceDating: Sendable, Equatable {
    package let id: RecordID
    /// The incident's period, the interview's date or the item's acquisition date, as written.
    package let ownText: String?
    /// The last day `ownText` covers.
    package let ownLastDay: String?
    /// The incidents the source is cited for (a testimony's or an item's), with their periods.
    package let incidents: [(id: Int64, dateText: String, lastDay: String)]

    package static func == (a: SourceDating, b: SourceDating) -> Bool {
        a.id == b.id && a.ownText == b.ownText && a.ownLastDay == b.ownLastDay
            && a.incidents.map(\.id) == b.incidents.map(\.id)
    }
}

extension StoreTransaction {
    /// The dates of testimonies, evidence items and incidents, for the rule that an assessment
    /// rests only on what happened after the recommendation was made.
    package func sourceDatings(_ ids: [RecordID]) throws -> [SourceDating] {
        try ids.map { id in
            switch id.kind {
            case .incident:
                let incident = try IncidentRecord.fetchOne(db, key: id.number)
                return SourceDating(id: id, ownText: incident?.dateText, ownLastDay: incident?.dateEnd, incidents: [])
            case .testimony:
                let testimony = try TestimonyRecord.fetchOne(db, key: id.number)
                return SourceDating(
                    id: id, ownText: testimony?.dateText, ownLastDay: testimony?.dateEnd,
                    incidents: try citedIncidents(column: "testimonyId", id: id.number))
            default:
                let item = try EvidenceItemRecord.fetchOne(db, key: id.number)
                let day = item.map { $0.acquiredAt ?? String($0.ingestedAt.prefix(10)) }
                return SourceDating(
                    id: id, ownText: day, ownLastDay: day, incidents: try citedIncidents(column: "evidenceId", id: id.number))
            }
        }
    }

    private func citedIncidents(column: String, id: Int64) throws -> [(id: Int64, dateText: String, lastDay: String)] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT DISTINCT incident.id, incident.dateText, incident.dateEnd FROM citation
                JOIN allegation ON allegation.id = citation.allegationId
                JOIN incident ON incident.id = allegation.incidentId
                WHERE citation.\(column) = ? ORDER BY incident.id
                """, arguments: [id]
        ).map { (id: $0[0], dateText: $0[1], lastDay: $0[2]) }
    }
}
