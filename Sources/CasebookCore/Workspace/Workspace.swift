import CasebookModel
import CasebookStore
import Foundation

/// A case on disk: the folder that holds the case database, the evidence store, signing
/// keys, template overrides and generated documents (design §3).
public struct Workspace: Sendable {
    /// The name of the database file that marks a folder as a workspace.
    public static let databaseFileName = "casebook.sqlite"
    /// The extra terms every redacted copy leaves out, one per line, in the workspace folder.
    public static let redactionTermsFileName = "redaction-terms.txt"
    /// The environment variable that names a workspace when `-C` is not given.
    public static let environmentVariable = "CASEBOOK_WORKSPACE"

    /// The workspace folder.
    public let root: URL

    public init(root: URL) {
        self.root = URL(fileURLWithPath: root.standardizedFileURL.path, isDirectory: true)
    }

    public var databaseURL: URL { root.appendingPathComponent(Self.databaseFileName) }
    public var objectsURL: URL { root.appendingPathComponent("evidence/objects", isDirectory: true) }
    public var keysURL: URL { root.appendingPathComponent("keys", isDirectory: true) }
    public var templatesURL: URL { root.appendingPathComponent("templates", isDirectory: true) }
    public var outputURL: URL { root.appendingPathComponent("out", isDirectory: true) }

    /// Opens the case database.
    func openDatabase() throws -> AppDatabase {
        try AppDatabase.open(path: databaseURL.path)
    }

    /// Finds the workspace a command should use: `explicit` (from `-C`), else
    /// `$CASEBOOK_WORKSPACE`, else the nearest folder at or above `currentDirectory` that
    /// holds a case database.
    /// Why a named folder is no workspace: it does not exist, or it holds no case database.
    private static func missing(_ url: URL, via: WorkspaceChoice) -> WorkspaceError {
        let path = url.standardizedFileURL.path
        return FileManager.default.fileExists(atPath: path) ? .notAWorkspace(path, via: via) : .noSuchFolder(path, via: via)
    }

    public static func locate(
        explicit: String?,
        environment: [String: String] = ProcessInfo.processInfo.environment,
        currentDirectory: String = FileManager.default.currentDirectoryPath
    ) throws(WorkspaceError) -> Workspace {
        let base = URL(fileURLWithPath: currentDirectory, isDirectory: true)
        if let explicit, !explicit.isEmpty {
            let url = URL(fileURLWithPath: explicit, relativeTo: base)
            guard holdsDatabase(url) else { throw missing(url, via: .named) }
            return Workspace(root: url)
        }
        if let named = environment[environmentVariable], !named.isEmpty {
            let url = URL(fileURLWithPath: named, relativeTo: base)
            guard holdsDatabase(url) else { throw missing(url, via: .environment) }
            return Workspace(root: url)
        }
        var folder = base.standardizedFileURL
        while true {
            if holdsDatabase(folder) {
                // Found by walking up: someone else's case in a parent folder is not adopted silently.
                let workspace = Workspace(root: folder)
                if let owner = PosixFile.owner(workspace.databaseURL.path), owner != geteuid() {
                    throw .ownedByAnother(folder.path)
                }
                return workspace
            }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { break }
            folder = parent
        }
        throw .outsideWorkspace(base.standardizedFileURL.path)
    }

    /// Warnings for files that other users of the machine can read: the workspace and evidence
    /// folders, the case database (and its journal files) and the private keys.
    public func permissionWarnings() -> [String] {
        var folders: [String] = []
        for url in [root, objectsURL.deletingLastPathComponent(), objectsURL, keysURL, outputURL] {
            if let mode = PosixFile.permissions(url.path), mode & 0o077 != 0 { folders.append(url.path) }
        }
        var exposed: [String] = []
        for path in [databaseURL.path, databaseURL.path + "-wal", databaseURL.path + "-shm"] {
            if let mode = PosixFile.permissions(path), mode & 0o077 != 0 { exposed.append(path) }
        }
        if let keys = try? FileManager.default.contentsOfDirectory(atPath: keysURL.path) {
            for name in keys.sorted() where name.hasSuffix(".pem") {
                let path = keysURL.appendingPathComponent(name).path
                if let mode = PosixFile.permissions(path), mode & 0o077 != 0 { exposed.append(path) }
            }
        }
        return folders.map { "warning: the folder \($0) can be opened by other users of this machine; run 'chmod 700 \($0)'." }
            + exposed.map { "warning: \($0) can be read by other users of this machine; run 'chmod 600 \($0)'." }
    }

    static func holdsDatabase(_ folder: URL) -> Bool {
        var isDirectory: ObjCBool = false
        let path = folder.appendingPathComponent(databaseFileName).path
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
    }
}
