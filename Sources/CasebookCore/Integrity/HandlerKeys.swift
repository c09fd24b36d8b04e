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
                try HandlerKeyRecord(
                    handler: handler.name, publicKeyPEM: publicPEM, fingerprint: fingerprint, createdAt: timestampNow()
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
