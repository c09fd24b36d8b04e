import Foundation

/// The kinds of record a person refers to by a short id such as `W-1` or `AL-3`.
public enum RecordKind: String, CaseIterable, Sendable, Codable {
    case witness = "W"
    case testimony = "T"
    case incident = "I"
    case actor = "A"
    case evidence = "E"
    case allegation = "AL"
    case recommendation = "R"
    case attack = "AT"

    /// The prefix printed before the number.
    public var prefix: String { rawValue }

    /// The kind in the users' words, for error messages ("a witness").
    public var noun: String {
        switch self {
        case .witness: "witness"
        case .testimony: "testimony"
        case .incident: "incident"
        case .actor: "actor"
        case .evidence: "evidence item"
        case .allegation: "allegation"
        case .recommendation: "recommendation"
        case .attack: "attack"
        }
    }

    /// The noun with its indefinite article, for sentences such as "A-1 is an actor".
    public var nounWithArticle: String {
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        return (vowels.contains(noun.first ?? "x") ? "an " : "a ") + noun
    }
}

/// A short, stable record id shown to people: a kind prefix and the database row number.
public struct RecordID: Hashable, Sendable, CustomStringConvertible, Codable {
    /// What the id names.
    public let kind: RecordKind
    /// The row number in that kind's table; never reused.
    public let number: Int64

    public init(_ kind: RecordKind, _ number: Int64) {
        self.kind = kind
        self.number = number
    }

    /// Parses `W-1`, `w-1` or `AL-12`; any kind.
    public init(parsing text: String) throws(RecordError) {
        let trimmed = text.trimmingCharacters(in: .whitespaces).uppercased()
        let parts = trimmed.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2, let kind = RecordKind(rawValue: String(parts[0])),
            let number = Int64(parts[1]), number > 0, !parts[1].hasPrefix("+")
        else { throw .malformedID(text) }
        self.init(kind, number)
    }

    /// Parses an id and insists on one of the given kinds, naming what it was given as in the error.
    public init(parsing text: String, expecting kinds: [RecordKind], for role: RecordRole) throws(RecordError) {
        let id = try RecordID(parsing: text)
        guard kinds.contains(id.kind) else { throw .wrongKind(id, expected: kinds, role: role) }
        self = id
    }

    public var description: String { "\(kind.prefix)-\(number)" }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        self = try RecordID(parsing: text)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
