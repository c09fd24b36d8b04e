import CasebookCrypto
import CasebookModel
import CasebookStore
import Foundation

extension Case {
    /// Checks every signature whose key is in the case, on all cores: whether each event's
    /// signature is valid (nil where there is no signature or no key to check it with).
    static func checkSignatures(_ events: [CustodyEventRecord], keys: [String: HandlerKeyRecord]) throws -> [Bool?] {
        let results = Collector(SignatureResults(count: events.count))
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, events.count / 64))
        let chunk = (events.count + workers - 1) / max(1, workers)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            // Each worker parses its own copy of the keys: nothing OpenSSL holds is shared.
            var parsed: [String: Ed25519PublicKey] = [:]
            let range = (worker * chunk)..<min(events.count, (worker + 1) * chunk)
            for index in range {
                let event = events[index]
                guard let fingerprint = event.keyFingerprint, let signature = event.signature, let key = keys[fingerprint] else {
                    continue
                }
                do {
                    let publicKey = try parsed[fingerprint] ?? Ed25519PublicKey(publicPEM: key.publicKeyPEM)
                    parsed[fingerprint] = publicKey
                    let valid = try publicKey.verify(Array(signature), of: event.canonicalBytes)
                    results.withLock { $0.valid[index] = valid }
                } catch {
                    results.withLock { $0.failure = error }
                }
            }
        }
        return try results.value.collect()
    }
}

/// Each event's signature check by index, and the first error a worker met.
private struct SignatureResults: Sendable {
    var valid: [Bool?]
    var failure: (any Error)?

    init(count: Int) { valid = Array(repeating: nil, count: count) }

    func collect() throws -> [Bool?] {
        if let failure { throw failure }
        return valid
    }
}
