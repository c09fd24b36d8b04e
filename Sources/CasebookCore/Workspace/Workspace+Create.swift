import CasebookModel
import CasebookStore
import Foundation

extension Workspace {
    /// Creates a new case workspace in `folder` (which may exist but must not already be a workspace).
    ///
    /// The database file is created mode 0600 before SQLite opens it, so the case is never
    /// readable by other users of the machine, not even for a moment. On any failure, what
    /// this call created is removed again.
    @discardableResult
    public static func create(at folder: String, title: String, organization: String?) throws -> Workspace {
        let title = title.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !title.isEmpty else { throw RecordError.emptyField("case title") }
        let fileManager = FileManager.default
        let root = URL(fileURLWithPath: folder, isDirectory: true).standardizedFileURL
        let workspace = Workspace(root: root)

        var isDirectory: ObjCBool = false
        let folderExisted = fileManager.fileExists(atPath: root.path, isDirectory: &isDirectory)
        if folderExisted && !isDirectory.boolValue { throw WorkspaceError.notAFolder(root.path) }
        if holdsDatabase(root) { throw WorkspaceError.alreadyAWorkspace(root.path) }

        var created: [URL] = []
        do {
            if !folderExisted {
                try fileManager.createDirectory(at: root, withIntermediateDirectories: true)
                created.append(root)
            }
            for sub in [workspace.objectsURL, workspace.keysURL, workspace.templatesURL, workspace.outputURL]
            where !fileManager.fileExists(atPath: sub.path) {
                try fileManager.createDirectory(at: sub, withIntermediateDirectories: true)
                created.append(sub)
            }
            // Only the case's owner may list or read anything in it (a folder that existed keeps its
            // mode; `status` warns if it is open to others).
            for url in created where url != workspace.databaseURL {
                try fileManager.setAttributes([.posixPermissions: 0o700], ofItemAtPath: url.path)
            }
            let evidence = workspace.objectsURL.deletingLastPathComponent()
            if created.contains(workspace.objectsURL) {
                try fileManager.setAttributes([.posixPermissions: 0o700], ofItemAtPath: evidence.path)
            }
            try fileManager.setAttributes([.posixPermissions: 0o700], ofItemAtPath: workspace.keysURL.path)
            guard
                fileManager.createFile(
                    atPath: workspace.databaseURL.path, contents: nil, attributes: [.posixPermissions: 0o600])
            else { throw WorkspaceError.cannotCreate(root.path, detail: "the database file could not be created") }
            created.append(workspace.databaseURL)
            let database = try workspace.openDatabase()
            try database.createCase(title: title, organization: organization)
            return workspace
        } catch {
            for url in created.reversed() {
                try? fileManager.removeItem(at: url)
                for suffix in ["-wal", "-shm"] { try? fileManager.removeItem(atPath: url.path + suffix) }
            }
            if error is any CasebookFailure { throw error }
            throw WorkspaceError.cannotCreate(root.path, detail: error.localizedDescription)
        }
    }
}
