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
