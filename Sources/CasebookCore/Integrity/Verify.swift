#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import GRDB

/// How `verify` should run.
public struct VerifyOptions: Sendable {
    public var jobs: Int
    /// Re-check SHA-512 as well as SHA-256.
    public var allDigests: Bool
    public var handler: Handler

    public init(jobs: Int = ProcessInfo.processInfo.activeProcessorCount, allDigests: Bool = false, handler: Handler) {
        self.jobs = jobs
        self.allDigests = allDigests
        self.handler = handler
    }
}

extension OpenCase {
    /// Re-hashes every stored object, re-computes the custody chain from its first event, checks
    /// every signature and anchor, and records one `verified` event when all is intact.
    public func verify(_ options: VerifyOptions) throws -> VerifyReport {
        let snapshot = try database.read { db in try VerifySnapshot(db) }
        try requireUsableKey(for: options.handler)
        var problems: [VerifyProblem] = []
        var notes: [String] = []

        let (jobs, objectProblems, objectNotes) = try objectJobs(snapshot)
        // Re-hash the files on worker threads while this thread checks the log.
        let hashing = BackgroundWork { try VerifyJob.runAll(jobs, workers: max(1, options.jobs), allDigests: options.allDigests) }
        let recordProblems = Self.checkRecords(snapshot)
        let chain = Result { try Self.checkChain(snapshot) }
        let (hashProblems, bytes) = try hashing.wait()
        let (chainProblems, signatures, firstBreak) = try chain.get()
        problems += objectProblems + hashProblems + recordProblems + chainProblems
        notes += objectNotes
        // A timestamp holds while every event it covers is intact and the last one still hashes to it.
        let anchors = try snapshot.anchors.map { anchor in
            let event = snapshot.events.first { $0.sequence == anchor.sequence }
            let intactThrough = firstBreak.map { $0 > anchor.sequence } ?? true
            let recomputed = try event?.computedHash()
            return AnchorCoverage(
                throughSequence: anchor.sequence, headHash: anchor.headHash, time: anchor.genTime,
                holds: intactThrough && recomputed == anchor.headHash)
        }
        for anchor in anchors where !anchor.holds {
            problems.append(
                VerifyProblem(
                    kind: .anchorMismatch, subject: "event \(anchor.throughSequence)",
                    message: "the timestamp of \(anchor.time ?? "an earlier date") covered events 1 to \(anchor.throughSequence), but event \(anchor.throughSequence) no longer has the hash that was timestamped"))
        }

        var verifiedEvent: Int64?
        if problems.isEmpty {
            let note = "verified \(snapshot.items.count) objects (\(bytes) bytes), \(snapshot.events.count) events, \(signatures) signatures"
            verifiedEvent = try database.write { db in
                try appendCustody([NewCustodyEvent(action: .verified, handler: options.handler, note: note)], in: db)[0].sequence
            }
        }
        return VerifyReport(
            objectsChecked: snapshot.items.count, bytesChecked: bytes, eventsChecked: snapshot.events.count,
            signaturesChecked: signatures, problems: problems, notes: notes, anchors: anchors, verifiedEvent: verifiedEvent)
    }

    /// Accounts for every file in the store: the objects to re-hash, and the missing or unknown ones.
    private func objectJobs(_ snapshot: VerifySnapshot) throws -> (jobs: [VerifyJob], problems: [VerifyProblem], notes: [String]) {
        let store = objects
        let (inventory, strays) = store.inventory()
        var problems: [VerifyProblem] = []
        var jobs: [VerifyJob] = []
        for item in snapshot.items {
            let subject = "E-\(item.id ?? 0)"
            if let path = inventory[item.sha256] {
                jobs.append(VerifyJob(subject: subject, name: item.originalName, path: path, sha256: item.sha256, sha512: item.sha512, size: item.size))
            } else {
                problems.append(
                    VerifyProblem(kind: .objectMissing, subject: subject, message: "the stored copy of \(item.originalName) is missing from the evidence store"))
            }
        }
        let referenced = Set(snapshot.items.map(\.sha256))
        var leftovers = 0
        let unreferenced = inventory.filter { !referenced.contains($0.key) && !snapshot.pending.contains($0.key) }
        // An ingest running alongside may have stored an object after the snapshot was read:
        // look once more before calling it unknown.
        let knownNow: Set<String> = unreferenced.isEmpty ? [] : try database.read { db in
            Set(try String.fetchAll(db, sql: "SELECT sha256 FROM evidence_item UNION SELECT sha256 FROM pending_object"))
        }
        for (sha, path) in inventory.sorted(by: { $0.key < $1.key }) where !referenced.contains(sha) {
            if snapshot.pending.contains(sha) {
                leftovers += 1
            } else if !knownNow.contains(sha) {
                problems.append(
                    VerifyProblem(kind: .unknownObject, subject: path, message: "this file is in the evidence store but no evidence item records it"))
            }
        }
        for path in strays {
            problems.append(VerifyProblem(kind: .unknownObject, subject: path, message: "this file does not belong in the evidence store"))
        }
        var notes: [String] = []
        if leftovers > 0 {
            notes.append(
                "\(leftovers) stored cop\(leftovers == 1 ? "y was" : "ies were") left by an interrupted 'evidence add'; add the same files again to record them.")
        }
        return (jobs, problems, notes)
    }

