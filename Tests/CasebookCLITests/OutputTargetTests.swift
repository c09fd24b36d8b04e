import Foundation
import Testing

/// Every command that writes to a path the user gives writes ordinary files only: never over a
/// device or into a pipe (even as root, even with --force), never over the case's own redaction
/// terms or templates, and never leaves a half-written file behind when the write fails.
@Suite("output paths are ordinary files outside the case", .serialized)
struct OutputTargetTests {
    /// The three commands that may replace a file with --force, each writing Markdown to `path`.
    static func forcedWrites(_ path: String) -> [[String]] {
        [
            ["dossier", "icc", "--format", "md", "--out", path, "--force"],
            [
                "upr", "submission", "--state", "KP", "--cycle", "4", "--from", "2014-05-01", "--draft", "--format", "md", "--out",
                path, "--force",
            ],
            ["report", "progress", "--format", "md", "--out", path, "--force"],
        ]
    }

    /// The commands that write a new file and never replace one.
    static func newFileWrites(_ path: String) -> [[String]] {
        [
            ["export", "json", path], ["evidence", "redact", "E-1", "--out", path], ["anchor", "request", path],
            ["key", "export", "--handler", "tester", "--out", path],
        ]
    }

    @Test func aDeviceOrAPipeIsNeverReplaced() throws {
        let cli = try DossierTests.sampleCase()
        #expect(try cli.run(["key", "generate", "--handler", "tester"]).status == 0)
        let fifo = cli.folder.appendingPathComponent("pipe").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let linkToNull = cli.folder.appendingPathComponent("null-link").path
        try FileManager.default.createSymbolicLink(atPath: linkToNull, withDestinationPath: "/dev/null")
        let before = try cli.databaseDump()
        for target in ["/dev/null", fifo, linkToNull] {
            for args in Self.forcedWrites(target) + Self.newFileWrites(target) {
                let started = Date()
                let result = try cli.run(args)
                #expect(result.status == 2, "\(args): \(result.stderr)")
                #expect(result.errorLines.count == 1, "\(args): \(result.stderr)")
                #expect(Date().timeIntervalSince(started) < 60, "\(args) blocked on \(target)")
            }
        }
        #expect(try cli.databaseDump() == before, "a refused write recorded something")
        #expect(try cli.tool("test", ["-c", "/dev/null"]).status == 0, "/dev/null is no longer a device")
        #expect(try cli.tool("test", ["-p", fifo]).status == 0, "the pipe was replaced")
        #expect(try cli.tool("test", ["-L", linkToNull]).status == 0)
        let forced = try cli.run(Self.forcedWrites("/dev/null")[0])
        #expect(forced.stderr.contains("not an ordinary file"), "\(forced.stderr)")
    }

    @Test func theRedactionTermsAndTemplatesAreNeverReplaced() throws {
        let cli = try DossierTests.sampleCase()
        #expect(try cli.run(["key", "generate", "--handler", "tester"]).status == 0)
        let terms = cli.workspace.appendingPathComponent("redaction-terms.txt")
        try Data("Hoeryong\n".utf8).write(to: terms)
        let templates = cli.workspace.appendingPathComponent("templates")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        let template = templates.appendingPathComponent("x")
        try Data("kept\n".utf8).write(to: template)
        let before = try cli.databaseDump()
        // Relative to the workspace, as a user in it would type them, and as absolute paths.
        for target in ["redaction-terms.txt", "templates/x", "templates/new.md", terms.path, template.path] {
            for args in Self.forcedWrites(target) + Self.newFileWrites(target) {
                let result = try cli.run(args)
                #expect(result.status == 2, "\(args): \(result.stderr)")
                #expect(
                    result.stderr.contains("one of a case's own files") || result.stderr.contains("already exists"),
                    "\(args): \(result.stderr)")
            }
        }
        #expect(try String(contentsOf: terms, encoding: .utf8) == "Hoeryong\n")
        #expect(try String(contentsOf: template, encoding: .utf8) == "kept\n")
        #expect(!FileManager.default.fileExists(atPath: templates.appendingPathComponent("new.md").path))
        #expect(try cli.databaseDump() == before)
    }

    /// A full disk: a small file system of its own (root only; skipped where it cannot be mounted).
    @Test func aFailedWriteLeavesNoFileBehind() throws {
        let cli = try DossierTests.sampleCase()
        #expect(try cli.run(["key", "generate", "--handler", "tester"]).status == 0)
        let small = cli.folder.appendingPathComponent("small")
        try FileManager.default.createDirectory(at: small, withIntermediateDirectories: true)
        guard try cli.tool("mount", ["-t", "tmpfs", "-o", "size=16k", "tmpfs", small.path]).status == 0 else { return }
        defer { _ = try? cli.tool("umount", [small.path]) }
        // Filled to the last byte: creating a file still works, writing into it does not.
        _ = try cli.tool("dd", ["if=/dev/zero", "of=" + small.appendingPathComponent("filler").path, "bs=4096"])
        for args in Self.forcedWrites(small.appendingPathComponent("out.md").path)
            + [["export", "json", small.appendingPathComponent("case.json").path]]
        {
            let result = try cli.run(args)
            #expect(result.status != 0, "\(args) wrote to a full disk")
            #expect(result.stderr.contains("No space left") || result.stderr.contains("space"), "\(args): \(result.stderr)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: small.path) == ["filler"], "\(args) left a file behind")
        }
    }
}
