import GRDB
import Testing

@testable import CasebookCore
@testable import CasebookStore

@Suite("external ids")
struct ExternalIDTests {
    @Test("an external id is unique per kind, and the same key may name records of two kinds")
    func uniquePerKind() throws {
        // Given a case with two incidents and an actor
        let database = try AppDatabase.makeEmptyTestDatabase()
        let first = try database.addIncident(NewIncident(title: "A", date: "2012"))
        let second = try database.addIncident(NewIncident(title: "B", date: "2013"))
        let actor = try database.addActor(NewActor(name: "State Security Department", kind: .institution))
        // When the same key is given to an incident and to the actor, it is accepted
        try database.write { db in
            try db.execute(sql: "UPDATE incident SET externalId = 'K-1' WHERE id = ?", arguments: [first.id.number])
            try db.execute(sql: "UPDATE actor SET externalId = 'K-1' WHERE id = ?", arguments: [actor.id.number])
        }
        #expect(try database.incident(first.id).externalId == "K-1")
        // Then a second incident with that key is refused by the schema
        #expect(throws: (any Error).self) {
            try database.write { db in
                try db.execute(sql: "UPDATE incident SET externalId = 'K-1' WHERE id = ?", arguments: [second.id.number])
            }
        }
    }

    @Test("a batch transaction rolls back every record method called inside it")
    func batchRollsBack() throws {
        let database = try AppDatabase.makeEmptyTestDatabase()
        struct Stop: Error {}
        #expect(throws: (any Error).self) {
            try database.inOneTransaction { batch in
                _ = try batch.addIncident(NewIncident(title: "A", date: "2012"))
                #expect(try batch.incidents().count == 1)
                throw Stop()
            }
        }
        #expect(try database.incidents().isEmpty)
    }
}
