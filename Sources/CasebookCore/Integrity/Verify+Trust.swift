import Foundation

extension OpenCase {
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
        for row in snapshot.keyRows.sorted(by: { $0.handler < $1.handler }) {
            let subject = "key of \(row.handler)"
            guard let fingerprint = try? Ed25519.fingerprint(publicPEM: row.publicKeyPEM) else {
                problems.append(
                    VerifyProblem(kind: .keyReplaced, subject: subject, message: "the public key stored for \(row.handler) is not a readable Ed25519 key"))
                continue
            }
            if fingerprint != row.fingerprint {
                problems.append(
                    VerifyProblem(
                        kind: .keyReplaced, subject: subject,
                        message: "the public key stored for \(row.handler) is not the key its fingerprint \(row.fingerprint) names: it was replaced"))
            }
            keys[fingerprint] = row
            // A handler has one key for the life of the case: the stored key must be the one
            // their signed events name.
            if fingerprint == row.fingerprint, let used = lastUsed[row.handler], used.fingerprint != fingerprint {
                problems.append(
                    VerifyProblem(
                        kind: .keyReplaced, subject: subject,
                        message: "the key stored for \(row.handler) is not the key their events were signed with (\(used.fingerprint), named in event \(used.sequence))"))
            }
            if let trusted, !trusted.fingerprints.contains(fingerprint) {
                problems.append(
                    VerifyProblem(
                        kind: .keyUntrusted, subject: subject,
                        message: "the key of \(row.handler) (\(fingerprint)) is not in the trusted keys of \(trustedFile ?? "the trusted list")"))
            }
        }
        return (problems, keys)
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
        var anchorsByReply: [String: Int64] = [:]
        var anchorsByImprint: [String: Int64] = [:]
        for anchor in snapshot.anchors {
            let id = anchor.id ?? 0
            let subject = "anchor \(id)"
            if let replyHash = try? Digest.of(anchor.response, using: .sha256).hex { anchorsByReply[replyHash] = id }
            guard let reply = try? TimestampToken.readReply(Array(anchor.response)), reply.granted, let digest = reply.sha256 else {
                problems.append(
                    VerifyProblem(kind: .anchorChanged, subject: subject, message: "the stored timestamp reply can no longer be read as a granted RFC 3161 reply"))
                coverage.append(
                    AnchorCoverage(throughSequence: anchor.sequence, headHash: anchor.headHash, time: nil, holds: false, authority: unverifiedAuthority))
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
                        message: "the time recorded with this timestamp (\(anchor.genTime ?? "none")) differs from the time the authority signed (\(reply.time ?? "none"))"))
            }
            let recomputed = try? eventsBySequence[anchor.sequence]?.computedHash()
            let intactThrough = firstBreak.map { $0 > anchor.sequence } ?? true
            let holds = intactThrough && recomputed == imprint
            if !holds {
                problems.append(
                    VerifyProblem(
                        kind: .anchorMismatch, subject: "event \(anchor.sequence)",
                        message: "the timestamp of \(reply.time ?? "an earlier date") covered events 1 to \(anchor.sequence), but event \(anchor.sequence) no longer has the hash that was timestamped"))
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
                            message: "the timestamp's signature does not check against \(authority != nil ? "the authority given with --tsa-ca" : "the certificate kept at import"): \(reason)"))
                    status = "NOT VERIFIED"
                }
            }
            coverage.append(
                AnchorCoverage(throughSequence: anchor.sequence, headHash: imprint, time: reply.time, holds: holds, authority: status))
        }
        var logged: Set<Int64> = []
        for event in snapshot.events where event.action == CustodyAction.anchored.rawValue {
            var match: Int64?
            if event.encoding >= 2 {
                match = event.detailFields["reply-sha256"].flatMap { anchorsByReply[$0] }
            } else if let note = event.note, let open = note.range(of: "(head ", options: .backwards) {
                match = anchorsByImprint[String(note[open.upperBound...].prefix(64))]
            }
            if let match {
                logged.insert(match)
            } else {
                problems.append(
                    VerifyProblem(
                        kind: .anchorMissing, subject: "event \(event.sequence)",
                        message: "this 'anchored' event records a timestamp that is no longer in the case"))
            }
        }
        for anchor in snapshot.anchors where !logged.contains(anchor.id ?? 0) {
            problems.append(
                VerifyProblem(
                    kind: .anchorUnlogged, subject: "anchor \(anchor.id ?? 0)",
                    message: "this timestamp is in the case, but no 'anchored' event records its import"))
        }
        return (coverage, problems)
    }
}
