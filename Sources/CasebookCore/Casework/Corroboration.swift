import CasebookModel

/// How much an element's sources weigh, counted the way a careful lawyer counts them: by
/// independent source groups, not by citations. One witness is one group however many times she
/// was interviewed, and her transcript belongs to her group; every other item is a group of its
/// own. A group is first-hand when one of its citations says so (a testimony cited without a basis
/// never counts as first-hand). The best grades are the best any source of the element reached.
public struct Corroboration: Codable, Sendable, Equatable {
    public enum Status: String, Codable, Sendable {
        /// No source at all.
        case gap
        /// Sources, but fewer or weaker than the standard asks.
        case insufficient
        /// Sources that reach the standard.
        case meets
    }

    /// The citations that count: every one but those of passages the witness withdrew.
    public let sources: Int
    /// Citations of withdrawn passages, shown and not counted.
    public let withdrawn: Int
    /// The independent groups, each named by the witness (`W-3`) or the item (`E-5`) it stands for.
    public let groups: [String]
    public let firstHandGroups: Int
    public let bestReliability: SourceReliability?
    public let bestCredibility: InformationCredibility?
    public let rule: ProofRule
    public var standard: ProofStandard { rule.standard }
    public let status: Status
    /// Why the sources fall short, in words ("one independent source; needs 2"); nil when they do not.
    public let shortfall: String?

    /// Weighs `sources` against `standard`.
    public static func assess(_ cited: [CitedSource], against standard: ProofStandard) -> Corroboration {
        assess(cited, against: ProofRule(standard))
    }

    /// Weighs `cited` against `rule`'s threshold; citations of withdrawn passages do not count.
    public static func assess(_ cited: [CitedSource], against rule: ProofRule) -> Corroboration {
        let sources = cited.filter(\.counts)
        var groups: [String] = []
        var firstHand: Set<String> = []
        for source in sources {
            let group = source.group ?? source.source.description
            if !groups.contains(group) { groups.append(group) }
            if source.basis == "first-hand" { firstHand.insert(group) }
        }
        let reliability = sources.compactMap(\.reliability).min()
        let credibility = sources.compactMap(\.credibility).min()
        let need = rule.threshold
        var shortfalls: [String] = []
        if groups.count < need.groups {
            shortfalls.append("\(count(groups.count, "independent source")); needs \(need.groups)")
        }
        if firstHand.count < need.firstHand {
            shortfalls.append("\(count(firstHand.count, "first-hand source")); needs \(need.firstHand)")
        }
        if let needed = need.reliability, !(reliability.map { $0 <= needed } ?? false) {
            shortfalls.append(
                "best source reliability \(reliability?.rawValue ?? "not graded"); needs \(needed.rawValue) or better")
        }
        if let needed = need.credibility, !(credibility.map { $0 <= needed } ?? false) {
            shortfalls.append(
                "best credibility \(credibility.map { String($0.rawValue) } ?? "not graded"); needs \(needed.rawValue) or better")
        }
        let status: Status = sources.isEmpty ? .gap : shortfalls.isEmpty ? .meets : .insufficient
        return Corroboration(
            sources: sources.count, withdrawn: cited.count - sources.count, groups: groups, firstHandGroups: firstHand.count,
            bestReliability: reliability,
            bestCredibility: credibility, rule: rule, status: status,
            shortfall: status == .insufficient ? shortfalls.joined(separator: "; ") : nil)
    }

    private static func count(_ number: Int, _ noun: String) -> String {
        switch number {
        case 0: "no \(noun)"
        case 1: "one \(noun)"
        default: "\(number) \(noun)s"
        }
    }
}
