import Foundation
import Testing

/// The test runner itself: it must not stall on a chatty command, and it must not leave folders behind.
@Suite struct CLIRunnerTests {
    @Test func moreThanAPipeBufferOnStderrDoesNotStallTheRunner() throws {
        var cli = try CLI()
        // The prefix replaces the binary, so this runs through the same reading code as every casebook run.
        cli.prefix = ["/bin/sh", "-c", "head -c 200000 /dev/zero | tr '\\0' x >&2; echo done"]
        let result = try cli.run([])
        #expect(result.status == 0)
        #expect(result.stdout == "done\n")
        #expect(result.stderr.utf8.count == 200_000)
        #expect(result.stderr.allSatisfy { $0 == "x" })
    }

    @Test func theTemporaryFolderIsRemovedEvenWhenPartsAreReadOnly() throws {
        let folder: URL
        do {
            let cli = try CLI()
            folder = cli.folder
            let locked = folder.appendingPathComponent("locked", isDirectory: true)
            try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
            try Data("sealed".utf8).write(to: locked.appendingPathComponent("file"))
            try FileManager.default.setAttributes(
                [.posixPermissions: 0o400], ofItemAtPath: locked.appendingPathComponent("file").path)
            try FileManager.default.setAttributes([.posixPermissions: 0o500], ofItemAtPath: locked.path)
            #expect(FileManager.default.fileExists(atPath: folder.path))
        }
        #expect(!FileManager.default.fileExists(atPath: folder.path))
    }
}
