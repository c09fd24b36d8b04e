import CasebookModel
import CasebookStore

/// For each allegation, what must be proved and what proves it: the heart of case building.
///
/// A lawyer reads it element by element. Every element with no source, and every
/// attribution with no linkage source, is a gap: the matrix makes gaps impossible to miss.
public struct ProofMatrix: Codable, Sendable, Equatable {
    public let allegations: [AllegationProof]
    /// The actor the matrix was asked for (`matrix --actor`): only that actor's attributions count
    /// towards the gaps, so another actor's missing proof does not fail `--strict` for this one.
    public let actor: RecordID?
    /// The standard and threshold the elements were weighed against.
    public let rule: ProofRule

    /// Every unproved element and every attribution without linkage evidence (of `actor` only, if set).
    public var gapCount: Int { allegations.reduce(0) { $0 + $1.gapCount(for: actor) } }

    /// Unproved elements of the modes of liability, and of each actor's own knowledge of the attack
    /// (of `actor` only, if set).
    public var liabilityGapCount: Int { allegations.reduce(0) { $0 + $1.liabilityGapCount(for: actor) } }

    /// Whether any element that must be proved (of the crimes, and of the attributions of `actor`
    /// only, if set) falls short of the standard its sources were weighed against.
    public var hasElementsShortOfTheStandard: Bool {
        allegations.contains { allegation in
            let elements = allegation.elements + allegation.attributions(of: actor).flatMap(\.elements)
            return elements.contains { $0.corroboration.map { $0.status != .meets } ?? false }
        }
    }

    public init(allegations: [AllegationProof], actor: RecordID? = nil, rule: ProofRule = .standardDefault) {
        self.allegations = allegations
        self.actor = actor
        self.rule = rule
    }

    enum CodingKeys: String, CodingKey {
        case allegations, actor, gapCount, liabilityGapCount, rule, weighing
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        allegations = try c.decode([AllegationProof].self, forKey: .allegations)
        actor = try c.decodeIfPresent(RecordID.self, forKey: .actor)
        rule = try c.decodeIfPresent(ProofRule.self, forKey: .rule) ?? .standardDefault
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(allegations, forKey: .allegations)
        try c.encodeIfPresent(actor, forKey: .actor)
        try c.encode(gapCount, forKey: .gapCount)
        try c.encode(liabilityGapCount, forKey: .liabilityGapCount)
        try c.encode(rule, forKey: .rule)
        try c.encode(weighing, forKey: .weighing)
    }
}

/// One allegation with its elements, attributions and the sources for each.
public struct AllegationProof: Codable, Sendable, Equatable {
    public let id: RecordID
    public let incident: RecordID
    public let incidentTitle: String
    public let incidentDate: String
    public let crime: String
    public let crimeName: String
    public let article: String
    public let elements: [ElementProof]
    /// Sources cited for the allegation as a whole, not for one element.
    public let generalSources: [CitedSource]
    public let attributions: [AttributionProof]
    /// The details the crime needs: attack, attempt, destination, limb, persecution grounds.
    public let details: AllegationDetails
    /// The attack the conduct is alleged to be part of, with the state of its proof.
    public let attack: AttackLink?
    /// Points of law the case must answer before filing, such as footnote 24 for enforced disappearance.
    public let cautions: [String]

    /// Unproved elements plus attributions without linkage evidence.
    public var gapCount: Int { gapCount(for: nil) }

    /// Unproved elements of the attributions' modes and of each actor's knowledge.
    public var liabilityGapCount: Int { liabilityGapCount(for: nil) }

    /// Unproved elements plus attributions without linkage evidence, counting only `actor`'s
    /// attributions when an actor is given.
    public func gapCount(for actor: RecordID?) -> Int {
        elements.filter(\.isGap).count + attributions(of: actor).filter(\.isGap).count
    }

    /// Unproved elements of the modes and knowledge of every attributed actor, or of `actor` only.
    public func liabilityGapCount(for actor: RecordID?) -> Int {
        attributions(of: actor).reduce(0) { $0 + $1.elements.filter(\.isGap).count }
    }

    func attributions(of actor: RecordID?) -> [AttributionProof] {
        guard let actor else { return attributions }
        return attributions.filter { $0.actor == actor }
    }
}

/// The attack an allegation is linked to, as the matrix reports it.
public struct AttackLink: Codable, Sendable, Equatable {
    public let id: RecordID
    public let title: String
    /// The first day of the attack's period, if recorded.
    public let periodStart: String?
    /// The attack's sub-elements that have no source yet.
    public let unprovedElements: [String]
}

/// An actor's attribution to an allegation, by every mode alleged, with linkage sources.
public struct AttributionProof: Codable, Sendable, Equatable {
    public let actor: RecordID
    public let actorName: String
    public let modes: [ModeOfLiability]
    public let linkageSources: [CitedSource]
    /// Whether the actor is a person or an institution (the Court tries natural persons only).
    public let actorKind: String
    /// Each mode's elements, then the actor's own knowledge of the attack where the mode needs it.
    public let elements: [ElementProof]
    /// How this actor abandoned the attempt, if recorded (art. 25(3)(f)): personal to the actor.
    public var abandonment: String? = nil
    /// Cautions about this attribution, such as art. 28(a) and (b) alleged together.
    public var cautions: [String] = []
    /// No linkage evidence at all: counted in `gapCount`.
    public var isGap: Bool { !linkageSources.contains(where: \.counts) }
    /// Some element of the modes or of the actor's knowledge has no source: counted in `liabilityGapCount`.
    public var hasElementGaps: Bool { elements.contains(where: \.isGap) }
}

extension ProofMatrix {
    /// The elements of the crimes and of the attributions (of `actor` only, if set), weighed.
    public var weighing: ElementWeighing {
        ElementWeighing(
            rule: rule,
            elements: allegations.flatMap { $0.elements + $0.attributions(of: actor).flatMap(\.elements) })
    }
}
