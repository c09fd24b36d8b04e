import CasebookCrypto
import CasebookModel
import CasebookStore
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

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

extension Case {
    /// Re-hashes every stored object, re-computes the custody chain from its first event, checks
    /// every signature, key and anchor, compares the records with the log, and records one
    /// `verified` event when all is intact.
    public func verify(_ options: VerifyOptions) throws -> VerifyReport {
        let trusted = try options.trustedKeysFile.map(TrustedKeys.read)
        let authority = try options.authorityFile.map(Self.readAuthority)
        let expectedHead = try options.expectedHead.map(Self.parseHead)
        let snapshot = try database.readTransaction { tx in try VerifySnapshot(tx) }
        var problems: [VerifyProblem] = []
        // A stored key that no longer matches the acting handler's private key is tampering to
        // report, not a reason to stop: everything else is still checked.
        var ownKeyProblem: VerifyProblem?
        do {
            try requireUsableKey(for: options.handler)
        } catch let error as IntegrityError {
            switch error {
            case .keyFileMissing, .keyPermissions: throw error
            default:
                ownKeyProblem = VerifyProblem(
                    kind: .keyReplaced, subject: "key of \(options.handler.name)",
                    message:
                        "the public key stored for \(options.handler.name) no longer matches their private key: it was replaced or damaged"
                )
            }
        } catch {
            ownKeyProblem = VerifyProblem(
                kind: .keyReplaced, subject: "key of \(options.handler.name)",
                message: "the public key stored for \(options.handler.name) can no longer be read: it was replaced or damaged")
        }
        var notes: [String] = []
        var advice: [VerifyAdvice] = []

        let (jobs, inventory, objectProblems, objectNotes) = try objectJobs(snapshot)
        // Re-hash the files on worker threads while this thread checks the log.
        let (hashed, checked) = try withBackgroundWork {
            try VerifyJob.runAll(jobs, workers: max(1, options.jobs), allDigests: options.allDigests)
        } whileRunning: {
            let (keyProblems, keys) = Self.checkKeys(snapshot, trusted: trusted, trustedFile: options.trustedKeysFile)
            let consent = Self.checkConsent(snapshot)
            let sealing = Self.checkSealing(snapshot)
            let recordProblems =
                Self.checkRecords(snapshot, inventory: inventory) + consent.problems + sealing.problems
                + Self.checkWitnesses(snapshot)
            let known = Set(snapshot.events.map(\.handler)).union(snapshot.keyRows.map(\.handler))
            let trustedHandlers = trusted?.boundHandlers(known: known) ?? [:]
            let chain = Result { try Self.checkChain(snapshot, keys: keys, trustedHandlers: trustedHandlers) }
            return (keyProblems, consent, sealing, recordProblems, chain)
        }
        let (hashProblems, bytes) = hashed
        let (keyProblems, consent, sealing, recordProblems, chain) = checked
        let (chainProblems, signatures, firstBreak) = try chain.get()
        problems += objectProblems + hashProblems + recordProblems + chainProblems + keyProblems
        if let ownKeyProblem, !keyProblems.contains(where: { $0.kind == .keyReplaced && $0.subject == ownKeyProblem.subject }) {
            problems.append(ownKeyProblem)
        }
        notes += objectNotes + consent.notes + sealing.notes
        if !consent.notes.isEmpty { advice.append(.setConsentAgain) }
        let (anchors, anchorProblems) = Self.checkAnchors(snapshot, firstBreak: firstBreak, authority: authority)
        problems += anchorProblems
        if let expectedHead, !snapshot.events.contains(where: { $0.eventHash == expectedHead }) {
            problems.append(
                VerifyProblem(
                    kind: .eventDeleted, subject: "head",
                    message:
                        "the head written down earlier (\(expectedHead)) is no longer in the custody log: events were deleted or rewritten since"
                ))
        }
        let caseIdentifiers = [snapshot.caseIdentifier, snapshot.events.first.map { "first-event:\($0.eventHash)" }].compactMap {
            $0
        }
        for remembered in RememberedHead.read(for: workspace.root, caseIdentifiers: caseIdentifiers) {
            if let problem = remembered.check(against: snapshot.events) {
                problems.append(problem)
                break
            }
        }
        if signatures > 0 && trusted == nil {
            notes.append(
                "The signatures were checked against the public keys kept in the case itself, so they do not yet prove that they are the handlers' own."
            )
            advice.append(.giveTrustedKeys)
        }
        if !anchors.isEmpty && authority == nil && anchors.contains(where: { $0.authority == Self.unverifiedAuthority }) {
            notes.append(
                "A timestamp whose authority is unverified proves a time only if you trust its reply."
            )
            advice.append(.giveTimestampAuthority)
        }

        let last = snapshot.events.last
        var head = CustodyHead(sequence: last?.sequence ?? 0, hash: last?.eventHash ?? CustodyEventRecord.genesisHash)
        var verifiedEvent: Int64?
        if problems.isEmpty {
            let note =
                "verified \(snapshot.items.count) objects (\(bytes) bytes), \(snapshot.events.count) events, \(signatures) signatures"
            let checked = head
            let recorded = try database.writeTransaction { tx in
                try appendCustody(
                    [
                        NewCustodyEvent(
                            action: .verified, handler: options.handler, note: note,
                            details: CustodyEventRecord.detailLines([
                                ("checked-through", String(checked.sequence)), ("checked-head", checked.hash),
                            ]))
                    ],
                    in: tx)[0]
            }
            verifiedEvent = recorded.sequence
            head = CustodyHead(sequence: recorded.sequence, hash: recorded.eventHash)
            RememberedHead.write(head, for: workspace.root, caseIdentifiers: caseIdentifiers)
        }
        var report = VerifyReport(
            objectsChecked: snapshot.items.count, bytesChecked: bytes, eventsChecked: snapshot.events.count,
            signaturesChecked: signatures, problems: problems, notes: notes, anchors: anchors, verifiedEvent: verifiedEvent)
        report.head = head
        report.advice = advice
        return report
    }

