import CasebookCrypto
import CasebookModel
import CasebookStore
import Foundation

extension Case {
    /// What `verify` calls a timestamp whose authority nobody has checked.
    static let unverifiedAuthority = "unverified authority"

    /// Every stored public key must be the key its fingerprint names (recomputed from the key
    /// itself), and, given a trusted list, one the team trusts. Returns the keys by their
    /// recomputed fingerprints, for checking signatures.
    static func checkKeys(
        _ snapshot: VerifySnapshot, trusted: TrustedKeys?, trustedFile: String?
    ) -> (problems: [VerifyProblem], keys: [String: HandlerKeyRecord]) {
        var problems: [VerifyProblem] = []
        var keys: [String: HandlerKeyRecord] = [:]
        // The key each handler's signed events name last, as the log recorded it.
        var lastUsed: [String: (fingerprint: String, sequence: Int64)] = [:]
        for event in snapshot.events {
            if let fingerprint = event.keyFingerprint { lastUsed[event.handler] = (fingerprint, event.sequence) }
        }
        let registrations = Self.keyRegistrations(snapshot)
        let firstRegistration = registrations.values.map(\.sequence).min()
        let usedFingerprints = Set(snapshot.events.compactMap(\.keyFingerprint))
        let rowHandlers = Set(snapshot.keyRows.map(\.handler))
        let known = Set(snapshot.events.map(\.handler)).union(rowHandlers)
        let bound = trusted?.boundHandlers(known: known) ?? [:]
        // A key the log registered must still be in the case.
        for (handler, registration) in registrations.sorted(by: { $0.key < $1.key }) where !rowHandlers.contains(handler) {
            problems.append(
                VerifyProblem(
                    kind: .keyMissing, subject: "key of \(handler)",
                    message:
                        "the custody log registers a signing key for \(handler) (\(registration.fingerprint), event \(registration.sequence)), but that key is no longer in the case"
                ))
        }
        // Every key a trusted list ties to a handler of this case must show in its log: as
        // registered, or as the key of a signature.
        if trusted != nil {
            let seen = usedFingerprints.union(registrations.values.map(\.fingerprint))
            let handlersInLog = Set(snapshot.events.map(\.handler))
            for (fingerprint, handler) in bound.sorted(by: { $0.key < $1.key })
            where handlersInLog.contains(handler) && !seen.contains(fingerprint) {
                problems.append(
                    VerifyProblem(
                        kind: .trustedKeyUnseen, subject: "key of \(handler)",
                        message:
                            "the trusted key of \(handler) (\(fingerprint)) appears nowhere in the custody log, though \(handler) has events in it: the log may have been stripped of its signatures or rewritten"
                    ))
            }
        }
        for row in snapshot.keyRows.sorted(by: { $0.handler < $1.handler }) {
            let subject = "key of \(row.handler)"
            if let registration = registrations[row.handler] {
                if registration.fingerprint != row.fingerprint {
                    problems.append(
                        VerifyProblem(
                            kind: .keyReplaced, subject: subject,
                            message:
                                "the key stored for \(row.handler) (\(row.fingerprint)) is not the key the custody log registered for them (\(registration.fingerprint), event \(registration.sequence))"
                        ))
                }
            } else if usedFingerprints.contains(row.fingerprint) {
                // A key made before keys were registered in the log: its signatures vouch for it.
            } else if let first = firstRegistration, row.registeredAfter.map({ $0 + 1 >= first }) ?? true {
                problems.append(
                    VerifyProblem(
                        kind: .keyUnlogged, subject: subject,
                        message:
                            "the key stored for \(row.handler) (\(row.fingerprint)) was never registered in the custody log: it was added or changed outside Casebook"
                    ))
            }
            guard let fingerprint = try? Ed25519.fingerprint(publicPEM: row.publicKeyPEM) else {
                problems.append(
                    VerifyProblem(
                        kind: .keyReplaced, subject: subject,
                        message: "the public key stored for \(row.handler) is not a readable Ed25519 key"))
                continue
            }
            if fingerprint != row.fingerprint {
                problems.append(
                    VerifyProblem(
                        kind: .keyReplaced, subject: subject,
                        message:
                            "the public key stored for \(row.handler) is not the key its fingerprint \(row.fingerprint) names: it was replaced"
                    ))
            }
            keys[fingerprint] = row
            // A handler has one key for the life of the case: the stored key must be the one
            // their signed events name.
            if fingerprint == row.fingerprint, let used = lastUsed[row.handler], used.fingerprint != fingerprint {
                problems.append(
                    VerifyProblem(
                        kind: .keyReplaced, subject: subject,
                        message:
                            "the key stored for \(row.handler) is not the key their events were signed with (\(used.fingerprint), named in event \(used.sequence))"
                    ))
            }
            if let other = bound[fingerprint], other != row.handler {
                problems.append(
                    VerifyProblem(
                        kind: .keyOfAnotherHandler, subject: subject,
                        message: "the key stored for \(row.handler) (\(fingerprint)) is the key your trusted list gives to \(other)"
                    ))
            }
            if let trusted, !trusted.fingerprints.contains(fingerprint) {
                problems.append(
                    VerifyProblem(
                        kind: .keyUntrusted, subject: subject,
                        message:
                            "the key of \(row.handler) (\(fingerprint)) is not in the trusted keys of \(trustedFile ?? "the trusted list")"
                    ))
            }
        }
        return (problems, keys)
    }

