import CasebookCrypto
import CasebookModel
import Foundation
import GRDB

/// The one owner of a case database: it opens the file, applies every migration, and
/// offers each write as a named method that runs in one transaction.
///
/// Going through one type keeps the invariants lawyers rely on in one place: a citation
/// always points at a real source, an allegation exists once per incident and crime, the
/// command hierarchy never loops.
public final class AppDatabase: Sendable {
    /// Private: every write goes through a named method or `write`, so its transaction and
    /// error wording are the same everywhere.
    private let writer: any DatabaseWriter
    /// The batch transaction this instance is bound to (see `inOneTransaction`), or nil for the
    /// database itself. Only ever used inside that transaction's closure, on its thread.
    nonisolated(unsafe) private let joined: StoreTransaction?

    /// Wraps a writer and brings its schema up to date.
    public init(_ writer: any DatabaseWriter) throws {
        self.writer = writer
        self.joined = nil
        do {
            try Self.migrator.migrate(writer)
        } catch {
            throw StoreError.wrap(error, doing: "prepare the case database")
        }
    }

    /// The configuration every connection uses: foreign keys on, and a generous busy
    /// timeout so that two `casebook` commands writing at the same moment both succeed.
    public static func makeConfiguration() -> Configuration {
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.busyMode = .timeout(30)
        config.publicStatementArguments = false
        // What is deleted or replaced (a risk note moved under seal, a corrected name) is
        // overwritten on disk, not left readable in free pages.
        config.prepareDatabase { db in try db.execute(sql: "PRAGMA secure_delete = ON") }
        return config
    }

    /// The same database bound to the open batch transaction `transaction`.
    private init(writer: any DatabaseWriter, joining transaction: StoreTransaction) {
        self.writer = writer
        self.joined = transaction
    }

    /// Opens (or creates) the case database file at `path` in WAL mode.
    public static func open(path: String) throws -> AppDatabase {
        do {
            let pool = try DatabasePool(path: path, configuration: makeConfiguration())
            return try AppDatabase(pool)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.wrap(error, doing: "open the case database at \(path)")
        }
    }

    /// Runs `body` in one write transaction, turning database failures into `StoreError`.
    package func write<T>(_ body: (Database) throws -> T) throws -> T {
        if let joined { return try body(joined.db) }
        do {
            return try writer.write(body)
        } catch let error as any CasebookFailure {
            throw error
        } catch {
            throw StoreError.wrap(error, doing: "save the change")
        }
    }

    /// Copies the write-ahead log into the database file and empties it, so that what a write
    /// replaced (overwritten in the database under secure_delete) is not left in the log either.
    package func checkpoint() throws {
        do {
            try writer.writeWithoutTransaction { db in _ = try db.checkpoint(.truncate) }
        } catch {
            throw StoreError.wrap(error, doing: "save the change")
        }
    }

    /// Runs `body` on a consistent snapshot of the database.
    package func read<T>(_ body: (Database) throws -> T) throws -> T {
        if let joined { return try body(joined.db) }
        do {
            return try writer.read(body)
        } catch let error as any CasebookFailure {
            throw error
        } catch {
            throw StoreError.wrap(error, doing: "read the case database")
        }
    }

    /// Runs `body` in one write transaction of the store, turning database failures into `StoreError`.
    package func writeTransaction<T>(_ body: (StoreTransaction) throws -> T) throws -> T {
        if let joined { return try body(joined) }
        return try write { db in try body(StoreTransaction(db)) }
    }

    /// Runs `body` on a consistent snapshot of the store.
    package func readTransaction<T>(_ body: (StoreTransaction) throws -> T) throws -> T {
        if let joined { return try body(joined) }
        return try read { db in try body(StoreTransaction(db)) }
    }

    /// Runs `body` in one write transaction in which every named write method of the database it
    /// is given takes part: an import goes through the same checks and the same history as the
    /// commands one record at a time, and is still all or nothing.
    ///
    /// The database given to `body` is bound to the transaction and must not outlive it.
    package func inOneTransaction<T>(_ body: (AppDatabase) throws -> T) throws -> T {
        if joined != nil { return try body(self) }
        return try write { db in
            // A batch may write 100,000 rows in one transaction: a larger page cache keeps their
            // pages in memory instead of spilling them to the journal as it goes.
            try db.execute(sql: "PRAGMA cache_size = -65536")
            return try body(AppDatabase(writer: writer, joining: StoreTransaction(db)))
        }
    }
}