    /// The time `seconds` from now, written as custody events write it.
    static func utcTime(secondsFromNow seconds: Int) -> String {
        var now = time(nil) + seconds
        var parts = tm()
        gmtime_r(&now, &parts)
        return String(
            format: "%04d-%02d-%02dT%02d:%02d:%02dZ", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1, Int(parts.tm_mday),
            Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec))
    }

    /// A head hash as given on the command line: 64 hex digits.
    public static func parseHead(_ text: String) throws -> String {
        let hex = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard hex.utf8.count == 64, hex.utf8.allSatisfy({ (48...57).contains($0) || (97...102).contains($0) }) else {
            throw IntegrityError.badExpectedHead(text)
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
        // The size the signed 'ingested' event logged: an edited size column is a changed record
        // (reported by the record check), not a changed object.
        var loggedSize: [Int64: Int64] = [:]
        for event in snapshot.events where event.action == CustodyAction.ingested.rawValue && event.encoding >= 2 {
            guard let id = event.evidenceId, loggedSize[id] == nil, let size = event.detailFields["size"].flatMap({ Int64($0) })
            else { continue }
            loggedSize[id] = size
        }
        for item in snapshot.items {
            let subject = "E-\(item.id ?? 0)"
            if let path = inventory[item.sha256] {
                var status = stat()
                if lstat(path, &status) == 0 {
                    let mode = Int(status.st_mode) & 0o7777
                    if mode != 0o400 && mode != 0o444 {
                        problems.append(
                            VerifyProblem(
                                kind: .objectNotReadOnly, subject: subject,
                                message:
                                    "the stored copy of \(item.originalName) can be written to (mode \(String(mode, radix: 8))): it should be read-only"
                            ))
                    }
                    if status.st_nlink > 1 {
                        problems.append(
                            VerifyProblem(
                                kind: .objectLinked, subject: subject,
                                message:
                                    "the stored copy of \(item.originalName) has \(status.st_nlink) names: it is also linked from somewhere else, where it can be changed"
                            ))
                    }
                }
                jobs.append(
                    VerifyJob(
                        subject: subject, name: item.originalName, path: path, sha256: item.sha256, sha512: item.sha512,
                        size: loggedSize[item.id ?? 0] ?? item.size))
            } else {
                problems.append(
                    VerifyProblem(
                        kind: .objectMissing, subject: subject,
                        message: "the stored copy of \(item.originalName) is missing from the evidence store"))
            }
        }
        let referenced = Set(snapshot.items.map(\.sha256))
        var leftovers = 0
        let unreferenced = inventory.filter { !referenced.contains($0.key) && !snapshot.pending.contains($0.key) }
        // An ingest running alongside may have stored an object after the snapshot was read:
        // look once more before calling it unknown.
        let knownNow: Set<String> =
            unreferenced.isEmpty
            ? []
            : try database.readTransaction { tx in
                try tx.referencedObjectDigests()
            }
        for (sha, path) in inventory.sorted(by: { $0.key < $1.key }) where !referenced.contains(sha) {
            if snapshot.pending.contains(sha) {
                leftovers += 1
            } else if !knownNow.contains(sha) {
                problems.append(
                    VerifyProblem(
                        kind: .unknownObject, subject: path,
                        message: "this file is in the evidence store but no evidence item records it"))
            }
        }
        for path in strays {
            problems.append(
                VerifyProblem(kind: .unknownObject, subject: path, message: "this file does not belong in the evidence store"))
        }
        var notes: [String] = []
        if leftovers > 0 {
            notes.append(
                "\(leftovers) stored cop\(leftovers == 1 ? "y was" : "ies were") left by an interrupted 'evidence add'; add the same files again to record them."
            )
        }
        return (jobs, inventory, problems, notes)
    }

    /// Walks the chain from the first event: hashes, links, sequence, encoding, signatures, and
    /// that a handler who signs once signs every later event.
    private static func checkChain(
        _ snapshot: VerifySnapshot, keys: [String: HandlerKeyRecord], trustedHandlers: [String: String]
    ) throws -> (problems: [VerifyProblem], signatures: Int, firstBreak: Int64?) {
        let registrations = Self.keyRegistrations(snapshot)
        // Fingerprints whose stored row no longer holds that key.
        let replacedFingerprints = Set(snapshot.keyRows.map(\.fingerprint)).subtracting(keys.keys)
        var problems: [VerifyProblem] = []
        var signatures = 0
        let positionOfHash = Dictionary(
            snapshot.events.enumerated().map { ($1.eventHash, $0) }, uniquingKeysWith: { first, _ in first })
        let keyRows = Dictionary(snapshot.keyRows.map { ($0.handler, $0) }, uniquingKeysWith: { first, _ in first })
        var signsSince: [String: Int64] = [:]
        let valid = try Self.checkSignatures(snapshot.events, keys: keys)
        var firstNewEncoding: Int64?
        var claimedSince: Int64?
        var previousTime = ""
        // A few minutes' grace for clocks that differ between the team's machines.
        let latestTime = Self.utcTime(secondsFromNow: 600)
        let positionOfSequence = Dictionary(
            snapshot.events.enumerated().map { ($1.sequence, $0) }, uniquingKeysWith: { first, _ in first })
        var expectedSequence: Int64 = 1
        var previousHash = CustodyEventRecord.genesisHash
        var firstBreak: Int64?
        for (index, event) in snapshot.events.enumerated() {
            let problemsBefore = problems.count
            let subject = "event \(event.sequence)"
            var reported = false
            if event.sequence > expectedSequence {
                let range =
                    event.sequence - 1 == expectedSequence
                    ? "event \(expectedSequence) is" : "events \(expectedSequence) to \(event.sequence - 1) are"
                problems.append(
                    VerifyProblem(kind: .eventDeleted, subject: subject, message: "\(range) missing from the custody log"))
                reported = true
            }
            let linksElsewhere = positionOfHash[event.previousHash].map { $0 != index - 1 } ?? false
            if try event.computedHash() != event.eventHash {
                if linksElsewhere {
                    problems.append(
                        VerifyProblem(
                            kind: .eventsReordered, subject: subject,
                            message: "this event has been moved out of its place in the log"))
                } else {
                    problems.append(
                        VerifyProblem(
                            kind: .eventEdited, subject: subject,
                            message: "this event was changed after it was written: its content no longer matches its hash"))
                }
                reported = true
            } else if event.previousHash != previousHash && !reported {
                if linksElsewhere {
                    problems.append(
                        VerifyProblem(
                            kind: .eventsReordered, subject: subject,
                            message: "this event no longer follows the event it was chained to"))
                } else {
                    problems.append(
                        VerifyProblem(
                            kind: .eventDeleted, subject: subject,
                            message: "the event this one was chained to is missing or was replaced"))
                }
            }
            if event.encoding >= 2 {
                if firstNewEncoding == nil { firstNewEncoding = event.sequence }
                if let since = event.detailFields["v2-since"].flatMap({ Int64($0) }) {
                    claimedSince = min(claimedSince ?? since, since)
                }
            } else if let since = firstNewEncoding {
                problems.append(
                    VerifyProblem(
                        kind: .eventEdited, subject: subject,
                        message:
                            "this event is in the old encoding (version 1), though the log has used version 2 since event \(since): it was rewritten"
                    ))
            }
            if CustodyAction(rawValue: event.action) == nil {
                problems.append(
                    VerifyProblem(
                        kind: .unknownAction, subject: subject,
                        message: "this event's action '\(event.action)' is not one Casebook writes"))
            }
            if event.occurredAt < previousTime {
                problems.append(
                    VerifyProblem(
                        kind: .timeBackwards, subject: subject,
                        message:
                            "this event's time (\(event.occurredAt)) is earlier than the time of the event before it (\(previousTime))"
                    ))
            } else if event.occurredAt > latestTime {
                problems.append(
                    VerifyProblem(
                        kind: .timeInFuture, subject: subject,
                        message: "this event's time (\(event.occurredAt)) is later than now on this machine"))
            }
            previousTime = event.occurredAt
            // A verification names the head it checked: that event must still have that hash.
            if event.action == CustodyAction.verified.rawValue, event.encoding >= 2 {
                let fields = event.detailFields
                if let through = fields["checked-through"].flatMap({ Int64($0) }), let head = fields["checked-head"],
                    // A check of the empty log (through event 0, the all-zero head) names no event to keep.
                    !(through == 0 && head == String(repeating: "0", count: 64))
                {
                    let checked = positionOfSequence[through].map { snapshot.events[$0] }
                    if through >= event.sequence || checked?.eventHash != head {
                        problems.append(
                            VerifyProblem(
                                kind: .eventRewritten, subject: subject,
                                message:
                                    "this verification checked the log through event \(through) with hash \(head), but the log no longer holds that event with that hash: the events before it were rewritten"
                            ))
                    }
                }
            }
            // Only a broken chain (not a signature or key problem) stops timestamps holding.
            if firstBreak == nil, problems.count > problemsBefore { firstBreak = event.sequence }
            if let fingerprint = event.keyFingerprint, let owner = trustedHandlers[fingerprint], owner != event.handler {
                problems.append(
                    VerifyProblem(
                        kind: .keyOfAnotherHandler, subject: subject,
                        message:
                            "this event names \(event.handler) as its handler but is signed with the key your trusted list gives to \(owner)"
                    ))
            }
            if let fingerprint = event.keyFingerprint {
                if signsSince[event.handler] == nil { signsSince[event.handler] = event.sequence }
                if let key = keys[fingerprint] {
                    if event.signature != nil {
                        signatures += 1
                        if valid[index] != true {
                            problems.append(
                                VerifyProblem(
                                    kind: .signatureInvalid, subject: subject,
                                    message: "the signature of \(event.handler) does not match this event"))
                        } else if key.handler != event.handler {
                            problems.append(
                                VerifyProblem(
                                    kind: .signatureInvalid, subject: subject,
                                    message:
                                        "this event names \(event.handler) as its handler but is signed with the key of \(key.handler)"
                                ))
                        }
                    } else {
                        problems.append(
                            VerifyProblem(
                                kind: .signatureMissing, subject: subject,
                                message: "this event was signed by \(event.handler), but its signature is gone"))
                    }
                } else if !replacedFingerprints.contains(fingerprint) {
                    // (A stored key that was replaced or damaged is reported once, as "key replaced".)
                    problems.append(
                        VerifyProblem(
                            kind: .keyMissing, subject: subject,
                            message: "the public key that signed this event (\(event.handler)) is no longer in the case"))
                }
            } else if let since = signsSince[event.handler] {
                problems.append(
                    VerifyProblem(
                        kind: .signatureMissing, subject: subject,
                        message:
                            "this event of \(event.handler) is not signed, though \(event.handler) has signed every event since event \(since)"
                    ))
            } else if let registration = registrations[event.handler], event.sequence >= registration.sequence {
                problems.append(
                    VerifyProblem(
                        kind: .signatureMissing, subject: subject,
                        message:
                            "this event of \(event.handler) is not signed, though the custody log registered a signing key for \(event.handler) at event \(registration.sequence)"
                    ))
            } else if let key = keyRows[event.handler],
                key.registeredAfter.map({ event.sequence > $0 }) ?? (event.occurredAt > key.createdAt)
            {
                // A key's registration is where its handler starts signing: after it, an
                // unsigned event of theirs was stripped or forged.
                let since = key.registeredAfter.map { "event \($0 + 1)" } ?? key.createdAt
                problems.append(
                    VerifyProblem(
                        kind: .signatureMissing, subject: subject,
                        message:
                            "this event of \(event.handler) is not signed, though \(event.handler) has had a signing key since \(since)"
                    ))
            }
            expectedSequence = event.sequence + 1
            previousHash = event.eventHash
        }
        // Version 1 events where the signed version 2 events say version 2 had begun: the
        // leading version 2 events were rewritten in the old encoding.
        if let claimedSince {
            for event in snapshot.events where event.encoding < 2 && event.sequence >= claimedSince {
                if let first = firstNewEncoding, event.sequence > first { continue }  // reported above
                problems.append(
                    VerifyProblem(
                        kind: .eventRewritten, subject: "event \(event.sequence)",
                        message:
                            "this event is in the old encoding (version 1), but the later events record that version 2 was in use from event \(claimedSince): it was rewritten"
                    ))
                if firstBreak.map({ event.sequence < $0 }) ?? true { firstBreak = event.sequence }
            }
        }
        return (problems, signatures, firstBreak)
    }
}
