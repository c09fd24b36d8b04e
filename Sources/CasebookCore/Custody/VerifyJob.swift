import CasebookCrypto
import CasebookModel
import CasebookStore
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One stored object to re-hash.
struct VerifyJob: Sendable {
    let subject: String
    let name: String
    let path: String
    let sha256: String
    let sha512: String
    let size: Int64

    /// Re-hashes every job on `workers` threads, each with its own reused buffers.
    static func runAll(_ jobs: [VerifyJob], workers: Int, allDigests: Bool) throws -> (problems: [VerifyProblem], bytes: Int64) {
        let results = VerifyResults(count: jobs.count)
        let next = VerifyCursor()
        let workerCount = max(1, min(workers, jobs.count))
        let algorithms: Set<DigestAlgorithm> = allDigests ? [.sha256, .sha512] : [.sha256]
        DispatchQueue.concurrentPerform(iterations: workerCount) { _ in
            let hasher: FileHasher
            do {
                hasher = try FileHasher()
            } catch {
                results.fail(error)
                return
            }
            while let index = next.take(limit: jobs.count) {
                results.set(
                    index,
                    jobs[index].check(
                        with: hasher, algorithms: algorithms,
                        parallel: workerCount == 1 || jobs[index].size >= OpenCase.largeFileThreshold))
            }
        }
        // A worker that could not start leaves its share to the others; none at all is an error,
        // never a silent pass.
        return try results.collect(expected: jobs.count)
    }

    func check(with hasher: FileHasher, algorithms: Set<DigestAlgorithm>, parallel: Bool) -> (VerifyProblem?, Int64) {
        // Never follow a link, never read a device or a pipe, never read past the recorded size:
        // a stored object replaced by a link to /dev/zero is a changed object, not an endless read.
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK | O_NOFOLLOW)
        guard fd >= 0 else {
            if errno == ELOOP {
                return (
                    VerifyProblem(
                        kind: .objectChanged, subject: subject,
                        message: "the stored copy of \(name) was replaced by a symbolic link"), 0
                )
            }
            return (
                VerifyProblem(
                    kind: .objectMissing, subject: subject,
                    message: "the stored copy of \(name) cannot be read: \(PosixFile.lastError())"), 0
            )
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            return (
                VerifyProblem(
                    kind: .objectChanged, subject: subject,
                    message: "the stored copy of \(name) was replaced by something that is not a regular file"), 0
            )
        }
        guard Int64(info.st_size) == size else {
            return (
                VerifyProblem(
                    kind: .objectChanged, subject: subject,
                    message:
                        "the stored copy of \(name) is \(info.st_size) bytes long, not the \(size) bytes recorded when it was ingested"
                ),
                0
            )
        }
        if size >= OpenCase.largeFileThreshold { _ = posix_fadvise(fd, 0, 0, Int32(POSIX_FADV_SEQUENTIAL)) }
        do {
            let content = try hasher.hash(
                input: fd, inputPath: path, output: nil, algorithms: algorithms, parallel: parallel, progress: { _ in })
            let changed =
                content.size != size || content.sha256?.hex != sha256 || (content.sha512.map { $0.hex != sha512 } ?? false)
            if changed {
                return (
                    VerifyProblem(
                        kind: .objectChanged, subject: subject,
                        message: "the stored copy of \(name) no longer matches the hash recorded when it was ingested"),
                    content.size
                )
            }
            return (nil, content.size)
        } catch {
            return (
                VerifyProblem(
                    kind: .objectMissing, subject: subject, message: "the stored copy of \(name) cannot be read: \(error)"), 0
            )
        }
    }
}

private final class VerifyCursor: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0

    func take(limit: Int) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < limit else { return nil }
        defer { next += 1 }
        return next
    }
}

private final class VerifyResults: @unchecked Sendable {
    private let lock = NSLock()
    private var problems: [VerifyProblem?]
    private var bytes: Int64 = 0
    private var checked = 0
    private var failure: (any Error)?

    init(count: Int) { problems = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ result: (VerifyProblem?, Int64)) {
        lock.lock()
        problems[index] = result.0
        bytes += result.1
        checked += 1
        lock.unlock()
    }

    func fail(_ error: any Error) {
        lock.lock()
        failure = error
        lock.unlock()
    }

    func collect(expected: Int) throws -> (problems: [VerifyProblem], bytes: Int64) {
        lock.lock()
        defer { lock.unlock() }
        if checked < expected, let failure { throw failure }
        return (problems.compactMap { $0 }, bytes)
    }
}

/// Work started on its own thread, whose result is collected later.
final class BackgroundWork<T: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: Result<T, any Error>?

    init(_ body: @escaping @Sendable () throws -> T) {
        Thread.detachNewThread {
            self.result = Result { try body() }
            self.done.signal()
        }
    }

    func wait() throws -> T {
        done.wait()
        return try result!.get()
    }
}
