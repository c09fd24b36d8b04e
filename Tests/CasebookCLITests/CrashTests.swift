import Foundation
import Testing

/// `evidence add` killed with SIGKILL at any moment leaves a case that verifies, and the file
/// can be added again.
@Suite("crashes during ingest")
struct CrashTests {
    func newCase() throws -> CLI {
        var cli = try CLI()
        cli.environment["CASEBOOK_HANDLER"] = "kim"
        try cli.makeCase()
        #expect(try cli.run(["key", "generate", "--handler", "kim"]).status == 0)
        return cli
    }

    func expectRecoverable(_ cli: CLI, file: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let verify = try cli.run(["verify"])
        #expect(verify.status == 0, "verify after a kill: \(verify.stdout)", sourceLocation: sourceLocation)
        let again = try cli.run(["evidence", "add", file])
        #expect(again.status == 0, "adding again: \(again.stderr)", sourceLocation: sourceLocation)
        #expect(try cli.sqlite("SELECT COUNT(*) FROM evidence_item") == "1\n", sourceLocation: sourceLocation)
        #expect(try cli.run(["verify"]).status == 0, sourceLocation: sourceLocation)
        #expect(try cli.sqlite("SELECT COUNT(*) FROM pending_object") == "0\n", sourceLocation: sourceLocation)
        #expect(try cli.storedObjects().count == 1, sourceLocation: sourceLocation)
    }

    @Test(arguments: ["after-copy", "after-pending", "after-install"])
    func killedAtEachStepOfTheCommit(_ point: String) throws {
        let cli = try newCase()
        let file = try cli.makeRandomFile("footage.mp4", size: 3_000_000)
        let killed = try cli.run(["evidence", "add", file], environment: ["CASEBOOK_CRASH_POINT": point])
        #expect(killed.status == 9 || killed.status == 137 || killed.status == Int32(SIGKILL), "status \(killed.status)")
        #expect(try cli.sqlite("SELECT COUNT(*) FROM evidence_item") == "0\n")
        try expectRecoverable(cli, file: file)
    }

    @Test func killedAtRandomMomentsWhileHashingALargeFile() throws {
        let cli = try newCase()
        let file = try cli.makeRandomFile("large.bin", size: 160_000_000, seed: 5)
        for delay in [0.02, 0.1, 0.2, 0.35, 0.5] {
            let process = Process()
            process.executableURL = CLI.binary
            process.arguments = ["evidence", "add", file, "--handler", "kim"]
            process.currentDirectoryURL = cli.workspace
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let verify = try cli.run(["verify"])
            #expect(verify.status == 0, "verify after a kill at \(delay) s: \(verify.stdout)")
        }
        try expectRecoverable(cli, file: file)
        let incoming =
            (try? FileManager.default.contentsOfDirectory(
                atPath: cli.workspace.appendingPathComponent("evidence/objects/.incoming").path)) ?? []
        #expect(incoming.isEmpty, "abandoned partial copies are cleaned up: \(incoming)")
    }
}
