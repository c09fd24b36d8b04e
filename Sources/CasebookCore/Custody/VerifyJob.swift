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
        let results = Collector(VerifyResults(count: jobs.count))
        let next = Collector(0)
        let workerCount = max(1, min(workers, jobs.count))
        let algorithms: Set<DigestAlgorithm> = allDigests ? [.sha256, .sha512] : [.sha256]
        DispatchQueue.concurrentPerform(iterations: workerCount) { _ in
            let hasher: FileHasher
            do {
                hasher = try FileHasher()
            } catch {
                results.withLock { $0.failure = error }
                return
            }
            while let index = next.withLock({ taken -> Int? in
                guard taken < jobs.count else { return nil }
                defer { taken += 1 }
                return taken
            }) {
                let result = jobs[index].check(
                    with: hasher, algorithms: algorithms,
                    parallel: workerCount == 1 || jobs[index].size >= Case.largeFileThreshold)
                results.withLock { $0.set(index, result) }
            }
        }
        // A worker that could not start leaves its share to the others; none at all is an error,
        // never a silent pass.
        return try results.value.collect(expected: jobs.count)
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
        if size >= Case.largeFileThreshold { _ = posix_fadvise(fd, 0, 0, Int32(POSIX_FADV_SEQUENTIAL)) }
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

/// What the verify workers found: each job's problem by index, the bytes read, how many jobs
/// were checked, and why a worker could not start.
private struct VerifyResults: Sendable {
    var problems: [VerifyProblem?]
    var bytes: Int64 = 0
    var checked = 0
    var failure: (any Error)?

    init(count: Int) { problems = Array(repeating: nil, count: count) }

    mutating func set(_ index: Int, _ result: (VerifyProblem?, Int64)) {
        problems[index] = result.0
        bytes += result.1
        checked += 1
    }

    func collect(expected: Int) throws -> (problems: [VerifyProblem], bytes: Int64) {
        if checked < expected, let failure { throw failure }
        return (problems.compactMap { $0 }, bytes)
    }
}
