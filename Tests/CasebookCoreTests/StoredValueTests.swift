import CasebookCore
import GRDB
import Testing

@testable import CasebookModel
@testable import CasebookStore

/// A value in a typed column that no version of Casebook wrote is reported, not turned silently
/// into a default (issue 8 §1: enum columns through DatabaseValueConvertible).
@Suite("stored values")
struct StoredValueTests {
    @Test func anActorKindIsReadAsWritten() throws {
        let database = try AppDatabase.makeEmptyTestDatabase()
        _ = try database.addActor(NewActor(name: "State Security Department", kind: .institution))
        #expect(try database.actor(RecordID(.actor, 1)).kind == .institution)
    }

    @Test func anUnknownActorKindIsAnErrorNotAPerson() throws {
        let queue = try DatabaseQueue(configuration: AppDatabase.makeConfiguration())
        let database = try AppDatabase(queue)
        _ = try database.addActor(NewActor(name: "Local branch", kind: .institution))
        // The schema refuses such a value, so damage is simulated with its check turned off.
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA ignore_check_constraints = ON")
            try db.execute(sql: "UPDATE actor SET kind = 'robot' WHERE id = 1")
            try db.execute(sql: "PRAGMA ignore_check_constraints = OFF")
        }
        #expect(throws: StoreError.self) { try database.actor(RecordID(.actor, 1)) }
    }

    /// A register with one recommendation, assessed once, and the queue to damage it through.
    func assessedRecommendation() throws -> (AppDatabase, DatabaseQueue) {
        let queue = try DatabaseQueue(configuration: AppDatabase.makeConfiguration())
        let database = try AppDatabase(queue)
        let handler = try Handler("kim")
        let input = RecommendationInput(
            source: "UPR 3 (2019), A/HRC/42/10", number: "126.45", state: "Chile", text: "Ratify the Convention against Torture.",
            response: "noted")
        _ = try database.saveRecommendation(input, handler: handler)
        _ = try database.assessRecommendation(
            NewAssessment(recommendation: RecordID(.recommendation, 1), status: "implemented"), handler: handler)
        return (database, queue)
    }

    /// Writes `sql` with the schema's checks off, as a change made outside Casebook would.
    func damage(_ queue: DatabaseQueue, _ sql: String) throws {
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA ignore_check_constraints = ON")
            try db.execute(sql: sql)
            try db.execute(sql: "PRAGMA ignore_check_constraints = OFF")
        }
    }

    @Test func aResponseAndAnAssessmentAreReadAsWritten() throws {
        let (database, _) = try assessedRecommendation()
        let recommendation = try database.recommendation(RecordID(.recommendation, 1))
        #expect(recommendation.response == .noted)
        #expect(recommendation.assessments.map(\.status) == [.implemented])
    }

    @Test func anUnknownResponseIsAnErrorNotNoResponse() throws {
        let (database, queue) = try assessedRecommendation()
        try damage(queue, "UPDATE recommendation SET response = 'accepted' WHERE id = 1")
        let error = #expect(throws: StoreError.self) { try database.recommendation(RecordID(.recommendation, 1)) }
        #expect(error?.description.contains("accepted") == true, "\(String(describing: error))")
    }

    @Test func anUnknownAssessmentIsAnErrorNotUnclear() throws {
        let (database, queue) = try assessedRecommendation()
        // Assessments are append-only, so the damage is a row added outside Casebook.
        try damage(
            queue,
            "INSERT INTO recommendation_assessment (recommendationId, status, assessedOn, handler, createdAt) "
                + "VALUES (1, 'done', '2024-01-01', 'kim', '2024-01-01T00:00:00Z')")
        let error = #expect(throws: StoreError.self) { try database.recommendation(RecordID(.recommendation, 1)) }
        #expect(error?.description.contains("done") == true, "\(String(describing: error))")
    }
}
