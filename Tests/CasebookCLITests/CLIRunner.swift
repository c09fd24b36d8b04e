import CasebookCore
import Foundation
import GRDB
import Testing

/// What one run of the `casebook` binary printed and returned.
struct CommandResult {
    let status: Int32
    let stdout: String
    let stderr: String

    /// The stderr lines, for checking that an error is exactly one line.
    var errorLines: [String] { stderr.split(separator: "\n").map(String.init) }
}

/// Runs the built `casebook` binary the way a user would, in a temporary folder.
struct CLI {
    /// The executable built alongside the tests (override with $CASEBOOK_BINARY).
    static let binary: URL = {
        if let override = ProcessInfo.processInfo.environment["CASEBOOK_BINARY"] {
            return URL(fileURLWithPath: override)
        }
        var folder = Bundle.main.bundleURL
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("casebook")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return Bundle.main.bundleURL.appendingPathComponent("casebook")
    }()

    /// A fresh temporary folder for this test, removed when the last copy of this `CLI` goes away.
    let folder: URL
    /// Owns `folder`: its deinit removes the folder once no copy of this `CLI` holds it.
    private let cleanup: TemporaryFolder
    /// Environment variables every run gets (for example `CASEBOOK_HANDLER`).
    var environment: [String: String] = [:]
    /// A wrapper command and the binary it runs, for running as another user (`setpriv … BINARY`).
    var prefix: [String] = []

    init() throws {
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("casebook-cli-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        cleanup = TemporaryFolder(folder)
    }

    /// The workspace folder that `makeCase()` creates.
    var workspace: URL { folder.appendingPathComponent("case") }

    /// Runs `casebook args…` with the working directory `cwd` (default: the workspace if it exists).
    @discardableResult
    func run(_ args: [String], cwd: URL? = nil, environment: [String: String] = [:]) throws -> CommandResult {
        let process = Process()
        if prefix.isEmpty {
            process.executableURL = CLI.binary
            process.arguments = args
        } else {
            // The prefix ends with the program to run (a wrapper such as setpriv, then the binary).
            process.executableURL = URL(fileURLWithPath: prefix[0])
            process.arguments = Array(prefix.dropFirst()) + args
        }
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: Workspace.environmentVariable)
        env.removeValue(forKey: "CASEBOOK_HANDLER")
        // Heads that verify remembers stay in this test's folder, not in the home directory.
        env["XDG_STATE_HOME"] = folder.appendingPathComponent("state").path
        for (key, value) in self.environment { env[key] = value }
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let directory = cwd ?? (FileManager.default.fileExists(atPath: workspace.path) ? workspace : folder)
        process.currentDirectoryURL = directory
        process.standardInput = FileHandle.nullDevice
        let output = try ProcessOutput.run(process)
        return CommandResult(
            status: output.status, stdout: String(decoding: output.stdout, as: UTF8.self),
            stderr: String(decoding: output.stderr, as: UTF8.self))
    }

    /// Runs a command given as one string split on spaces (no quoting).
    @discardableResult
    func run(_ line: String) throws -> CommandResult {
        try run(line.split(separator: " ").map(String.init))
    }

    /// Runs a command that must succeed, recording a failure with its error text otherwise.
    @discardableResult
    func ok(_ args: [String]) throws -> CommandResult {
        let result = try run(args)
        #expect(result.status == 0, "\(args): \(result.stderr)")
        return result
    }

    /// Creates the workspace `case/` inside the temp folder.
    func makeCase() throws {
        let result = try run(["init", workspace.path, "--title", "Test case"], cwd: folder)
        #expect(result.status == 0, "init failed: \(result.stderr)")
    }

    /// Row counts of every case table, to prove that a refused command wrote nothing.
    func tableCounts() throws -> [String: Int] {
        let queue = try DatabaseQueue(path: workspace.appendingPathComponent(Workspace.databaseFileName).path)
        return try queue.read { db in
            var counts: [String: Int] = [:]
            let tables = try String.fetchAll(
                db,
                sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'grdb_%'")
            for table in tables {
                counts[table] = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)")
            }
            return counts
        }
    }

    /// A whole-database fingerprint: every row of every case table, to compare before and after.
    func databaseDump() throws -> String {
        let queue = try DatabaseQueue(path: workspace.appendingPathComponent(Workspace.databaseFileName).path)
        return try queue.read { db in
            var dump = ""
            let tables = try String.fetchAll(
                db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
            for table in tables {
                for row in try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY rowid") {
                    dump += "\(table): \(row.description)\n"
                }
            }
            return dump
        }
    }
}

/// Runs a process and collects its stdout and stderr at the same time, so that neither pipe can fill
/// (64 KiB) and stall the child while the other one is being read.
enum ProcessOutput {
    /// A buffer filled on another thread and read only after that thread is done.
    private final class Buffer: @unchecked Sendable {
        var data = Data()
    }

    /// Starts `process` with fresh pipes for stdout and stderr, reads both to the end, and waits for it.
    static func run(_ process: Process) throws -> (status: Int32, stdout: Data, stderr: Data) {
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let errors = Buffer()
        let errReader = err.fileHandleForReading
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) { [errors] in
            errors.data = errReader.readDataToEndOfFile()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return (process.terminationStatus, outData, errors.data)
    }
}

/// A temporary folder removed when this object goes away, even where a test made parts of it read-only.
final class TemporaryFolder: Sendable {
    let url: URL

    init(_ url: URL) { self.url = url }

    deinit {
        let manager = FileManager.default
        // Give the owner write (and search) permission on every folder first, so read-only ones can be emptied.
        if let walker = manager.enumerator(at: url, includingPropertiesForKeys: [.isDirectoryKey, .isSymbolicLinkKey]) {
            for case let item as URL in walker {
                let values = try? item.resourceValues(forKeys: [.isDirectoryKey, .isSymbolicLinkKey])
                guard values?.isSymbolicLink != true else { continue }
                Self.allowOwnerWrite(item.path)
            }
        }
        Self.allowOwnerWrite(url.path)
        try? manager.removeItem(at: url)
    }

    private static func allowOwnerWrite(_ path: String) {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
            let permissions = (attributes[.posixPermissions] as? NSNumber)?.uint16Value
        else { return }
        try? FileManager.default.setAttributes([.posixPermissions: permissions | 0o700], ofItemAtPath: path)
    }
}
