import Foundation
import Testing

@testable import CasebookModel

/// The one type through which the core's threads share state.
@Suite("state shared between threads")
struct CollectorTests {
    @Test func everyUpdateFromEveryThreadIsKept() {
        let collector = Collector([Int]())
        DispatchQueue.concurrentPerform(iterations: 8) { worker in
            for step in 0..<1_000 { collector.withLock { $0.append(worker * 1_000 + step) } }
        }
        #expect(collector.value.sorted() == Array(0..<8_000))
    }

    @Test func backgroundWorkIsWaitedForAndItsErrorThrown() throws {
        let (work, output) = try withBackgroundWork {
            (1...100).reduce(0, +)
        } whileRunning: {
            "here"
        }
        #expect(work == 5050)
        #expect(output == "here")
        struct Failed: Error {}
        #expect(throws: Failed.self) {
            _ = try withBackgroundWork { () throws -> Int in
                throw Failed()
            } whileRunning: {
                1
            }
        }
    }
}
