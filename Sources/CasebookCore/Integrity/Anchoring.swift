import Foundation
import GRDB

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

extension OpenCase {
    /// Writes an RFC 3161 request for the SHA-256 of the chain head (the head's hash, as bytes),
    /// for the user to send to a timestamping authority of their choice.
    public func writeAnchorRequest(to path: String) throws -> AnchorRequestSummary {
        let head = try custodyHead()
        guard head.sequence > 0 else { throw IntegrityError.badTimestamp("the custody log is empty; there is nothing to timestamp yet") }
        let der = try TimestampToken.request(sha256: Self.bytes(ofHex: head.hash))
        try PosixFile.refuseExisting(path)
        try Data(der).write(to: URL(fileURLWithPath: path))
        return AnchorRequestSummary(file: path, head: head)
    }

    /// Stores a timestamp reply after checking that it covers the hash of one of the log's events.
    public func importAnchor(from path: String, handler: Handler) throws -> AnchorImportSummary {
        try requireUsableKey(for: handler)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw IntegrityError.unreadableTimestampReply(path: path, reason: "it does not exist")
        }
        guard !isFolder.boolValue else {
            throw IntegrityError.unreadableTimestampReply(path: path, reason: "it is a folder; name the reply file (for example head.tsr)")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw IntegrityError.unreadableTimestampReply(path: path, reason: "you do not have permission to read it, or it is not a regular file")
        }
        let reply = try TimestampToken.readReply(Array(data))
        guard reply.granted else { throw IntegrityError.badTimestamp("the authority did not grant the timestamp") }
        guard let digest = reply.sha256 else { throw IntegrityError.badTimestamp("the timestamp does not cover a SHA-256 digest") }
        let hex = Digest(algorithm: .sha256, bytes: digest).hex
        return try database.write { db in
            guard let event = try CustodyEventRecord.filter(Column("eventHash") == hex).fetchOne(db) else {
                throw IntegrityError.badTimestamp("the timestamp covers \(hex), which is not the hash of any event in this custody log")
            }
            var anchor = AnchorRecord(
                sequence: event.sequence, headHash: hex, response: data, genTime: reply.time, importedAt: timestampNow())
            try anchor.insert(db)
            try appendCustody(
                [NewCustodyEvent(
                    action: .anchored, handler: handler,
                    note: "RFC 3161 timestamp of \(reply.time ?? "unknown time") covers events 1 to \(event.sequence) (head \(hex))")],
                in: db)
            return AnchorImportSummary(throughSequence: event.sequence, headHash: hex, time: reply.time)
        }
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
