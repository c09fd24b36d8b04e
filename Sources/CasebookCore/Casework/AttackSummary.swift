import CasebookModel
import CasebookStore

/// The fields of an attack as typed; on update, nil leaves a field as it is.
public struct AttackInput: Sendable {
    public var title: String?
    public var period: String?
    public var population: String?
    public var policy: String?
    public var widespread: String?
    public var systematic: String?
    public var description: String?

    public init(
        title: String? = nil, period: String? = nil, population: String? = nil, policy: String? = nil,
        widespread: String? = nil, systematic: String? = nil, description: String? = nil
    ) {
        self.title = title
        self.period = period
        self.population = population
        self.policy = policy
        self.widespread = widespread
        self.systematic = systematic
        self.description = description
    }

    /// Whether no field was given at all.
    var isEmpty: Bool {
        [title, period, population, policy, widespread, systematic, description].allSatisfy { $0 == nil }
    }
}

/// A source to cite for one element of an attack.
public struct NewAttackCitation: Sendable {
    public var attack: RecordID
    public var source: RecordID
    public var element: String
    public var pinpoint: String?
    public var note: String?
    /// How the source knows it: first-hand, hearsay, documentary, expert or open-source.
    public var basis: String?
    /// How likely what is cited is to be true, 1 to 6.
    public var credibility: InformationCredibility?
    /// The words of the source relied on, short, quoted in documents.
    public var extract: String? = nil

    public init(
        attack: RecordID, source: RecordID, element: String, pinpoint: String? = nil, note: String? = nil, basis: String? = nil,
        credibility: InformationCredibility? = nil
    ) {
        self.basis = basis
        self.credibility = credibility
        self.attack = attack
        self.source = source
        self.element = element
        self.pinpoint = pinpoint
        self.note = note
    }
}

/// An attack as commands print it: its facts, each sub-element with its sources, and the
/// allegations linked to it.
public struct AttackSummary: Codable, Sendable, Equatable {
    public let id: RecordID
    public let title: String
    public let period: String?
    public let population: String?
    public let policy: String?
    public let widespread: String?
    public let systematic: String?
    public let description: String?
    public let elements: [ElementProof]
    public let allegations: [RecordID]
    /// Every sub-element has a source.
    public var isProved: Bool { elements.allSatisfy { !$0.isGap } }

    enum CodingKeys: String, CodingKey {
        case id, title, period, population, policy, widespread, systematic, description, elements, allegations, isProved
    }

    public init(
        id: RecordID, title: String, period: String?, population: String?, policy: String?, widespread: String?,
        systematic: String?, description: String?, elements: [ElementProof], allegations: [RecordID]
    ) {
        self.id = id
        self.title = title
        self.period = period
        self.population = population
        self.policy = policy
        self.widespread = widespread
        self.systematic = systematic
        self.description = description
        self.elements = elements
        self.allegations = allegations
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try c.decode(RecordID.self, forKey: .id), title: try c.decode(String.self, forKey: .title),
            period: try c.decodeIfPresent(String.self, forKey: .period),
            population: try c.decodeIfPresent(String.self, forKey: .population),
            policy: try c.decodeIfPresent(String.self, forKey: .policy),
            widespread: try c.decodeIfPresent(String.self, forKey: .widespread),
            systematic: try c.decodeIfPresent(String.self, forKey: .systematic),
            description: try c.decodeIfPresent(String.self, forKey: .description),
            elements: try c.decode([ElementProof].self, forKey: .elements),
            allegations: try c.decode([RecordID].self, forKey: .allegations))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(title, forKey: .title)
        try c.encodeIfPresent(period, forKey: .period)
        try c.encodeIfPresent(population, forKey: .population)
        try c.encodeIfPresent(policy, forKey: .policy)
        try c.encodeIfPresent(widespread, forKey: .widespread)
        try c.encodeIfPresent(systematic, forKey: .systematic)
        try c.encodeIfPresent(description, forKey: .description)
        try c.encode(elements, forKey: .elements)
        try c.encode(allegations, forKey: .allegations)
        try c.encode(isProved, forKey: .isProved)
    }
}

/// A citation for an attack as commands print it.
public struct AttackCitationSummary: Codable, Sendable, Equatable {
    public let attack: RecordID
    public let source: RecordID
    public let element: String
    public let pinpoint: String?
    public let note: String?
    /// How the source knows it: first-hand, hearsay, documentary, expert or open-source.
    public var basis: String? = nil
    /// How likely what is cited is to be true (1 to 6), and the source's reliability (A to F).
    public var credibility: InformationCredibility? = nil
    public var reliability: SourceReliability? = nil
}
