import CasebookModel
import GRDB

/// What the proof matrix and the jurisdiction report read, in a handful of queries for the whole
/// case (read by column position: a case with 100,000 citations builds in one pass).
extension StoreTransaction {
    /// The allegations, oldest first, of crime `crimeKey` and attributed to actor `actor` when given.
    package func allegations(crimeKey: String?, attributedTo actor: Int64?) throws -> [AllegationRecord] {
        var request = AllegationRecord.orderByPrimaryKey()
        if let crimeKey { request = request.filter(AllegationRecord.Columns.crimeKey == crimeKey) }
        if let actor {
            request = request.filter(sql: "id IN (SELECT allegationId FROM attribution WHERE actorId = ?)", arguments: [actor])
        }
        return try request.fetchAll(db)
    }

    /// Each incident's title and date text, by incident number.
    package func incidentTitles() throws -> [(id: Int64, title: String, date: String)] {
        try Row.fetchAll(db, sql: "SELECT id, title, dateText FROM incident").map { ($0[0], $0[1], $0[2]) }
    }

    /// Each actor's name and kind, by actor number.
    package func actorNames() throws -> [(id: Int64, name: String, kind: String)] {
        try Row.fetchAll(db, sql: "SELECT id, name, kind FROM actor").map { ($0[0], $0[1], $0[2]) }
    }

    /// Each allegation's crime key, by allegation number.
    package func allegationCrimeKeys() throws -> [(id: Int64, crimeKey: String)] {
        try Row.fetchAll(db, sql: "SELECT id, crimeKey FROM allegation").map { ($0[0], $0[1]) }
    }

    /// Each incident with the actors attributed in any of its allegations, by actor number.
    package func attributedActorsByIncident() throws -> [(incident: Int64, actor: Int64)] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT DISTINCT allegation.incidentId, attribution.actorId FROM attribution
                JOIN allegation ON allegation.id = attribution.allegationId ORDER BY attribution.actorId
                """
        ).map { ($0[0], $0[1]) }
    }

    /// Each incident's title, by incident number.
    package func incidentTitlesOnly() throws -> [(id: Int64, title: String)] {
        try Row.fetchAll(db, sql: "SELECT id, title FROM incident").map { ($0["id"], $0["title"]) }
    }
}
