import CasebookCrypto
import CasebookModel
import CasebookStore
import Foundation

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

extension Case {
    /// Creates an Ed25519 key pair for `handler`: the private key in `keys/HANDLER.pem`
    /// (mode 0600, never in the database), the public key in the database.
    ///
    /// With `folder` (`key generate --out DIR`), the private key is written there instead, outside
    /// the workspace, so that whoever holds the workspace cannot sign as this handler; commands
    /// then find it through `$CASEBOOK_KEYS`.
    public func generateKey(for handler: Handler, in folder: URL? = nil) throws -> HandlerKeySummary {
        let path = folder.map { $0.appendingPathComponent("\(handler.name).pem") } ?? keyPath(for: handler)
        let existing = try database.readTransaction { tx in try tx.handlerKey(handler.name) }
        if existing != nil || FileManager.default.fileExists(atPath: path.path) {
            throw IntegrityError.keyExists(handler.name, path: path.path)
        }
        let (privatePEM, publicPEM) = try integrity(Ed25519.generate)
        let fingerprint = try integrity { () throws(CryptoError) in try Ed25519.fingerprint(publicPEM: publicPEM) }
        try FileManager.default.createDirectory(
            at: path.deletingLastPathComponent(), withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        try PosixFile.writeNew(path.path, contents: Array(privatePEM.utf8), mode: 0o600)
        do {
            try database.writeTransaction { tx in
                let newest = try tx.highestCustodySequence()
                try tx.insert(
                    HandlerKeyRecord(
                        handler: handler.name, publicKeyPEM: publicPEM, fingerprint: fingerprint, createdAt: timestampNow(),
                        registeredAfter: newest
                    ))
                // The registration is itself a custody event, signed by the new key: a key row
                // the log does not register, or a registered key whose row is gone, is tampering.
                try appendCustody(
                    [
                        NewCustodyEvent(
                            action: .keyRegistered, handler: handler,
                            note: "signing key \(fingerprint) registered for \(handler.name)",
                            details: CustodyEventRecord.detailLines([
                                ("key-handler", handler.name), ("key-fingerprint", fingerprint),
                            ]))
                    ],
                    in: tx, privateKeyAt: path)
            }
        } catch {
            try? FileManager.default.removeItem(at: path)
            throw error
        }
        return HandlerKeySummary(
            handler: handler.name, fingerprint: fingerprint, privateKeyPath: path.path, publicKeyPEM: publicPEM)
    }

    /// Fails now, before any work, if `handler` has a key that cannot be used to sign.
    package func requireUsableKey(for handler: Handler) throws {
        _ = try database.readTransaction { tx in try signer(for: handler, in: tx) }
    }

    /// Where `handler`'s private key is: in the folder `$CASEBOOK_KEYS` names, when it holds it
    /// (keys kept outside the workspace), else in the workspace's `keys/`.
    func keyPath(for handler: Handler) -> URL {
        if let outside = Self.outsideKeyFolder {
            let path = outside.appendingPathComponent("\(handler.name).pem")
            if FileManager.default.fileExists(atPath: path.path) { return path }
        }
        return workspace.keysURL.appendingPathComponent("\(handler.name).pem")
    }

    /// `$CASEBOOK_KEYS`, the folder of private keys kept outside the workspace, if set.
    static var outsideKeyFolder: URL? {
        guard let folder = ProcessInfo.processInfo.environment["CASEBOOK_KEYS"], folder.hasPrefix("/") else { return nil }
        return URL(fileURLWithPath: folder, isDirectory: true)
    }

    /// The signer for `handler` if the handler has a key; refuses a key file that others can
    /// read, that is missing, or that does not match the registered public key.
    func signer(for handler: Handler, in tx: StoreTransaction, keyFile: URL? = nil) throws -> Signer? {
        guard let registered = try tx.handlerKey(handler.name) else { return nil }
        let path = (keyFile ?? keyPath(for: handler)).path
        guard let mode = PosixFile.permissions(path) else { throw IntegrityError.keyFileMissing(handler.name, path: path) }
        guard mode & 0o077 == 0 else { throw IntegrityError.keyPermissions(path: path, mode: mode) }
        let pem = try PosixFile.readAll(path)
        let signer = Signer(privatePEM: String(decoding: pem, as: UTF8.self), fingerprint: registered.fingerprint)
        // A key that signs something its registered public key cannot verify is the wrong key.
        let probe = Array("casebook key check".utf8)
        let signature = try integrity { () throws(CryptoError) in try Ed25519.sign(probe, privatePEM: signer.privatePEM) }
        guard
            try integrity({ () throws(CryptoError) in try Ed25519.verify(signature, of: probe, publicPEM: registered.publicKeyPEM) }
            )
        else {
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

extension Case {
    /// The public key of `handler` with its fingerprint recomputed from the key itself, written
    /// to `path` (a new file) when given. Refuses a key whose stored fingerprint is not its own.
    public func exportKey(for handler: Handler, to path: String?) throws -> HandlerKeyExport {
        guard let record = try database.readTransaction({ tx in try tx.handlerKey(handler.name) }) else {
            throw IntegrityError.noKey(handler.name)
        }
        let fingerprint = try integrity { () throws(CryptoError) in try Ed25519.fingerprint(publicPEM: record.publicKeyPEM) }
        guard fingerprint == record.fingerprint else {
            throw IntegrityError.storedKeyAltered(handler.name)
        }
        let text =
            "# Casebook signing key of \(handler.name)\n# handler: \(handler.name)\n# fingerprint: \(fingerprint)\n"
            + record.publicKeyPEM
        if let path {
            try PosixFile.refuseExisting(path)
            try refuseCaseFile(path)
            try PosixFile.writeNew(path, contents: Array(text.utf8), mode: 0o644)
        }
        return HandlerKeyExport(handler: handler.name, fingerprint: fingerprint, publicKeyPEM: record.publicKeyPEM, file: path)
    }
}

/// The keys a team trusts, from a file it keeps outside the case. Each key is a PEM public key
/// or a fingerprint (64 hex digits); a line `HANDLER FINGERPRINT` ties a fingerprint to its
/// handler, and a `# handler: NAME` line ties the PEM key after it to NAME (a file named
/// `NAME.pem` holding keys with no such line ties them to NAME, if NAME is a handler of the
/// case). Any other line starting with `#` is a comment: nothing on it is ever trusted.
struct TrustedKeys: Sendable, Equatable {
    public let fingerprints: Set<String>
    /// The handler each key is tied to, by fingerprint.
    public let handlers: [String: String]
    /// Keys tied to a handler only by the file's name (`NAME.pem`).
    let byFileName: [String: String]

    /// The handler of each key, given the handlers the case knows (a file name counts only
    /// when it names one of them).
    func boundHandlers(known: Set<String>) -> [String: String] {
        var bound = handlers
        for (fingerprint, name) in byFileName where bound[fingerprint] == nil && known.contains(name) { bound[fingerprint] = name }
        return bound
    }

    static func isHex(_ token: Substring) -> Bool {
        token.utf8.count == 64
            && token.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) || (65...70).contains($0) }
    }

    /// Reads `path`; refuses a file that names no key at all.
    public static func read(_ path: String) throws -> TrustedKeys {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw IntegrityError.unusableTrustFile(path, reason: "it does not exist or cannot be read")
        }
        let text = String(decoding: data, as: UTF8.self)
        let fileName = (path as NSString).lastPathComponent
        let stem: String? = fileName.lowercased().hasSuffix(".pem") ? String(fileName.dropLast(4)) : nil
        var found: Set<String> = []
        var handlers: [String: String] = [:]
        var byFileName: [String: String] = [:]
        var declared: String?
        var pem: String?
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            if var block = pem {
                block += line + "\n"
                pem = block
                guard line.hasPrefix("-----END PUBLIC KEY-----") else { continue }
                guard let fingerprint = try? Ed25519.fingerprint(publicPEM: block) else {
                    throw IntegrityError.unusableTrustFile(path, reason: "one of its public keys is not a readable Ed25519 key")
                }
                found.insert(fingerprint)
                if let declared {
                    if handlers[fingerprint] == nil { handlers[fingerprint] = declared }
                } else if let stem {
                    byFileName[fingerprint] = stem
                }
                declared = nil
                pem = nil
                continue
            }
            if line.hasPrefix("-----BEGIN PUBLIC KEY-----") {
                pem = line + "\n"
                continue
            }
            if line.hasPrefix("#") {
                let body = line.dropFirst().trimmingCharacters(in: .whitespaces)
                if body.lowercased().hasPrefix("handler:") {
                    let name = body.dropFirst("handler:".count).trimmingCharacters(in: .whitespaces)
                    declared = name.isEmpty ? nil : name
                }
                continue
            }
            let tokens = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == ":" || $0 == "," })
            let keys = tokens.filter(isHex).map { $0.lowercased() }
            let names = tokens.filter { !isHex($0) }
            for fingerprint in keys {
                found.insert(fingerprint)
                if names.count == 1, handlers[fingerprint] == nil { handlers[fingerprint] = String(names[0]) }
            }
        }
        if pem != nil {
            throw IntegrityError.unusableTrustFile(path, reason: "a public key in it has no END line")
        }
        guard !found.isEmpty else {
            throw IntegrityError.unusableTrustFile(path, reason: "it holds no public key and no fingerprint")
        }
        return TrustedKeys(fingerprints: found, handlers: handlers, byFileName: byFileName)
    }
}
