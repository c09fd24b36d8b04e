import CasebookCrypto
import CasebookModel
import Foundation
import GRDB

/// One entry of the append-only custody log, as stored.
///
/// Its hash covers every field below except the hash and signature themselves, in the
/// canonical encoding of `canonicalBytes`, and names the previous entry's hash: changing,
/// deleting or reordering any entry breaks the chain from that point on.
package struct CustodyEventRecord: Codable, FetchableRecord, PersistableRecord, Sendable {
    package static let databaseTableName = "custody_event"
    package var sequence: Int64
    package var evidenceId: Int64?
    package var action: String
    package var handler: String
    package var occurredAt: String
    package var objectSha256: String?
    package var note: String?
    package var previousHash: String
    package var eventHash: String
    package var signature: Data?
    package var keyFingerprint: String?
    /// 1 or 2: which version of the canonical encoding the hash covers.
    package var encoding: Int = 1
    /// Version 2's extra named lines, exactly as they appear in the canonical bytes.
    package var details: String? = nil

    package init(
        sequence: Int64, evidenceId: Int64? = nil, action: String, handler: String, occurredAt: String, objectSha256: String? = nil,
        note: String? = nil, previousHash: String, eventHash: String, signature: Data? = nil, keyFingerprint: String? = nil,
        encoding: Int = 1, details: String? = nil
    ) {
        self.sequence = sequence
        self.evidenceId = evidenceId
        self.action = action
        self.handler = handler
        self.occurredAt = occurredAt
        self.objectSha256 = objectSha256
        self.note = note
        self.previousHash = previousHash
        self.eventHash = eventHash
        self.signature = signature
        self.keyFingerprint = keyFingerprint
        self.encoding = encoding
        self.details = details
    }

    /// The encoding every new event is written in.
    package static let currentEncoding = 2

    package enum Columns {
        package static let sequence = Column(CodingKeys.sequence)
        package static let evidenceId = Column(CodingKeys.evidenceId)
        package static let action = Column(CodingKeys.action)
        package static let eventHash = Column(CodingKeys.eventHash)
        package static let signature = Column(CodingKeys.signature)
        package static let encoding = Column(CodingKeys.encoding)
    }

    /// The hash the first event names as its predecessor.
    package static let genesisHash = String(repeating: "0", count: 64)

    /// The canonical encoding, documented in the README ("The custody log"): UTF-8 lines
    /// `name: value`, in this order, each ending in a line feed; absent values are `-`;
    /// backslash, line feed and carriage return inside values are written `\\`, `\n`, `\r`.
    /// Version 2 adds its named lines (`details`) just before `previous`.
    package var canonicalBytes: [UInt8] {
        let fields: [(String, String)] = [
            ("sequence", String(sequence)),
            ("evidence", evidenceId.map { "E-\($0)" } ?? "-"),
            ("action", action),
            ("handler", handler),
            ("time", occurredAt),
            ("object-sha256", objectSha256 ?? "-"),
            ("key", keyFingerprint ?? "-"),
            ("note", note ?? "-"),
        ]
        var text = encoding >= 2 ? "casebook-custody-event/2\n" : "casebook-custody-event/1\n"
        for (name, value) in fields { text += "\(name): \(Self.escape(value))\n" }
        if encoding >= 2, let details { text += details }
        text += "previous: \(Self.escape(previousHash))\n"
        return Array(text.utf8)
    }

    /// Version 2's named lines for `pairs`, in the given order; an absent value is `-`.
    package static func detailLines(_ pairs: [(String, String?)]) -> String {
        pairs.map { "\($0.0): \(escape($0.1 ?? "-"))\n" }.joined()
    }

    /// The named lines of a version 2 event, unescaped; empty for version 1.
    package var detailFields: [String: String] {
        guard encoding >= 2, let details else { return [:] }
        var fields: [String: String] = [:]
        for line in details.split(separator: "\n", omittingEmptySubsequences: true) {
            guard let colon = line.range(of: ": ") else { continue }
            fields[String(line[..<colon.lowerBound])] = Self.unescape(String(line[colon.upperBound...]))
        }
        return fields
    }

    package static func unescape(_ value: String) -> String {
        guard value.contains("\\") else { return value }
        var out = ""
        var escaped = false
        for character in value {
            if escaped {
                switch character {
                case "n": out += "\n"
                case "r": out += "\r"
                default: out.append(character)
                }
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                out.append(character)
            }
        }
        return out
    }

    /// The SHA-256 of the canonical bytes, in hex.
    package func computedHash() throws -> String {
        try Digest.of(canonicalBytes, using: .sha256).hex
    }

    package static func escape(_ value: String) -> String {
        if !value.utf8.contains(where: { $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }) {
            return value
        }
        var out = ""
        for character in value {
            switch character {
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\r\n": out += "\\r\\n"
            default: out.append(character)
            }
        }
        return out
    }
}