    /// Each item's recorded hashes must be those its `ingested` event was chained with.
    private static func checkRecords(_ snapshot: VerifySnapshot) -> [VerifyProblem] {
        var problems: [VerifyProblem] = []
        var ingestedEvents: [Int64: CustodyEventRecord] = [:]
        for event in snapshot.events where event.action == CustodyAction.ingested.rawValue {
            if let id = event.evidenceId, ingestedEvents[id] == nil { ingestedEvents[id] = event }
        }
        for item in snapshot.items {
            let id = item.id ?? 0
            guard let ingested = ingestedEvents[id] else {
                problems.append(
                    VerifyProblem(kind: .eventDeleted, subject: "E-\(id)", message: "the custody log has no 'ingested' event for this item"))
                continue
            }
            let note = ingested.note ?? ""
            let recordsHashAndSize = Self.bytes(of: note, contain: ", \(item.size) bytes, sha512 \(item.sha512)")
            if ingested.objectSha256 != item.sha256 || !recordsHashAndSize {
                problems.append(
                    VerifyProblem(
                        kind: .recordChanged, subject: "E-\(id)",
                        message: "the hashes recorded for this item differ from those logged when it was ingested (event \(ingested.sequence))"))
            }
        }
        return problems
    }

    /// A plain byte search: the generic string algorithms cost more than the hashing here.
    static func bytes(of text: String, contain fragment: String) -> Bool {
        var text = text, fragment = fragment
        return text.withUTF8 { haystack in
            fragment.withUTF8 { needle in
                guard let first = needle.first, needle.count <= haystack.count else { return needle.isEmpty }
                for start in 0...(haystack.count - needle.count) where haystack[start] == first {
                    if memcmp(haystack.baseAddress! + start, needle.baseAddress!, needle.count) == 0 { return true }
                }
                return false
            }
        }
    }

    /// Walks the chain from the first event: hashes, links, sequence, signatures.
    private static func checkChain(
        _ snapshot: VerifySnapshot
    ) throws -> (problems: [VerifyProblem], signatures: Int, firstBreak: Int64?) {
        var problems: [VerifyProblem] = []
        var signatures = 0
        let positionOfHash = Dictionary(snapshot.events.enumerated().map { ($1.eventHash, $0) }, uniquingKeysWith: { first, _ in first })
        var expectedSequence: Int64 = 1
        var previousHash = CustodyEventRecord.genesisHash
        var firstBreak: Int64?
        for (index, event) in snapshot.events.enumerated() {
            let problemsBefore = problems.count
            let subject = "event \(event.sequence)"
            var reported = false
            if event.sequence > expectedSequence {
                let range = event.sequence - 1 == expectedSequence ? "event \(expectedSequence) is" : "events \(expectedSequence) to \(event.sequence - 1) are"
                problems.append(VerifyProblem(kind: .eventDeleted, subject: subject, message: "\(range) missing from the custody log"))
                reported = true
            }
            let linksElsewhere = positionOfHash[event.previousHash].map { $0 != index - 1 } ?? false
            if try event.computedHash() != event.eventHash {
                if linksElsewhere {
                    problems.append(
                        VerifyProblem(kind: .eventsReordered, subject: subject, message: "this event has been moved out of its place in the log"))
                } else {
                    problems.append(
                        VerifyProblem(kind: .eventEdited, subject: subject, message: "this event was changed after it was written: its content no longer matches its hash"))
                }
                reported = true
            } else if event.previousHash != previousHash && !reported {
                if linksElsewhere {
                    problems.append(
                        VerifyProblem(kind: .eventsReordered, subject: subject, message: "this event no longer follows the event it was chained to"))
                } else {
                    problems.append(
                        VerifyProblem(kind: .eventDeleted, subject: subject, message: "the event this one was chained to is missing or was replaced"))
                }
            }
            if let fingerprint = event.keyFingerprint {
                if let key = snapshot.keys[fingerprint] {
                    if let signature = event.signature {
                        signatures += 1
                        if !(try Ed25519.verify(Array(signature), of: event.canonicalBytes, publicPEM: key)) {
                            problems.append(
                                VerifyProblem(kind: .signatureInvalid, subject: subject, message: "the signature of \(event.handler) does not match this event"))
                        }
                    } else {
                        problems.append(
                            VerifyProblem(kind: .signatureMissing, subject: subject, message: "this event was signed by \(event.handler), but its signature is gone"))
                    }
                } else {
                    problems.append(
                        VerifyProblem(kind: .keyMissing, subject: subject, message: "the public key that signed this event (\(event.handler)) is no longer in the case"))
                }
            }
            if firstBreak == nil, problems.count > problemsBefore { firstBreak = event.sequence }
            expectedSequence = event.sequence + 1
            previousHash = event.eventHash
        }
        return (problems, signatures, firstBreak)
    }
}

