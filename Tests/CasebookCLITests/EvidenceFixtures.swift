import CasebookCore
import Foundation
import Testing

/// The output of a plain command-line tool run by a test.
struct ToolResult {
    let status: Int32
    let output: String
}

extension CLI {
    /// Writes a file of `bytes` (relative to the temp folder) and returns its path.
    @discardableResult
    func makeFile(_ name: String, _ bytes: [UInt8]) throws -> String {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
        return url.path
    }

    /// A file of `size` pseudo-random bytes, different for each `seed`.
    @discardableResult
    func makeRandomFile(_ name: String, size: Int, seed: UInt64 = 1) throws -> String {
        var state = seed &* 0x9E37_79B9_7F4A_7C15 | 1
        var bytes = [UInt8](repeating: 0, count: size)
        for index in 0..<size {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            bytes[index] = UInt8(truncatingIfNeeded: state)
        }
        return try makeFile(name, bytes)
    }

    /// Runs a plain tool (sqlite3, openssl, bagit.py, sha256sum…) as a user would.
    @discardableResult
    func tool(_ executable: String, _ args: [String], cwd: URL? = nil, environment: [String: String] = [:]) throws -> ToolResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [executable] + args
        process.currentDirectoryURL = cwd ?? folder
        if !environment.isEmpty { process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new } }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return ToolResult(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }

    /// Runs SQL on the case database with the `sqlite3` command line, as someone tampering would.
    @discardableResult
    func sqlite(_ sql: String) throws -> String {
        let result = try tool("sqlite3", [workspace.appendingPathComponent(Workspace.databaseFileName).path, sql])
        #expect(result.status == 0, "sqlite3 failed: \(result.output)")
        return result.output
    }

    /// Every file in the evidence store (outside `.incoming`), relative to the store.
    func storedObjects() throws -> [String] {
        let root = workspace.appendingPathComponent("evidence/objects")
        let enumerator = FileManager.default.enumerator(atPath: root.path)
        var found: [String] = []
        while let path = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path, isDirectory: &isDirectory)
            if exists && !isDirectory.boolValue && !path.hasPrefix(".incoming") { found.append(path) }
        }
        return found.sorted()
    }

    /// The stored object path for a SHA-256.
    func objectPath(_ sha256: String) -> String {
        workspace.appendingPathComponent("evidence/objects/\(sha256.prefix(2))/\(sha256.dropFirst(2))").path
    }

    /// A case with a signing key for `kim`, who handles everything, and three evidence files.
    mutating func makeEvidenceCase() throws {
        environment["CASEBOOK_HANDLER"] = "kim"
        try makeCase()
        #expect(try run(["key", "generate", "--handler", "kim"]).status == 0)
        try makeFile("in/statement.txt", Array("Witness A describes the holding centre.\n".utf8))
        try makeRandomFile("in/photo.jpg", size: 300_000, seed: 7)
        try makeRandomFile("in/video.mp4", size: 2_500_000, seed: 9)
        let added = try run(["evidence", "add", "--recursive", folder.appendingPathComponent("in").path, "--source", "field team"])
        #expect(added.status == 0, "\(added.stderr)")
    }

    /// The SHA-256 recorded for an item.
    func recordedHash(_ id: Int) throws -> String {
        try sqlite("SELECT sha256 FROM evidence_item WHERE id = \(id)").trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
