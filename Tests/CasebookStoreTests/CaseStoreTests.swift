import GRDB
import Testing

@testable import CasebookStore

/// The case store as the core sees it: a new case gets every migration, and a transaction keeps
/// all of its writes or none.
@Suite("The case store")
struct CaseStoreTests {
    struct Refused: Error {}

    static func emptyStore() throws -> (AppDatabase, DatabaseQueue) {
        let queue = try DatabaseQueue(configuration: AppDatabase.makeConfiguration())
        return (try AppDatabase(queue), queue)
    }

    static func incident(_ title: String) -> IncidentRecord {
        IncidentRecord(
            title: title, dateText: "2013", dateStart: "2013-01-01", dateEnd: "2013-12-31", victimsEstimated: false,
            createdAt: "2026-01-01T00:00:00Z")
    }

    @Test("a new case has every migration of the list applied, in one pass")
    func everyMigrationRuns() throws {
        let (_, queue) = try Self.emptyStore()
        let applied = try queue.read { try AppDatabase.migrator.appliedIdentifiers($0) }
        #expect(!AppDatabase.migrator.migrations.isEmpty)
        #expect(applied == Set(AppDatabase.migrator.migrations))
        // Opening the same database again finds nothing left to do.
        _ = try AppDatabase(queue)
        #expect(try queue.read { try AppDatabase.migrator.hasCompletedMigrations($0) })
    }

    @Test("a write transaction that fails leaves no row behind")
    func failedWriteLeavesNothing() throws {
        let (store, _) = try Self.emptyStore()
        // The store words any failure as its own error; what matters here is that the row is gone.
        #expect(throws: (any Error).self) {
            try store.writeTransaction { tx in
                var record = Self.incident("Public execution")
                try tx.insert(&record)
                throw Refused()
            }
        }
        #expect(try store.readTransaction { tx in try tx.count(IncidentRecord.self) } == 0)
    }

    @Test("a write transaction that succeeds keeps every row, numbered in order")
    func successfulWriteKeepsRows() throws {
        let (store, _) = try Self.emptyStore()
        let ids = try store.writeTransaction { tx in
            try ["Public execution", "Forced labour"].map { title in
                var record = Self.incident(title)
                try tx.insert(&record)
                return record.id
            }
        }
        #expect(ids == [1, 2])
        let titles = try store.readTransaction { tx in try tx.fetchAll(IncidentRecord.self).map(\.title) }
        #expect(titles == ["Public execution", "Forced labour"])
    }
}
