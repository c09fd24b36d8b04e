import Foundation
import Synchronization
import Testing

/// Several `evidence add` processes at once into one case: each cleans up the temporary copies
/// that killed runs left behind, and must never take the live copy of another run for one.
@Suite("concurrent evidence add")
struct ConcurrentIngestTests {
    @Test func twelveProcessesAddTwelveFilesAtOnce() throws {
        var cli = try CLI()
        cli.environment["CASEBOOK_HANDLER"] = "kim"
        try cli.makeCase()
        let count = 12
        var files: [String] = []
        for index in 0..<count {
            // Large enough that the copies overlap in time, small enough to stay quick.
            files.append(try cli.makeRandomFile("in/file-\(index).bin", size: 3_000_000, seed: UInt64(index + 1)))
        }
        // A copy left by a killed run: it must be cleaned up, and only it.
        let incoming = cli.workspace.appendingPathComponent("evidence/objects/.incoming")
        try FileManager.default.createDirectory(at: incoming, withIntermediateDirectories: true)
        try Data("left by a killed run".utf8).write(to: incoming.appendingPathComponent("abandoned.part"))

        let runner = cli
        let failures = Mutex<[String]>([])
        let start = DispatchSemaphore(value: 0)
        let group = DispatchGroup()
        for (index, file) in files.enumerated() {
            group.enter()
            Thread.detachNewThread {
                defer { group.leave() }
                start.wait()
                // Started a little apart, so that one run cleans up while others are committing.
                Thread.sleep(forTimeInterval: 0.04 * Double(index))
                do {
                    let result = try runner.run(["evidence", "add", file, "--source", "field team"])
                    if result.status != 0 { failures.withLock { $0.append("exit \(result.status): \(result.stderr)") } }
                } catch {
                    failures.withLock { $0.append("\(error)") }
                }
            }
        }
        for _ in files { start.signal() }
        group.wait()
        let failed = failures.withLock { $0 }
        #expect(failed.isEmpty, "\(failed.count) of \(count) failed: \(failed)")
        let verified = try cli.run(["verify"])
        #expect(verified.status == 0, "\(verified.stdout) \(verified.stderr)")
        #expect(try cli.sqlite("SELECT COUNT(*) FROM evidence_item").trimmingCharacters(in: .whitespacesAndNewlines) == "\(count)")
        #expect(try cli.storedObjects().count == count)
        let left = try FileManager.default.contentsOfDirectory(atPath: incoming.path)
        #expect(left.isEmpty, "temporary copies left behind: \(left)")
    }
}
