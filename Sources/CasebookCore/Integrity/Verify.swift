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
    /// A file of public keys or fingerprints the team keeps outside the case (`--trusted-keys`).
    public var trustedKeysFile: String?
    /// The timestamping authority's CA certificates, PEM (`--tsa-ca`).
    public var authorityFile: String?
    /// The hash of a head written down earlier (`--expect-head`), which must still be in the log.
    public var expectedHead: String?

    public init(
        jobs: Int = ProcessInfo.processInfo.activeProcessorCount, allDigests: Bool = false, handler: Handler,
        trustedKeysFile: String? = nil, authorityFile: String? = nil, expectedHead: String? = nil
    ) {
        self.jobs = jobs
        self.allDigests = allDigests
        self.handler = handler
        self.trustedKeysFile = trustedKeysFile
        self.authorityFile = authorityFile
        self.expectedHead = expectedHead
    }
}

extension OpenCase {
    /// Re-hashes every stored object, re-computes the custody chain from its first event, checks
    /// every signature, key and anchor, compares the records with the log, and records one
    /// `verified` event when all is intact.
    public func verify(_ options: VerifyOptions) throws -> VerifyReport {
        let trusted = try options.trustedKeysFile.map(TrustedKeys.read)
        let authority = try options.authorityFile.map(Self.readAuthority)
        let expectedHead = try options.expectedHead.map(Self.parseHead)
        let snapshot = try database.read { db in try VerifySnapshot(db) }
        try requireUsableKey(for: options.handler)
        var problems: [VerifyProblem] = []
        var notes: [String] = []

        let (jobs, inventory, objectProblems, objectNotes) = try objectJobs(snapshot)
        // Re-hash the files on worker threads while this thread checks the log.
        let hashing = BackgroundWork { try VerifyJob.runAll(jobs, workers: max(1, options.jobs), allDigests: options.allDigests) }
        let (keyProblems, keys) = Self.checkKeys(snapshot, trusted: trusted, trustedFile: options.trustedKeysFile)
        let recordProblems = Self.checkRecords(snapshot, inventory: inventory) + Self.checkConsent(snapshot)
        let chain = Result { try Self.checkChain(snapshot, keys: keys) }
        let (hashProblems, bytes) = try hashing.wait()
        let (chainProblems, signatures, firstBreak) = try chain.get()
        problems += objectProblems + hashProblems + recordProblems + chainProblems + keyProblems
        notes += objectNotes
        let (anchors, anchorProblems) = Self.checkAnchors(snapshot, firstBreak: firstBreak, authority: authority)
        problems += anchorProblems
        if let expectedHead, !snapshot.events.contains(where: { $0.eventHash == expectedHead }) {
            problems.append(
                VerifyProblem(
                    kind: .eventDeleted, subject: "head",
                    message: "the head written down earlier (\(expectedHead)) is no longer in the custody log: events were deleted or rewritten since"))
        }
        if let remembered = RememberedHead.read(for: workspace.root), let problem = remembered.check(against: snapshot.events) {
            problems.append(problem)
        }
        if signatures > 0 && trusted == nil {
            notes.append(
                "The signatures were checked against the public keys kept in the case itself; pass --trusted-keys with the keys your team keeps elsewhere to prove they are the handlers' own.")
        }
        if !anchors.isEmpty && authority == nil && anchors.contains(where: { $0.authority == Self.unverifiedAuthority }) {
            notes.append("A timestamp whose authority is unverified proves a time only if you trust its reply; pass --tsa-ca with the authority's certificate.")
        }

        let last = snapshot.events.last
        var head = CustodyHead(sequence: last?.sequence ?? 0, hash: last?.eventHash ?? CustodyEventRecord.genesisHash)
        var verifiedEvent: Int64?
        if problems.isEmpty {
            let note = "verified \(snapshot.items.count) objects (\(bytes) bytes), \(snapshot.events.count) events, \(signatures) signatures"
            let checked = head
            let recorded = try database.write { db in
                try appendCustody(
                    [NewCustodyEvent(
                        action: .verified, handler: options.handler, note: note,
                        details: CustodyEventRecord.detailLines([("checked-through", String(checked.sequence)), ("checked-head", checked.hash)]))],
                    in: db)[0]
            }
            verifiedEvent = recorded.sequence
            head = CustodyHead(sequence: recorded.sequence, hash: recorded.eventHash)
            RememberedHead.write(head, for: workspace.root)
        }
        var report = VerifyReport(
            objectsChecked: snapshot.items.count, bytesChecked: bytes, eventsChecked: snapshot.events.count,
            signaturesChecked: signatures, problems: problems, notes: notes, anchors: anchors, verifiedEvent: verifiedEvent)
        report.head = head
        return report
    }

