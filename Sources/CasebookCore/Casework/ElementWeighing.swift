import CasebookModel

/// Where the elements of the case stand against the standard the team works to, counted: how
/// many meet it, how many have sources that fall short, how many have none; and the two weak
/// spots a reviewing lawyer looks for first, an element resting on one independent source and one
/// resting on hearsay alone.
public struct ElementWeighing: Codable, Sendable, Equatable {
    public let rule: ProofRule
    public private(set) var meets = 0
    public private(set) var insufficient = 0
    public private(set) var gaps = 0
    /// Elements with no source that the team argues (`argue`): alleged by inference.
    public private(set) var inferred = 0
    /// Elements with sources, all from one independent group.
    public private(set) var singleGroup = 0
    /// Elements with sources, every counted one of them hearsay.
    public private(set) var hearsayOnly = 0
    /// Citations of passages their witness withdrew, shown and not counted.
    public private(set) var withdrawnCitations = 0

    /// Counts every element that must be proved (of the crimes and of the attributions' modes).
    public init(rule: ProofRule, elements: [ElementProof]) {
        self.rule = rule
        for element in elements {
            guard let weight = element.corroboration else { continue }
            withdrawnCitations += weight.withdrawn
            switch weight.status {
            case .gap:
                if element.argument != nil { inferred += 1 } else { gaps += 1 }
            case .insufficient: insufficient += 1
            case .meets: meets += 1
            }
            guard weight.status != .gap else { continue }
            if weight.groups.count == 1 { singleGroup += 1 }
            let counted = element.sources.filter(\.counts)
            if counted.allSatisfy({ $0.basis == "hearsay" }) { hearsayOnly += 1 }
        }
    }
}
