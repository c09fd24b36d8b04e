import Foundation

/// The standards of proof of the Rome Statute, from the lowest: the one a team works to decides
/// when an element counts as established. Each comes with a threshold of independent, first-hand
/// and well-graded sources that Casebook checks; the thresholds are the team's working rule of
/// thumb, not the Court's, and the README says why each is set where it is.
public enum ProofStandard: String, CaseIterable, Sendable, Codable {
    case reasonableBasis = "reasonable-basis"
    case reasonableGrounds = "reasonable-grounds"
    case substantialGrounds = "substantial-grounds"
    case beyondReasonableDoubt = "beyond-reasonable-doubt"

    /// The standard's name in a sentence: "reasonable grounds".
    public var name: String {
        switch self {
        case .reasonableBasis: "reasonable basis"
        case .reasonableGrounds: "reasonable grounds"
        case .substantialGrounds: "substantial grounds"
        case .beyondReasonableDoubt: "beyond reasonable doubt"
        }
    }

    /// Where the Statute sets it.
    public var article: String {
        switch self {
        case .reasonableBasis: "art. 15(3) and 53(1)(a), opening an investigation"
        case .reasonableGrounds: "art. 58(1), a warrant of arrest; the standard of the 2014 Commission of Inquiry"
        case .substantialGrounds: "art. 61(7), confirmation of charges"
        case .beyondReasonableDoubt: "art. 66(3), conviction"
        }
    }

    /// The sources an element needs to meet the standard.
    public var threshold: ProofThreshold {
        switch self {
        case .reasonableBasis: ProofThreshold(groups: 1, firstHand: 0, reliability: nil, credibility: nil)
        case .reasonableGrounds: ProofThreshold(groups: 2, firstHand: 1, reliability: nil, credibility: nil)
        case .substantialGrounds: ProofThreshold(groups: 2, firstHand: 2, reliability: .c, credibility: .possiblyTrue)
        case .beyondReasonableDoubt: ProofThreshold(groups: 3, firstHand: 2, reliability: .b, credibility: .probablyTrue)
        }
    }

    /// Reads a standard's key, suggesting the nearest for a mistyped one.
    public static func parse(_ text: String) throws(RecordError) -> ProofStandard {
        let given = text.trimmingCharacters(in: .whitespaces).lowercased().replacingOccurrences(of: " ", with: "-")
        guard let standard = ProofStandard(rawValue: given) else {
            let nearest = Suggestions.closest(to: given, among: allCases.map(\.rawValue)).first
            throw .invalidValue(
                field: "standard of proof", value: text,
                accepted: (nearest.map { "did you mean \($0)? " } ?? "")
                    + "write " + allCases.map(\.rawValue).joined(separator: ", "))
        }
        return standard
    }
}

/// What one element needs under a standard: independent source groups, of which first-hand, and
/// the best grades at least one of them must reach (nil: no grade needed).
public struct ProofThreshold: Sendable, Codable, Equatable {
    public let groups: Int
    public let firstHand: Int
    public let reliability: SourceReliability?
    public let credibility: InformationCredibility?
}