    /// A head hash as given on the command line: 64 hex digits.
    static func parseHead(_ text: String) throws -> String {
        let hex = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard hex.utf8.count == 64, hex.utf8.allSatisfy({ (48...57).contains($0) || (97...102).contains($0) }) else {
            throw RecordError.invalidValue(
                field: "--expect-head", value: text, accepted: "give the 64-hex-digit hash 'casebook custody head' or 'verify' printed")
        }
        return hex
    }

    /// Accounts for every file in the store: the objects to re-hash, and the missing or unknown ones.
    private func objectJobs(
        _ snapshot: VerifySnapshot
    ) throws -> (jobs: [VerifyJob], inventory: [String: String], problems: [VerifyProblem], notes: [String]) {
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
        return (jobs, inventory, problems, notes)
    }

    /// Walks the chain from the first event: hashes, links, sequence, encoding, signatures, and
    /// that a handler who signs once signs every later event.
    private static func checkChain(
        _ snapshot: VerifySnapshot, keys: [String: HandlerKeyRecord]
    ) throws -> (problems: [VerifyProblem], signatures: Int, firstBreak: Int64?) {
        var problems: [VerifyProblem] = []
        var signatures = 0
        let positionOfHash = Dictionary(snapshot.events.enumerated().map { ($1.eventHash, $0) }, uniquingKeysWith: { first, _ in first })
        let keyRows = Dictionary(snapshot.keyRows.map { ($0.handler, $0) }, uniquingKeysWith: { first, _ in first })
        var signsSince: [String: Int64] = [:]
        let valid = try Self.checkSignatures(snapshot.events, keys: keys)
        var firstNewEncoding: Int64?
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
            if event.encoding >= 2 {
                if firstNewEncoding == nil { firstNewEncoding = event.sequence }
            } else if let since = firstNewEncoding {
                problems.append(
                    VerifyProblem(
                        kind: .eventEdited, subject: subject,
                        message: "this event is in the old encoding (version 1), though the log has used version 2 since event \(since): it was rewritten"))
            }
            if let fingerprint = event.keyFingerprint {
                if signsSince[event.handler] == nil { signsSince[event.handler] = event.sequence }
                if let key = keys[fingerprint] {
                    if event.signature != nil {
                        signatures += 1
                        if valid[index] != true {
                            problems.append(
                                VerifyProblem(kind: .signatureInvalid, subject: subject, message: "the signature of \(event.handler) does not match this event"))
                        } else if key.handler != event.handler {
                            problems.append(
                                VerifyProblem(
                                    kind: .signatureInvalid, subject: subject,
                                    message: "this event names \(event.handler) as its handler but is signed with the key of \(key.handler)"))
                        }
                    } else {
                        problems.append(
                            VerifyProblem(kind: .signatureMissing, subject: subject, message: "this event was signed by \(event.handler), but its signature is gone"))
                    }
                } else {
                    problems.append(
                        VerifyProblem(kind: .keyMissing, subject: subject, message: "the public key that signed this event (\(event.handler)) is no longer in the case"))
                }
            } else if let since = signsSince[event.handler] {
                problems.append(
                    VerifyProblem(
                        kind: .signatureMissing, subject: subject,
                        message: "this event of \(event.handler) is not signed, though \(event.handler) has signed every event since event \(since)"))
            } else if let key = keyRows[event.handler],
                key.registeredAfter.map({ event.sequence > $0 }) ?? (event.occurredAt > key.createdAt)
            {
                // A key's registration is where its handler starts signing: after it, an
                // unsigned event of theirs was stripped or forged.
                let since = key.registeredAfter.map { "event \($0 + 1)" } ?? key.createdAt
                problems.append(
                    VerifyProblem(
                        kind: .signatureMissing, subject: subject,
                        message: "this event of \(event.handler) is not signed, though \(event.handler) has had a signing key since \(since)"))
            }
            if firstBreak == nil, problems.count > problemsBefore { firstBreak = event.sequence }
            expectedSequence = event.sequence + 1
            previousHash = event.eventHash
        }
        return (problems, signatures, firstBreak)
    }
}

