import Dispatch
import Foundation
import Synchronization

/// A value that worker threads share, behind a lock: the one type in the project through which
/// threads exchange mutable state (verify's cursor and results, the signature checks, the
/// hashing lanes' read-ahead, background work).
///
/// Why it is safe: the value lives inside a `Mutex` and is reached only through `withLock`,
/// so every read and write is serialised, and a write on one thread happens before any later
/// read on another. `Value` must be `Sendable`, so nothing that leaves the lock can alias what
/// stays behind it. The compiler checks all of this: no `@unchecked`. Keep the closures short
/// (a store, an increment): other threads wait while one runs.
package final class Collector<Value: Sendable>: Sendable {
    private let state: Mutex<Value>

    package init(_ value: Value) {
        state = Mutex(value)
    }

    /// Runs `body` with the value, alone: no other thread reads or changes it meanwhile.
    package func withLock<Output: Sendable>(_ body: (inout Value) -> Output) -> Output {
        state.withLock { value in body(&value) }
    }

    /// A copy of the value as it is now.
    package var value: Value {
        state.withLock { $0 }
    }
}

/// Runs `work` on a thread of its own while `body` runs on this one, and returns both results
/// once both are done: the work cannot outlive the call, even when `body` throws.
package func withBackgroundWork<Work: Sendable, Output>(
    _ work: @escaping @Sendable () throws -> Work, whileRunning body: () throws -> Output
) throws -> (work: Work, output: Output) {
    let done = DispatchSemaphore(value: 0)
    // Until the thread stores its result the collector holds a failure no caller ever sees:
    // `done` is signalled only after the store.
    let outcome = Collector<Result<Work, any Error>>(.failure(BackgroundWorkPending()))
    Thread.detachNewThread {
        let result = Result { try work() }
        outcome.withLock { $0 = result }
        done.signal()
    }
    let output = Result { try body() }
    done.wait()
    return (try outcome.value.get(), try output.get())
}

/// The placeholder result of background work that has not finished (never thrown: the caller
/// waits for the work first).
private struct BackgroundWorkPending: Error {}
