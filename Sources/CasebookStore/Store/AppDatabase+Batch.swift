import CasebookCrypto
import Foundation
import GRDB

/// The connection of a batch transaction in progress on this thread, so that the named write
/// methods (`addWitness`, `updateIncident`, `link`, …) called inside `inOneTransaction` join it
/// instead of opening a transaction of their own.
private final class AmbientConnection {
    let owner: ObjectIdentifier
    let db: Database
    /// Identity keys already derived in this batch, by passphrase: scrypt is slow on purpose, and
    /// a batch of witnesses needs the one key many times. Forgotten when the batch ends.
    var keys: [String: IdentityKey] = [:]

    init(owner: ObjectIdentifier, db: Database) {
        self.owner = owner
        self.db = db
    }

    static let key = "casebook.ambient-connection"
}

extension AppDatabase {
    /// Runs `body` in one write transaction in which every named write method of this database
    /// takes part: an import goes through the same checks and the same history as the commands
    /// one record at a time, and is still all or nothing.
    package func inOneTransaction<T>(_ body: () throws -> T) throws -> T {
        if ambientConnection() != nil { return try body() }
        return try write { db in
            // A batch may write 100,000 rows in one transaction: a larger page cache keeps their
            // pages in memory instead of spilling them to the journal as it goes.
            try db.execute(sql: "PRAGMA cache_size = -65536")
            let dictionary = Thread.current.threadDictionary
            dictionary[AmbientConnection.key] = AmbientConnection(owner: ObjectIdentifier(self), db: db)
            defer { dictionary.removeObject(forKey: AmbientConnection.key) }
            return try body()
        }
    }

    /// The identity key derived earlier in this batch from the passphrase `passphraseText`.
    package func batchKey(passphraseText: String) -> IdentityKey? {
        ambient()?.keys[passphraseText]
    }

    /// Keeps the key derived from the passphrase `passphraseText` for the rest of the batch.
    package func keepBatchKey(_ key: IdentityKey, passphraseText: String) {
        ambient()?.keys[passphraseText] = key
    }

    private func ambient() -> AmbientConnection? {
        guard let ambient = Thread.current.threadDictionary[AmbientConnection.key] as? AmbientConnection,
            ambient.owner == ObjectIdentifier(self)
        else { return nil }
        return ambient
    }

    /// The connection of the batch transaction this thread is inside, if any.
    package func ambientConnection() -> Database? {
        guard let ambient = Thread.current.threadDictionary[AmbientConnection.key] as? AmbientConnection,
            ambient.owner == ObjectIdentifier(self)
        else { return nil }
        return ambient.db
    }
}
