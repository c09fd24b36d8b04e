import CasebookCrypto
import Foundation
import GRDB

/// One open transaction of the case store, as the core sees it: named reads and writes of
/// records and the store's own requests, never SQL and never the database connection.
///
/// The core receives one from `AppDatabase.writeTransaction` or `readTransaction` and passes it
/// explicitly to every step that must be part of the same transaction (appending custody events
/// and inserting the rows they describe), which is the seam a second backend implements.
package struct StoreTransaction {
    /// The connection; internal to the store, so that no SQL is written outside it.
    let db: Database

    init(_ db: Database) {
        self.db = db
    }
}

// MARK: Records

extension StoreTransaction {
    /// The record of type `type` whose primary key is `key`, if any.
    package func fetchOne<R: FetchableRecord & TableRecord>(_ type: R.Type, key: Int64) throws -> R? {
        try R.fetchOne(db, key: key)
    }

    /// Every record of type `type` whose primary key is one of `keys`.
    package func fetchAll<R: FetchableRecord & TableRecord>(_ type: R.Type, keys: [Int64]) throws -> [R] {
        try R.fetchAll(db, keys: keys)
    }

    /// Every record of type `type`, by primary key (for records numbered as they are added, oldest first).
    package func fetchAll<R: FetchableRecord & TableRecord>(_ type: R.Type) throws -> [R] {
        try R.orderByPrimaryKey().fetchAll(db)
    }

    /// The records a request defined in the store selects.
    package func fetchAll<R: FetchableRecord>(_ request: QueryInterfaceRequest<R>) throws -> [R] {
        try request.fetchAll(db)
    }

    /// The first record a request defined in the store selects.
    package func fetchOne<R: FetchableRecord>(_ request: QueryInterfaceRequest<R>) throws -> R? {
        try request.fetchOne(db)
    }

    /// How many records a request defined in the store selects.
    package func fetchCount<R>(_ request: QueryInterfaceRequest<R>) throws -> Int {
        try request.fetchCount(db)
    }

    /// Whether a request defined in the store selects any record.
    package func exists<R>(_ request: QueryInterfaceRequest<R>) throws -> Bool {
        try request.isEmpty(db) == false
    }

    /// Deletes what a request defined in the store selects, and says how many rows went.
    @discardableResult
    package func deleteAll<R>(_ request: QueryInterfaceRequest<R>) throws -> Int {
        try request.deleteAll(db)
    }

    /// Inserts a record, giving it its new primary key.
    package func insert<R: MutablePersistableRecord>(_ record: inout R) throws {
        try record.insert(db)
    }

    /// Inserts a record that carries its own key.
    package func insert<R: PersistableRecord>(_ record: R) throws {
        try record.insert(db)
    }

    /// Writes every column of a record back to its row.
    package func update<R: MutablePersistableRecord>(_ record: R) throws {
        try record.update(db)
    }

    /// Inserts a record, or replaces the row with its key.
    package func save<R: MutablePersistableRecord>(_ record: inout R) throws {
        try record.save(db)
    }

    /// Deletes a record's row, and says whether there was one.
    @discardableResult
    package func delete<R: MutablePersistableRecord>(_ record: R) throws -> Bool {
        try record.delete(db)
    }

    /// Deletes the row of type `type` with primary key `key`, and says whether there was one.
    @discardableResult
    package func deleteOne<R: TableRecord>(_ type: R.Type, key: Int64) throws -> Bool {
        try R.deleteOne(db, key: key)
    }
}
