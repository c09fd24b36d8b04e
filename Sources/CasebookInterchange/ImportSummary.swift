import CasebookCore
import CasebookModel
import CasebookStore

/// How many records of one kind an import added, updated and left as they were.
public struct ImportCounts: Codable, Sendable, Equatable {
    public let kind: ImportKind
    public var added = 0
    public var updated = 0
    public var unchanged = 0
}

/// What an import did.
public struct ImportSummary: Codable, Sendable, Equatable {
    public let file: String
    public let kinds: [ImportCounts]
    public var added: Int { kinds.reduce(0) { $0 + $1.added } }
    public var updated: Int { kinds.reduce(0) { $0 + $1.updated } }
    public var unchanged: Int { kinds.reduce(0) { $0 + $1.unchanged } }
    /// Unknown columns, left-out citations, and the reminder that the file holds identities in clear.
    public let warnings: [String]

    enum CodingKeys: String, CodingKey { case file, kinds, added, updated, unchanged, warnings }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(file, forKey: .file)
        try container.encode(kinds, forKey: .kinds)
        try container.encode(added, forKey: .added)
        try container.encode(updated, forKey: .updated)
        try container.encode(unchanged, forKey: .unchanged)
        try container.encode(warnings, forKey: .warnings)
    }

    public init(file: String, kinds: [ImportCounts], warnings: [String]) {
        self.file = file
        self.kinds = kinds
        self.warnings = warnings
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        file = try container.decode(String.self, forKey: .file)
        kinds = try container.decode([ImportCounts].self, forKey: .kinds)
        warnings = try container.decode([String].self, forKey: .warnings)
    }
}