extension OpenCase {
    /// Checks every signature whose key is in the case, on all cores: whether each event's
    /// signature is valid (nil where there is no signature or no key to check it with).
    static func checkSignatures(_ events: [CustodyEventRecord], keys: [String: HandlerKeyRecord]) throws -> [Bool?] {
        let results = SignatureResults(count: events.count)
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, events.count / 64))
        let chunk = (events.count + workers - 1) / max(1, workers)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            // Each worker parses its own copy of the keys: nothing OpenSSL holds is shared.
            var parsed: [String: Ed25519PublicKey] = [:]
            let range = (worker * chunk)..<min(events.count, (worker + 1) * chunk)
            for index in range {
                let event = events[index]
                guard let fingerprint = event.keyFingerprint, let signature = event.signature, let key = keys[fingerprint] else { continue }
                do {
                    let publicKey = try parsed[fingerprint] ?? Ed25519PublicKey(publicPEM: key.publicKeyPEM)
                    parsed[fingerprint] = publicKey
                    results.set(index, try publicKey.verify(Array(signature), of: event.canonicalBytes))
                } catch {
                    results.fail(error)
                }
            }
        }
        return try results.collect()
    }
}

private final class SignatureResults: @unchecked Sendable {
    private let lock = NSLock()
    private var valid: [Bool?]
    private var failure: (any Error)?

    init(count: Int) { valid = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ result: Bool) {
        lock.lock()
        valid[index] = result
        lock.unlock()
    }

    func fail(_ error: any Error) {
        lock.lock()
        failure = error
        lock.unlock()
    }

    func collect() throws -> [Bool?] {
        lock.lock()
        defer { lock.unlock() }
        if let failure { throw failure }
        return valid
    }
}

/// Everything `verify` compares against, read in one go.
struct VerifySnapshot {
    let items: [EvidenceItemRecord]
    let events: [CustodyEventRecord]
    let keyRows: [HandlerKeyRecord]
    let pending: Set<String>
    let anchors: [AnchorRecord]
    /// Each witness's stored consent, by witness number.
    let consent: [Int64: String]
    /// The highest evidence id SQLite has ever handed out.
    let highestEvidenceID: Int64

    init(_ db: Database) throws {
        // Read by column position rather than through Codable: verify reads every row of both
        // tables, and name-based decoding dominated its time on cases with thousands of files.
        items = try Row.fetchAll(
            db,
            sql: """
                SELECT id, sha256, sha512, size, originalName, mediaType, kind, description, source, acquiredBy, acquiredAt
                FROM evidence_item ORDER BY id
                """
        ).map { row in
            EvidenceItemRecord(
                id: row[0], sha256: row[1], sha512: row[2], size: row[3], mediaType: row[5], kind: row[6], originalName: row[4],
                description: row[7], source: row[8], acquiredBy: row[9], acquiredAt: row[10], ingestedAt: "", wasSymlink: false)
        }
        events = try Row.fetchAll(
            db,
            sql: """
                SELECT sequence, evidenceId, action, handler, occurredAt, objectSha256, note, previousHash, eventHash,
                       signature, keyFingerprint, encoding, details
                FROM custody_event ORDER BY sequence
                """
        ).map { row in
            CustodyEventRecord(
                sequence: row[0], evidenceId: row[1], action: row[2], handler: row[3], occurredAt: row[4],
                objectSha256: row[5], note: row[6], previousHash: row[7], eventHash: row[8], signature: row[9],
                keyFingerprint: row[10], encoding: row[11], details: row[12])
        }
        keyRows = try HandlerKeyRecord.fetchAll(db)
        pending = Set(try String.fetchAll(db, sql: "SELECT sha256 FROM pending_object"))
        anchors = try AnchorRecord.order(Column("sequence")).fetchAll(db)
        consent = Dictionary(
            try Row.fetchAll(db, sql: "SELECT id, consent FROM witness").map { ($0[0] as Int64, $0[1] as String) },
            uniquingKeysWith: { first, _ in first })
        highestEvidenceID = try Int64.fetchOne(db, sql: "SELECT seq FROM sqlite_sequence WHERE name = 'evidence_item'") ?? 0
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
        // Never follow a link, never read a device or a pipe, never read past the recorded size:
        // a stored object replaced by a link to /dev/zero is a changed object, not an endless read.
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK | O_NOFOLLOW)
        guard fd >= 0 else {
            if errno == ELOOP {
                return (
                    VerifyProblem(kind: .objectChanged, subject: subject, message: "the stored copy of \(name) was replaced by a symbolic link"), 0
                )
            }
            return (VerifyProblem(kind: .objectMissing, subject: subject, message: "the stored copy of \(name) cannot be read: \(PosixFile.lastError())"), 0)
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            return (
                VerifyProblem(kind: .objectChanged, subject: subject, message: "the stored copy of \(name) was replaced by something that is not a regular file"), 0
            )
        }
        guard Int64(info.st_size) == size else {
            return (
                VerifyProblem(
                    kind: .objectChanged, subject: subject,
                    message: "the stored copy of \(name) is \(info.st_size) bytes long, not the \(size) bytes recorded when it was ingested"),
                0
            )
        }
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
