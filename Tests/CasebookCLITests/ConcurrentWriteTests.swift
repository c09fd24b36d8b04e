import Foundation
import Synchronization
import Testing

/// Two `casebook` processes writing to the same case at once must both succeed.
@Suite("concurrent writers")
struct ConcurrentWriteTests {
    @Test func twoWritersAddFourHundredTestimoniesWithoutError() throws {
        let cli = try CLI()
        try cli.makeCase()
        #expect(try cli.run(["witness", "add", "--pseudonym", "Witness A"]).status == 0)
        let perWriter = 200
        let failures = Mutex<[String]>([])
        let start = DispatchSemaphore(value: 0)
        let group = DispatchGroup()
        for writer in 0..<2 {
            group.enter()
            Thread.detachNewThread {
                defer { group.leave() }
                start.wait()
                for n in 0..<perWriter {
                    do {
                        let result = try cli.run([
                            "testimony", "add", "--witness", "W-1", "--date", "2020-01-01", "--summary", "writer \(writer) #\(n)",
                        ])
                        if result.status != 0 { failures.withLock { $0.append(result.stderr) } }
                    } catch {
                        failures.withLock { $0.append("\(error)") }
                    }
                }
            }
        }
        start.signal()
        start.signal()
        group.wait()
        #expect(failures.withLock { $0 } == [])
        #expect(try cli.tableCounts()["testimony"] == 2 * perWriter)
    }
}
