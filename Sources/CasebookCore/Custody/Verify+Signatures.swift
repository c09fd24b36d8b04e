import CasebookCrypto
import CasebookModel
import CasebookStore
import Foundation

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
                guard let fingerprint = event.keyFingerprint, let signature = event.signature, let key = keys[fingerprint] else {
                    continue
                }
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