    /// The key each handler registered, as the log's `key-registered` events say (the first one).
    static func keyRegistrations(_ snapshot: VerifySnapshot) -> [String: (fingerprint: String, sequence: Int64)] {
        var registered: [String: (fingerprint: String, sequence: Int64)] = [:]
        for event in snapshot.events where event.action == CustodyAction.keyRegistered.rawValue {
            let fields = event.detailFields
            let handler = fields["key-handler"] ?? event.handler
            guard registered[handler] == nil, let fingerprint = fields["key-fingerprint"] ?? event.keyFingerprint else { continue }
            registered[handler] = (fingerprint, event.sequence)
        }
        return registered
    }

    /// Re-reads every stored timestamp reply: its imprint must be the recomputed hash of the
    /// event it covers, its columns must say what the reply says, its authority is checked
    /// against `authority` (or the certificate kept at import), and every anchor must have its
    /// `anchored` event and every such event its anchor.
    static func checkAnchors(
        _ snapshot: VerifySnapshot, firstBreak: Int64?, authority: String?
    ) -> (coverage: [AnchorCoverage], problems: [VerifyProblem]) {
        var problems: [VerifyProblem] = []
        var coverage: [AnchorCoverage] = []
        let eventsBySequence = Dictionary(snapshot.events.map { ($0.sequence, $0) }, uniquingKeysWith: { first, _ in first })
        // What each signed 'anchored' event recorded of its timestamp.
        let anchoredEvents = snapshot.events.filter { $0.action == CustodyAction.anchored.rawValue }
        var eventByReply: [String: CustodyEventRecord] = [:]
        for event in anchoredEvents where event.encoding >= 2 {
            if let reply = event.detailFields["reply-sha256"], eventByReply[reply] == nil { eventByReply[reply] = event }
        }
        var anchorsByImprint: [String: Int64] = [:]
        var logged: Set<Int64> = []
        var damaged: [AnchorRecord] = []
        for anchor in snapshot.anchors {
            let id = anchor.id ?? 0
            let subject = "anchor \(id)"
            let replyHash = try? Digest.of(anchor.response, using: .sha256).hex
            let event = replyHash.flatMap { eventByReply[$0] }
            if event != nil { logged.insert(id) }
            guard let reply = try? TimestampToken.readReply(Array(anchor.response)), reply.granted, let digest = reply.sha256 else {
                // One problem: the reply itself. Its 'anchored' event is paired with it below.
                problems.append(
                    VerifyProblem(
                        kind: .anchorDamaged, subject: subject,
                        message: "the stored timestamp reply is damaged: it can no longer be read as a granted RFC 3161 reply"))
                coverage.append(
                    AnchorCoverage(
                        throughSequence: anchor.sequence, headHash: anchor.headHash, time: nil, holds: false,
                        authority: unverifiedAuthority))
                if event == nil { damaged.append(anchor) }
                continue
            }
            let imprint = Digest(algorithm: .sha256, bytes: digest).hex
            anchorsByImprint[imprint] = id
            if anchor.headHash != imprint {
                problems.append(
                    VerifyProblem(
                        kind: .anchorChanged, subject: subject,
                        message: "the hash recorded with this timestamp differs from the hash the authority signed (\(imprint))"))
            }
            if anchor.genTime != reply.time {
                problems.append(
                    VerifyProblem(
                        kind: .anchorChanged, subject: subject,
                        message:
                            "the time recorded with this timestamp (\(anchor.genTime ?? "none")) differs from the time the authority signed (\(reply.time ?? "none"))"
                    ))
            }
            // The event covered is the one the signed 'anchored' event names, not the column.
            let fields = event?.detailFields ?? [:]
            var covered = anchor.sequence
            if let logged = fields["covers-sequence"].flatMap({ Int64($0) }) {
                covered = logged
                if logged != anchor.sequence {
                    problems.append(
                        VerifyProblem(
                            kind: .anchorChanged, subject: subject,
                            message:
                                "this timestamp's record says it covers events 1 to \(anchor.sequence), but its 'anchored' event (event \(event?.sequence ?? 0)) says 1 to \(logged)"
                        ))
                }
            }
            if fields["authority"] == "verified at import" && anchor.authorityPEM == nil {
                problems.append(
                    VerifyProblem(
                        kind: .anchorChanged, subject: subject,
                        message:
                            "the authority's certificate kept at import is gone, though the 'anchored' event (event \(event?.sequence ?? 0)) records it was verified at import"
                    ))
            }
            let recomputed = try? eventsBySequence[covered]?.computedHash()
            let intactThrough = firstBreak.map { $0 > covered } ?? true
            let holds = intactThrough && recomputed == imprint
            if !holds {
                problems.append(
                    VerifyProblem(
                        kind: .anchorMismatch, subject: "event \(covered)",
                        message:
                            "the timestamp of \(reply.time ?? "an earlier date") covered events 1 to \(covered), but event \(covered) no longer has the hash that was timestamped"
                    ))
            }
            var status = unverifiedAuthority
            if let caPEM = authority ?? anchor.authorityPEM {
                do {
                    try TimestampToken.checkAuthority(Array(anchor.response), covers: digest, caPEM: caPEM)
                    status = authority != nil ? "verified" : "checked at import against the certificate kept with it"
                } catch {
                    let reason = (error as? TimestampToken.AuthorityFailure)?.reason ?? "\(error)"
                    problems.append(
                        VerifyProblem(
                            kind: .authorityUnverified, subject: subject,
                            message:
                                "the timestamp's signature does not check against \(authority != nil ? "the authority certificate given" : "the certificate kept at import"): \(reason)"
                        ))
                    status = "NOT VERIFIED"
                }
            }
            coverage.append(
                AnchorCoverage(throughSequence: covered, headHash: imprint, time: reply.time, holds: holds, authority: status))
        }
        let loggedReplies = Set(snapshot.anchors.compactMap { try? Digest.of($0.response, using: .sha256).hex })
        for event in anchoredEvents {
            var found = false
            if event.encoding >= 2 {
                found = event.detailFields["reply-sha256"].map { loggedReplies.contains($0) } ?? false
            } else if let note = event.note, let open = note.range(of: "(head ", options: .backwards),
                let match = anchorsByImprint[String(note[open.upperBound...].prefix(64))]
            {
                logged.insert(match)
                found = true
            }
            if found { continue }
            // A damaged reply is already reported; its event is not missing a timestamp as well.
            let covers = event.detailFields["covers-sequence"].flatMap { Int64($0) }
            if let index = damaged.firstIndex(where: { $0.sequence == covers }) ?? (damaged.isEmpty ? nil : 0) {
                logged.insert(damaged[index].id ?? 0)
                damaged.remove(at: index)
                continue
            }
            problems.append(
                VerifyProblem(
                    kind: .anchorMissing, subject: "event \(event.sequence)",
                    message: "this 'anchored' event records a timestamp that is no longer in the case"))
        }
        let damagedIDs = Set(damaged.compactMap(\.id))
        for anchor in snapshot.anchors where !logged.contains(anchor.id ?? 0) && !damagedIDs.contains(anchor.id ?? 0) {
            problems.append(
                VerifyProblem(
                    kind: .anchorUnlogged, subject: "anchor \(anchor.id ?? 0)",
                    message: "this timestamp is in the case, but no 'anchored' event records its import"))
        }
        return (coverage, problems)
    }
}
