import Foundation
import GRDB

/// A handler's public key as `key generate` reports it.
public struct HandlerKeySummary: Codable, Sendable, Equatable {
    public let handler: String
    public let fingerprint: String
    public let privateKeyPath: String
    public let publicKeyPEM: String
}

/// The private key a handler's events are signed with, loaded once per command.
struct Signer: Sendable {
    let privatePEM: String
    let fingerprint: String
}

struct HandlerKeyRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "handler_key"
    var handler: String
    var publicKeyPEM: String
    var fingerprint: String
    var createdAt: String
    /// The sequence number of the newest custody event when the key was created.
    var registeredAfter: Int64? = nil
}

extension OpenCase {
    /// Creates an Ed25519 key pair for `handler`: the private key in `keys/HANDLER.pem`
    /// (mode 0600, never in the database), the public key in the database.
    public func generateKey(for handler: Handler) throws -> HandlerKeySummary {
        let path = keyPath(for: handler)
        let existing = try database.read { db in try HandlerKeyRecord.fetchOne(db, key: handler.name) }
        if existing != nil || FileManager.default.fileExists(atPath: path.path) {
            throw IntegrityError.keyExists(handler.name, path: path.path)
        }
        let (privatePEM, publicPEM) = try Ed25519.generate()
        let fingerprint = try Ed25519.fingerprint(publicPEM: publicPEM)
        try FileManager.default.createDirectory(at: workspace.keysURL, withIntermediateDirectories: true)
        try PosixFile.writeNew(path.path, contents: Array(privatePEM.utf8), mode: 0o600)
        do {
            try database.write { db in
                let newest = try Int64.fetchOne(db, sql: "SELECT MAX(sequence) FROM custody_event") ?? 0
                try HandlerKeyRecord(
                    handler: handler.name, publicKeyPEM: publicPEM, fingerprint: fingerprint, createdAt: timestampNow(),
                    registeredAfter: newest
                ).insert(db)
            }
        } catch {
            try? FileManager.default.removeItem(at: path)
            throw error
        }
        return HandlerKeySummary(handler: handler.name, fingerprint: fingerprint, privateKeyPath: path.path, publicKeyPEM: publicPEM)
    }

    /// Fails now, before any work, if `handler` has a key that cannot be used to sign.
    func requireUsableKey(for handler: Handler) throws {
        _ = try database.read { db in try signer(for: handler, in: db) }
    }

    func keyPath(for handler: Handler) -> URL {
        workspace.keysURL.appendingPathComponent("\(handler.name).pem")
    }

    /// The signer for `handler` if the handler has a key; refuses a key file that others can
    /// read, that is missing, or that does not match the registered public key.
    func signer(for handler: Handler, in db: Database) throws -> Signer? {
        guard let registered = try HandlerKeyRecord.fetchOne(db, key: handler.name) else { return nil }
        let path = keyPath(for: handler).path
        guard let mode = PosixFile.permissions(path) else { throw IntegrityError.keyFileMissing(handler.name, path: path) }
        guard mode & 0o077 == 0 else { throw IntegrityError.keyPermissions(path: path, mode: mode) }
        let pem = try PosixFile.readAll(path)
        let signer = Signer(privatePEM: String(decoding: pem, as: UTF8.self), fingerprint: registered.fingerprint)
        // A key that signs something its registered public key cannot verify is the wrong key.
        let probe = Array("casebook key check".utf8)
        let signature = try Ed25519.sign(probe, privatePEM: signer.privatePEM)
        guard try Ed25519.verify(signature, of: probe, publicPEM: registered.publicKeyPEM) else {
            throw IntegrityError.keyMismatch(handler.name, path: path)
        }
        return signer
    }
}

/// What `key export` wrote: a handler's public key and its fingerprint, for the team's list of
/// trusted keys kept outside the case.
public struct HandlerKeyExport: Codable, Sendable, Equatable {
    public let handler: String
    public let fingerprint: String
    public let publicKeyPEM: String
    public let file: String?
}

extension OpenCase {
    /// The public key of `handler` with its fingerprint recomputed from the key itself, written
    /// to `path` (a new file) when given. Refuses a key whose stored fingerprint is not its own.
    public func exportKey(for handler: Handler, to path: String?) throws -> HandlerKeyExport {
        guard let record = try database.read({ db in try HandlerKeyRecord.fetchOne(db, key: handler.name) }) else {
            throw IntegrityError.noKey(handler.name)
        }
        let fingerprint = try Ed25519.fingerprint(publicPEM: record.publicKeyPEM)
        guard fingerprint == record.fingerprint else {
            throw IntegrityError.badKey("the public key stored for \(handler.name) is not the key its fingerprint names; run 'casebook verify'")
        }
        let text = "# Casebook signing key of \(handler.name)\n# fingerprint: \(fingerprint)\n" + record.publicKeyPEM
        if let path {
            try PosixFile.refuseExisting(path)
            try PosixFile.writeNew(path, contents: Array(text.utf8), mode: 0o644)
        }
        return HandlerKeyExport(handler: handler.name, fingerprint: fingerprint, publicKeyPEM: record.publicKeyPEM, file: path)
    }
}

/// The keys a team trusts, from a file it keeps outside the case: PEM public keys and/or
/// fingerprints (64 hex digits), in any order, with `#` comments.
public struct TrustedKeys: Sendable, Equatable {
    public let fingerprints: Set<String>

    /// Reads `path`; refuses a file that names no key at all.
    public static func read(_ path: String) throws -> TrustedKeys {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw IntegrityError.unusableTrustFile(path, reason: "it does not exist or cannot be read")
        }
        let text = String(decoding: data, as: UTF8.self)
        var found: Set<String> = []
        var remaining = Substring(text)
        while let begin = remaining.range(of: "-----BEGIN PUBLIC KEY-----"),
            let end = remaining.range(of: "-----END PUBLIC KEY-----", range: begin.upperBound..<remaining.endIndex)
        {
            let pem = String(remaining[begin.lowerBound..<end.upperBound]) + "\n"
            guard let fingerprint = try? Ed25519.fingerprint(publicPEM: pem) else {
                throw IntegrityError.unusableTrustFile(path, reason: "one of its public keys is not a readable Ed25519 key")
            }
            found.insert(fingerprint)
            remaining = remaining[end.upperBound...]
        }
        let isHex = { (token: Substring) in
            token.utf8.count == 64 && token.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) || (65...70).contains($0) }
        }
        for token in text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == ":" || $0 == "," || $0 == "\r" })
        where isHex(token) {
            found.insert(token.lowercased())
        }
        guard !found.isEmpty else {
            throw IntegrityError.unusableTrustFile(path, reason: "it holds no public key and no fingerprint")
        }
        return TrustedKeys(fingerprints: found)
    }
}