/// Everything `verify` compares against, read in one go.
struct VerifySnapshot {
    let items: [EvidenceItemRecord]
    let events: [CustodyEventRecord]
    let keys: [String: String]
    let pending: Set<String>
    let anchors: [AnchorRecord]

    init(_ db: Database) throws {
        // Read by column position rather than through Codable: verify reads every row of both
        // tables, and name-based decoding dominated its time on cases with thousands of files.
        items = try Row.fetchAll(
            db, sql: "SELECT id, sha256, sha512, size, originalName FROM evidence_item ORDER BY id"
        ).map { row in
            EvidenceItemRecord(
                id: row[0], sha256: row[1], sha512: row[2], size: row[3], mediaType: nil, kind: nil, originalName: row[4],
                description: nil, source: nil, acquiredBy: nil, acquiredAt: nil, ingestedAt: "", wasSymlink: false)
        }
        events = try Row.fetchAll(
            db,
            sql: """
                SELECT sequence, evidenceId, action, handler, occurredAt, objectSha256, note, previousHash, eventHash,
                       signature, keyFingerprint
                FROM custody_event ORDER BY sequence
                """
        ).map { row in
            CustodyEventRecord(
                sequence: row[0], evidenceId: row[1], action: row[2], handler: row[3], occurredAt: row[4],
                objectSha256: row[5], note: row[6], previousHash: row[7], eventHash: row[8], signature: row[9],
                keyFingerprint: row[10])
        }
        keys = Dictionary(try HandlerKeyRecord.fetchAll(db).map { ($0.fingerprint, $0.publicKeyPEM) }, uniquingKeysWith: { a, _ in a })
        pending = Set(try String.fetchAll(db, sql: "SELECT sha256 FROM pending_object"))
        anchors = try AnchorRecord.order(Column("sequence")).fetchAll(db)
    }
}

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
                results.set(index, jobs[index].check(with: hasher, algorithms: algorithms, parallel: workerCount == 1 || jobs[index].size >= OpenCase.largeFileThreshold))
            }
        }
        // A worker that could not start leaves its share to the others; none at all is an error,
        // never a silent pass.
        return try results.collect(expected: jobs.count)
    }

    func check(with hasher: FileHasher, algorithms: Set<DigestAlgorithm>, parallel: Bool) -> (VerifyProblem?, Int64) {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK)
        guard fd >= 0 else {
            return (VerifyProblem(kind: .objectMissing, subject: subject, message: "the stored copy of \(name) cannot be read: \(PosixFile.lastError())"), 0)
        }
        defer { close(fd) }
        if size >= OpenCase.largeFileThreshold { _ = posix_fadvise(fd, 0, 0, Int32(POSIX_FADV_SEQUENTIAL)) }
        do {
            let content = try hasher.hash(
                input: fd, inputPath: path, output: nil, algorithms: algorithms, parallel: parallel, progress: { _ in })
            let changed = content.size != size || content.sha256?.hex != sha256 || (content.sha512.map { $0.hex != sha512 } ?? false)
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
            return (VerifyProblem(kind: .objectMissing, subject: subject, message: "the stored copy of \(name) cannot be read: \(error)"), 0)
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
