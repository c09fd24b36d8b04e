import CasebookModel
import CasebookStore

/// A workspace that cannot be found, created or opened.
public enum WorkspaceError: CasebookFailure, Equatable {
    /// The command was run outside any workspace and none was named.
    case outsideWorkspace(String)
    /// A folder named for the command or by `$CASEBOOK_WORKSPACE` holds no case database.
    case notAWorkspace(String, via: WorkspaceChoice)
    /// A folder named for the command or by `$CASEBOOK_WORKSPACE` that does not exist.
    case noSuchFolder(String, via: WorkspaceChoice)
    /// `init` into a folder that already holds a case.
    case alreadyAWorkspace(String)
    /// `init` into a path that is a file.
    case notAFolder(String)
    /// The folder or its files could not be created.
    case cannotCreate(String, detail: String)
    /// A workspace found in a parent folder whose database belongs to another user.
    case ownedByAnother(String)

    public var category: FailureCategory {
        switch self {
        case .cannotCreate: .environment
        default: .badInput
        }
    }

    public var description: String {
        switch self {
        case .outsideWorkspace(let path):
            "\(path) is not inside a Casebook workspace. Create one, or name the one to use."
        case .notAWorkspace(let path, let via):
            "\(path) (\(via.words)) is not a Casebook workspace: it holds no \(Workspace.databaseFileName)."
        case .noSuchFolder(let path, let via):
            "There is no folder \(path) (\(via.words)); name the folder of a case."
        case .alreadyAWorkspace(let path):
            "\(path) already holds a Casebook workspace; nothing was changed. Choose another folder."
        case .notAFolder(let path):
            "\(path) is a file, not a folder; choose a folder for the new workspace."
        case .cannotCreate(let path, let detail):
            "Casebook could not create the workspace at \(path): \(detail)."
        case .ownedByAnother(let path):
            "The case at \(path) belongs to another user of this machine, so it was not used. If you mean to work on it, name it with -C \(path)."
        }
    }
}
