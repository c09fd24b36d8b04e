import Foundation

/// How far a source can be trusted as a whole, judged apart from any one thing it says: the
/// letter of the grading scale analysts use for sources (A to F). A reliable source can still
/// carry a doubtful item, so this is graded separately from `InformationCredibility`.
public enum SourceReliability: String, CaseIterable, Sendable, Codable, Comparable {
    case a = "A"
    case b = "B"
    case c = "C"
    case d = "D"
    case e = "E"
    case f = "F"

    /// The grade's meaning, in the words of the scale.
    public var meaning: String {
        switch self {
        case .a: "completely reliable"
        case .b: "usually reliable"
        case .c: "fairly reliable"
        case .d: "not usually reliable"
        case .e: "unreliable"
        case .f: "reliability cannot be judged"
        }
    }

    /// Reads one letter, A to F (a lower-case letter too); an empty text is no grade.
    public static func parse(_ text: String) throws(RecordError) -> SourceReliability? {
        let given = text.trimmingCharacters(in: .whitespaces)
        if given.isEmpty { return nil }
        guard let grade = SourceReliability(rawValue: given.uppercased()) else {
            throw .invalidValue(
                field: "source reliability grade", value: text,
                accepted: "write one letter: " + allCases.map { "\($0.rawValue) \($0.meaning)" }.joined(separator: ", "))
        }
        return grade
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// How likely one item of information is to be true, judged apart from its source: the number
/// of the grading scale analysts use for information (1 to 6). Given per citation, since one
/// source says many things.
public enum InformationCredibility: Int, CaseIterable, Sendable, Codable, Comparable {
    case confirmed = 1
    case probablyTrue, possiblyTrue, doubtful, improbable, cannotBeJudged

    /// The grade's meaning, in the words of the scale.
    public var meaning: String {
        switch self {
        case .confirmed: "confirmed by other sources"
        case .probablyTrue: "probably true"
        case .possiblyTrue: "possibly true"
        case .doubtful: "doubtful"
        case .improbable: "improbable"
        case .cannotBeJudged: "truth cannot be judged"
        }
    }

    /// Reads one digit, 1 to 6; an empty text is no grade.
    public static func parse(_ text: String) throws(RecordError) -> InformationCredibility? {
        let given = text.trimmingCharacters(in: .whitespaces)
        if given.isEmpty { return nil }
        guard given.count == 1, let number = Int(given), let grade = InformationCredibility(rawValue: number) else {
            throw .invalidValue(
                field: "information credibility grade", value: text,
                accepted: "write one number: " + allCases.map { "\($0.rawValue) \($0.meaning)" }.joined(separator: ", "))
        }
        return grade
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}
