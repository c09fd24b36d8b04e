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

    /// Wraps a writer and brings its schema up to date.
    public init(_ writer: any DatabaseWriter) throws {
        self.writer = writer
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
        if let db = ambientConnection() { return try body(db) }
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
        if let db = ambientConnection() { return try body(db) }
        do {
            return try writer.read(body)
        } catch let error as any CasebookFailure {
            throw error
        } catch {
            throw StoreError.wrap(error, doing: "read the case database")
        }
    }
}
