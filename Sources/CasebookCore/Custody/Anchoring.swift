import CasebookCrypto
import CasebookModel
import CasebookStore
import Foundation

/// What `anchor request` wrote.
public struct AnchorRequestSummary: Codable, Sendable, Equatable {
    public let file: String
    public let head: CustodyHead
}

/// What `anchor import` stored.
public struct AnchorImportSummary: Codable, Sendable, Equatable {
    public let throughSequence: Int64
    public let headHash: String
    public let time: String?
}

extension Case {
    /// Writes an RFC 3161 request for the SHA-256 of the chain head (the head's hash, as bytes),
    /// for the user to send to a timestamping authority of their choice.
    public func writeAnchorRequest(to path: String) throws -> AnchorRequestSummary {
        let head = try custodyHead()
        guard head.sequence > 0 else {
            throw IntegrityError.badTimestamp("the custody log is empty; there is nothing to timestamp yet")
        }
        let der = try integrity { () throws(CryptoError) in try TimestampToken.request(sha256: Self.bytes(ofHex: head.hash)) }
        try PosixFile.refuseExisting(path)
        try refuseCaseFile(path)
        try PosixFile.writeNew(path, contents: der, mode: 0o644)
        return AnchorRequestSummary(file: path, head: head)
    }

    /// Stores a timestamp reply after checking that it covers the hash of one of the log's events.
    ///
    /// With `authority` (a PEM file of the authority's CA certificates), the reply's signature and
    /// certificate chain are checked through OpenSSL's TS API first, and a reply that fails is
    /// refused; without it the anchor is kept but `verify` reports it as "unverified authority".
    public func importAnchor(from path: String, handler: Handler, authority: String? = nil) throws -> AnchorImportSummary {
        try requireUsableKey(for: handler)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw IntegrityError.unreadableTimestampReply(path: path, reason: "it does not exist")
        }
        guard !isFolder.boolValue else {
            throw IntegrityError.unreadableTimestampReply(
                path: path, reason: "it is a folder; name the reply file (for example head.tsr)")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw IntegrityError.unreadableTimestampReply(
                path: path, reason: "you do not have permission to read it, or it is not a regular file")
        }
        let caPEM = try authority.map(Self.readAuthority)
        let reply = try integrity { () throws(CryptoError) in try TimestampToken.readReply(Array(data)) }
        guard reply.granted else { throw IntegrityError.badTimestamp("the authority did not grant the timestamp") }
        guard let digest = reply.sha256 else { throw IntegrityError.badTimestamp("the timestamp does not cover a SHA-256 digest") }
        if let caPEM {
            do {
                try TimestampToken.checkAuthority(Array(data), covers: digest, caPEM: caPEM)
            } catch let failure as TimestampToken.AuthorityFailure {
                throw IntegrityError.badTimestamp(
                    "its authority could not be verified against \(authority ?? "the CA file"): \(failure.reason)")
            }
        }
        let replyHash = try Digest.of(data, using: .sha256).hex
        let hex = Digest(algorithm: .sha256, bytes: digest).hex
        return try database.writeTransaction { tx in
            guard let event = try tx.custodyEvent(hash: hex) else {
                throw IntegrityError.badTimestamp(
                    "the timestamp covers \(hex), which is not the hash of any event in this custody log")
            }
            var anchor = AnchorRecord(
                sequence: event.sequence, headHash: hex, response: data, genTime: reply.time, importedAt: timestampNow(),
                authorityPEM: caPEM)
            try tx.insert(&anchor)
            try appendCustody(
                [
                    NewCustodyEvent(
                        action: .anchored, handler: handler,
                        note:
                            "RFC 3161 timestamp of \(reply.time ?? "unknown time") covers events 1 to \(event.sequence) (head \(hex))",
                        details: CustodyEventRecord.detailLines([
                            ("covers-sequence", String(event.sequence)), ("covers-sha256", hex), ("reply-sha256", replyHash),
                            ("authority", caPEM == nil ? "unverified" : "verified at import"),
                        ]))
                ],
                in: tx)
            return AnchorImportSummary(throughSequence: event.sequence, headHash: hex, time: reply.time)
        }
    }

    /// The certificates of a timestamping authority (PEM), read for checking a reply.
    static func readAuthority(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw IntegrityError.unusableTrustFile(path, reason: "it does not exist or cannot be read")
        }
        let text = String(decoding: data, as: UTF8.self)
        guard text.contains("-----BEGIN CERTIFICATE-----") else {
            throw IntegrityError.unusableTrustFile(path, reason: "it holds no PEM certificate (-----BEGIN CERTIFICATE-----)")
        }
        return text
    }

    static func bytes(ofHex hex: String) -> [UInt8] {
        var bytes: [UInt8] = []
        var index = hex.startIndex
        while index < hex.endIndex, let next = hex.index(index, offsetBy: 2, limitedBy: hex.endIndex) {
            bytes.append(UInt8(hex[index..<next], radix: 16) ?? 0)
            index = next
        }
        return bytes
    }
}
