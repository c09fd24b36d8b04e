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
    /// The day that decides whether it speaks of events after another day (`ownText`'s): for an
    /// incident, its first possible day, or for a continuing one its last day.
    package let ownLastDay: String?
    /// The incidents the source is cited for (a testimony's or an item's), with their periods and
    /// deciding days.
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
                return SourceDating(
                    id: id, ownText: incident.map(Self.dateWords), ownLastDay: incident.map(Self.decidingDay), incidents: [])
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
        try IncidentRecord.fetchAll(
            db,
            sql: """
                SELECT DISTINCT incident.* FROM citation
                JOIN allegation ON allegation.id = citation.allegationId
                JOIN incident ON incident.id = allegation.incidentId
                WHERE citation.\(column) = ? ORDER BY incident.id
                """, arguments: [id]
        ).map { (id: $0.id ?? 0, dateText: Self.dateWords($0), lastDay: Self.decidingDay($0)) }
    }

    /// The day an incident's conduct certainly falls after, less one: its first possible day, for
    /// an incident dated only to a month, a year or a range (it may have happened on that first
    /// day); for a continuing one, the last day it lasted.
    package static func decidingDay(_ incident: IncidentRecord) -> String {
        incident.continuingEnd == nil ? incident.dateStart : lastDay(incident)
    }

    /// The last day an incident's conduct lasted: a continuing one (a detention, a disappearance)
    /// until its end, or still today when it is ongoing.
    package static func lastDay(_ incident: IncidentRecord) -> String {
        guard let end = incident.continuingEnd else { return incident.dateEnd }
        return max(IncidentContinuation.lastDay(continuing: end, incidentEnd: incident.dateEnd), incident.dateEnd)
    }

    /// "2010", or "2010, continuing until 2016" or "2010, continuing" for a continuing incident.
    static func dateWords(_ incident: IncidentRecord) -> String {
        guard let end = incident.continuingEnd else { return incident.dateText }
        return end == "ongoing" ? "\(incident.dateText), continuing" : "\(incident.dateText), continuing until \(end)"
    }
}
