import CasebookModel
import CasebookStore
import Foundation

/// A case, open: the one public way to read or change it.
///
/// Every change that the custody log or the record history must show goes through here, so it
/// cannot be made without its log entry (the store's own steps are not public). Evidence work
/// needs both the database and the folders beside it (the object store, the handlers' keys), so
/// they travel together; the database is opened once per command and stays inside the core.
public final class Case: Sendable {
    public let workspace: Workspace
    /// The case store; never handed out, so that no caller can write around the log.
    package let database: AppDatabase

    public init(_ workspace: Workspace) throws {
        self.workspace = workspace
        self.database = try workspace.openDatabase()
    }

    /// The case of `workspace` on a database already open (a batch transaction's).
    package init(_ workspace: Workspace, database: AppDatabase) {
        self.workspace = workspace
        self.database = database
    }

    package var objects: ObjectStore { ObjectStore(root: workspace.objectsURL) }
}

extension Workspace {
    /// Opens the case.
    public func open() throws -> Case {
        try Case(self)
    }
}
