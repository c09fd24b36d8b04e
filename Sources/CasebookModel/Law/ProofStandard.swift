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
            // A beginning typed ("reasonable") means the standards it begins; else the nearest spelling.
            let begun = given.isEmpty ? [] : allCases.map(\.rawValue).filter { $0.hasPrefix(given) }
            let nearest =
                begun.isEmpty ? Suggestions.closest(to: given, among: allCases.map(\.rawValue)).prefix(1).map { $0 } : begun
            throw .invalidValue(
                field: "standard of proof", value: text,
                accepted: (nearest.isEmpty ? "" : "did you mean \(nearest.joined(separator: " or "))? ")
                    + "write " + allCases.map(\.rawValue).joined(separator: ", "))
        }
        return standard
    }
}

/// What one element needs under a standard: independent source groups, of which first-hand, and
/// the best grades at least one of them must reach (nil: no grade needed).
public struct ProofThreshold: Sendable, Codable, Equatable, CustomStringConvertible {
    public var groups: Int
    public var firstHand: Int
    public var reliability: SourceReliability?
    public var credibility: InformationCredibility?

    public init(groups: Int, firstHand: Int, reliability: SourceReliability?, credibility: InformationCredibility?) {
        self.groups = groups
        self.firstHand = firstHand
        self.reliability = reliability
        self.credibility = credibility
    }

    /// The form `case set threshold.…` takes: "groups=2 first-hand=1 reliability<=C credibility<=any".
    public var description: String {
        // Every term, "any" for no grade needed: read again on any base, it means the same.
        "groups=\(groups) first-hand=\(firstHand) reliability<=\(reliability?.rawValue ?? "any") "
            + "credibility<=\(credibility.map { String($0.rawValue) } ?? "any")"
    }

    /// Reads a threshold a team writes, term by term, starting from `base` (the standard's
    /// default): `groups=N` (1 to 20), `first-hand=N` (0 to groups), `reliability<=A`…`F` and
    /// `credibility<=1`…`6` (or `any` for no grade needed). A term that does not read is named.
    public static func parse(_ text: String, base: ProofThreshold) throws(RecordError) -> ProofThreshold {
        var threshold = base
        let form = "write terms such as groups=2 first-hand=1 reliability<=C credibility<=3, separated by spaces"
        let terms = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == ";" || $0 == "\t" })
        guard !terms.isEmpty else { throw .invalidValue(field: "threshold", value: text, accepted: form) }
        var seen: Set<String> = []
        for term in terms {
            let parts = term.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map { String($0) }
            guard parts.count == 2, !parts[0].isEmpty else {
                throw .invalidValue(
                    field: "threshold", value: text,
                    accepted: "'\(term)' is not of the form name=value or name<=grade; \(form)")
            }
            var name = parts[0].lowercased().replacingOccurrences(of: "_", with: "-")
            let bad = { (expected: String) -> RecordError in
                .invalidValue(field: "threshold", value: text, accepted: "in '\(term)', \(expected)")
            }
            let isGrade = name == "reliability<" || name == "credibility<" || name == "reliability" || name == "credibility"
            if name.hasSuffix("<") {
                guard isGrade else { throw bad("only the grades take '<='; write groups=N and first-hand=N") }
                name.removeLast()
            }
            guard seen.insert(name).inserted else { throw bad("\(name) is given twice; give each term once") }
            let value = parts[1].trimmingCharacters(in: .whitespaces)
            let count = { () -> Int? in value.allSatisfy { $0.isASCII && $0.isNumber } ? Int(value) : nil }
            switch name {
            case "groups", "independent":
                guard let n = count(), (1...20).contains(n) else { throw bad("groups must be a number from 1 to 20") }
                threshold.groups = n
            case "first-hand", "firsthand":
                guard let n = count(), (0...20).contains(n) else { throw bad("first-hand must be a number from 0 to 20") }
                threshold.firstHand = n
            case "reliability":
                if value.lowercased() == "any" {
                    threshold.reliability = nil
                } else {
                    guard let grade = SourceReliability(rawValue: value.uppercased()) else {
                        throw bad("reliability must be a letter from A to F, or any")
                    }
                    threshold.reliability = grade
                }
            case "credibility":
                if value.lowercased() == "any" {
                    threshold.credibility = nil
                } else {
                    guard let grade = count().flatMap(InformationCredibility.init(rawValue:)) else {
                        throw bad("credibility must be a number from 1 to 6, or any")
                    }
                    threshold.credibility = grade
                }
            default:
                throw bad("'\(parts[0])' is not a term; the terms are groups, first-hand, reliability and credibility")
            }
        }
        guard threshold.firstHand <= threshold.groups else {
            throw .invalidValue(
                field: "threshold", value: text,
                accepted:
                    "first-hand (\(threshold.firstHand)) cannot exceed groups (\(threshold.groups)): a first-hand source is one of the groups"
            )
        }
        return threshold
    }
}

/// The standard a team weighs its elements against, with the threshold it applies: the
/// standard's own, or the one the case set for it (`case set threshold.…`).
public struct ProofRule: Sendable, Codable, Equatable {
    public let standard: ProofStandard
    public let threshold: ProofThreshold
    /// Whether the case changed the standard's default threshold.
    public var isCustom: Bool { threshold != standard.threshold }

    public init(_ standard: ProofStandard, threshold: ProofThreshold? = nil) {
        self.standard = standard
        self.threshold = threshold ?? standard.threshold
    }

    /// The working default: reasonable grounds, the Commission of Inquiry's standard.
    public static let standardDefault = ProofRule(.reasonableGrounds)
}
