import CasebookModel
import CasebookStore
import Foundation

/// A workspace with its database open: what every command that touches evidence files works on.
///
/// Evidence work needs both the database and the folders beside it (the object store, the
/// handlers' keys), so they travel together; the database is opened once per command.
public final class OpenCase: Sendable {
    public let workspace: Workspace
    public let database: AppDatabase

    public init(_ workspace: Workspace) throws {
        self.workspace = workspace
        self.database = try workspace.openDatabase()
    }

    /// The case of `workspace` on a database already open (a batch transaction's).
    init(_ workspace: Workspace, database: AppDatabase) {
        self.workspace = workspace
        self.database = database
    }

    var objects: ObjectStore { ObjectStore(root: workspace.objectsURL) }
}

extension Workspace {
    /// Opens the case for evidence work.
    public func open() throws -> OpenCase {
        try OpenCase(self)
    }
}
