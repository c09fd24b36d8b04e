import CasebookModel
import CasebookStore

/// One element and the sources cited for it.
public struct ElementProof: Codable, Sendable, Equatable {
    public let key: String
    public let number: Int
    public let text: String
    public let citation: String
    public let isContextual: Bool
    public let sources: [CitedSource]
    /// What else the element needs besides sources (for context.attack: a linked, proved attack).
    public let unmet: [String]
    /// Records the element points to, such as the allegation persecution is connected with.
    public let related: [String]
    /// Why the element need not be proved, such as the result of an attempted crime; nil when it must be.
    public let notRequired: String?
    public var isGap: Bool { notRequired == nil && (!sources.contains(where: \.counts) || !unmet.isEmpty) }
    /// The standard of proof the sources are weighed against, and its threshold.
    public let rule: ProofRule
    public var standard: ProofStandard { rule.standard }
    /// How much the sources weigh against the standard; nil for an element that need not be proved.
    /// Weighed once, when the element is built: the matrix, its counts and every document read it.
    public let corroboration: Corroboration?
    /// The team's argument for the element (`argue`), such as the inference of knowledge from
    /// position, publicity and pattern; nil when none is recorded.
    public var argument: String? = nil
    /// No source says it, but the team argues it: alleged by inference, not missing.
    public var isInferred: Bool { isGap && argument != nil }

    enum CodingKeys: String, CodingKey {
        case key, number, text, citation, isContextual, sources, unmet, related, notRequired, isGap, corroboration, argument,
            isInferred
    }

    public init(
        key: String, number: Int, text: String, citation: String, isContextual: Bool, sources: [CitedSource],
        unmet: [String] = [], related: [String] = [], notRequired: String? = nil,
        rule: ProofRule = .standardDefault
    ) {
        self.rule = rule
        self.notRequired = notRequired
        self.key = key
        self.number = number
        self.text = text
        self.citation = citation
        self.isContextual = isContextual
        self.sources = sources
        self.unmet = unmet
        self.related = related
        self.corroboration = notRequired == nil ? Corroboration.assess(sources, against: rule) : nil
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            key: try c.decode(String.self, forKey: .key), number: try c.decode(Int.self, forKey: .number),
            text: try c.decode(String.self, forKey: .text), citation: try c.decode(String.self, forKey: .citation),
            isContextual: try c.decode(Bool.self, forKey: .isContextual),
            sources: try c.decode([CitedSource].self, forKey: .sources),
            unmet: try c.decodeIfPresent([String].self, forKey: .unmet) ?? [],
            related: try c.decodeIfPresent([String].self, forKey: .related) ?? [],
            notRequired: try c.decodeIfPresent(String.self, forKey: .notRequired),
            rule: try c.decodeIfPresent(Corroboration.self, forKey: .corroboration)?.rule ?? .standardDefault)
        argument = try c.decodeIfPresent(String.self, forKey: .argument)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(key, forKey: .key)
        try c.encode(number, forKey: .number)
        try c.encode(text, forKey: .text)
        try c.encode(citation, forKey: .citation)
        try c.encode(isContextual, forKey: .isContextual)
        try c.encode(sources, forKey: .sources)
        try c.encode(unmet, forKey: .unmet)
        try c.encode(related, forKey: .related)
        try c.encodeIfPresent(notRequired, forKey: .notRequired)
        try c.encode(isGap, forKey: .isGap)
        try c.encodeIfPresent(corroboration, forKey: .corroboration)
        try c.encodeIfPresent(argument, forKey: .argument)
        try c.encode(isInferred, forKey: .isInferred)
    }
}
