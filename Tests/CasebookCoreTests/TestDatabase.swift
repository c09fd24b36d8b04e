import CasebookStore
import GRDB

extension AppDatabase {
    /// An empty in-memory database with the production configuration: a test factory, kept in
    /// the tests so it is not part of the product.
    static func makeEmptyTestDatabase() throws -> AppDatabase {
        try AppDatabase(DatabaseQueue(configuration: makeConfiguration()))
    }
}
