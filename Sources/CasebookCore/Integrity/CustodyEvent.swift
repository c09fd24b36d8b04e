import Foundation
import GRDB

/// What was done to evidence, in the words of the custody log.
public enum CustodyAction: String, CaseIterable, Sendable, Codable {
    case acquired
    case ingested
    case transferred
    case accessed
    case verified
    case exported
    case anchored
    case redactedCopy = "redacted-copy"
    case consentChanged = "consent-changed"
    case leakScanSkipped = "leak-scan-skipped"
    case leakScanWaived = "leak-scan-waived"
    case identityRevealed = "identity-revealed"
    case keyRegistered = "key-registered"
    /// A document (a dossier, a submission, a report) was written; the note carries its SHA-256.
    case documentWritten = "document-written"
}

/// One entry of the append-only custody log, as stored.
///
/// Its hash covers every field below except the hash and signature themselves, in the
/// canonical encoding of `canonicalBytes`, and names the previous entry's hash: changing,
/// deleting or reordering any entry breaks the chain from that point on.
struct CustodyEventRecord: Codable, FetchableRecord, PersistableRecord, Sendable {
    static let databaseTableName = "custody_event"
    var sequence: Int64
    var evidenceId: Int64?
    var action: String
    var handler: String
    var occurredAt: String
    var objectSha256: String?
    var note: String?
    var previousHash: String
    var eventHash: String
    var signature: Data?
    var keyFingerprint: String?
    /// 1 or 2: which version of the canonical encoding the hash covers.
    var encoding: Int = 1
    /// Version 2's extra named lines, exactly as they appear in the canonical bytes.
    var details: String? = nil

    /// The encoding every new event is written in.
    static let currentEncoding = 2

    enum Columns {
        static let sequence = Column(CodingKeys.sequence)
        static let evidenceId = Column(CodingKeys.evidenceId)
    }

    /// The hash the first event names as its predecessor.
    static let genesisHash = String(repeating: "0", count: 64)

    /// The canonical encoding, documented in the README ("The custody log"): UTF-8 lines
    /// `name: value`, in this order, each ending in a line feed; absent values are `-`;
    /// backslash, line feed and carriage return inside values are written `\\`, `\n`, `\r`.
    /// Version 2 adds its named lines (`details`) just before `previous`.
    var canonicalBytes: [UInt8] {
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
    static func detailLines(_ pairs: [(String, String?)]) -> String {
        pairs.map { "\($0.0): \(escape($0.1 ?? "-"))\n" }.joined()
    }

    /// The named lines of a version 2 event, unescaped; empty for version 1.
    var detailFields: [String: String] {
        guard encoding >= 2, let details else { return [:] }
        var fields: [String: String] = [:]
        for line in details.split(separator: "\n", omittingEmptySubsequences: true) {
            guard let colon = line.range(of: ": ") else { continue }
            fields[String(line[..<colon.lowerBound])] = Self.unescape(String(line[colon.upperBound...]))
        }
        return fields
    }

    static func unescape(_ value: String) -> String {
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
    func computedHash() throws -> String {
        try Digest.of(canonicalBytes, using: .sha256).hex
    }

    static func escape(_ value: String) -> String {
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

/// A custody event as commands print it.
public struct CustodyEntry: Codable, Sendable, Equatable {
    public let sequence: Int64
    public let evidence: RecordID?
    public let action: String
    public let handler: String
    public let time: String
    public let objectSha256: String?
    public let note: String?
    public let previousHash: String
    public let hash: String
    public let signed: Bool

    init(_ record: CustodyEventRecord) {
        sequence = record.sequence
        evidence = record.evidenceId.map { RecordID(.evidence, $0) }
        action = record.action
        handler = record.handler
        time = record.occurredAt
        objectSha256 = record.objectSha256
        note = record.note
        previousHash = record.previousHash
        hash = record.eventHash
        signed = record.signature != nil
    }
}
