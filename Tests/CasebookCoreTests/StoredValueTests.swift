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
}
