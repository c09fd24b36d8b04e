import CasebookModel
import CasebookStore
import Foundation

/// A source to cite for an allegation: for one element, as linkage evidence for an actor, or both.
public struct NewCitation: Sendable {
    public var allegation: RecordID
    public var source: RecordID
    public var element: String?
    public var actor: RecordID?
    public var pinpoint: String?
    public var note: String?
    /// How the source knows it: first-hand, hearsay, documentary, expert or open-source.
    public var basis: String?
    /// How likely what is cited is to be true, 1 to 6; graded apart from the source's reliability.
    public var credibility: InformationCredibility? = nil
    /// The words of the source relied on, short (at most 1,000 characters), quoted in documents.
    public var extract: String? = nil

    public init(
        allegation: RecordID, source: RecordID, element: String? = nil, actor: RecordID? = nil,
        pinpoint: String? = nil, note: String? = nil, basis: String? = nil, credibility: InformationCredibility? = nil
    ) {
        self.basis = basis
        self.credibility = credibility
        self.allegation = allegation
        self.source = source
        self.element = element
        self.actor = actor
        self.pinpoint = pinpoint
        self.note = note
    }
}

/// A citation as commands print it.
public struct CitationSummary: Codable, Sendable, Equatable {
    public let allegation: RecordID
    public let source: RecordID
    public let element: String?
    public let actor: RecordID?
    public let pinpoint: String?
    public let note: String?
    /// How the source knows it: first-hand, hearsay, documentary, expert or open-source.
    public var basis: String? = nil
    /// How likely what is cited is to be true, 1 to 6.
    public var credibility: InformationCredibility? = nil
    /// The words of the source relied on.
    public var extract: String? = nil
    /// The cited source's reliability grade, A to F, as it stood when cited.
    public var reliability: SourceReliability? = nil
    /// Cautions about what this citation proves.
    public var cautions: [String]? = nil
}

/// The basis of a source's knowledge (design §4): how it knows what it says.
enum SourceBasis: String, CaseIterable, Sendable, Codable {
    case firstHand = "first-hand"
    case hearsay
    case documentary
    case expert
    case openSource = "open-source"

    /// The basis typed, or nil for none; anything else is refused with the list.
    static func parse(_ text: String?) throws -> String? {
        guard let given = text.flatMap(Validate.optional) else { return nil }
        let typed = given.lowercased().replacingOccurrences(of: "_", with: "-").replacingOccurrences(of: " ", with: "-")
        guard let basis = SourceBasis(rawValue: typed) else {
            let keys = allCases.map(\.rawValue)
            let squeezed = typed.filter { $0 != "-" }
            let nearest =
                keys.first { $0.filter { $0 != "-" } == squeezed } ?? Suggestions.closest(to: typed, among: keys).first
            throw RecordError.invalidValue(
                field: "basis of knowledge", value: given,
                accepted: (nearest.map { "did you mean \($0)? " } ?? "") + "write \(keys.joined(separator: ", "))")
        }
        return basis.rawValue
    }
}

/// The one-step path from a source to an incident, a crime and an actor.
public struct LinkRequest: Sendable {
    public var source: RecordID
    public var incident: RecordID
    public var crime: String
    public var actor: RecordID?
    public var mode: String?
    public var element: String?
    public var pinpoint: String?
    public var note: String?
    /// How the source knows it, and how likely what is cited is to be true (as `cite` takes them).
    public var basis: String? = nil
    public var credibility: InformationCredibility? = nil
    /// The words of the source relied on (as `cite --extract` takes them).
    public var extract: String? = nil

    public init(
        source: RecordID, incident: RecordID, crime: String, actor: RecordID? = nil, mode: String? = nil,
        element: String? = nil, pinpoint: String? = nil, note: String? = nil
    ) {
        self.source = source
        self.incident = incident
        self.crime = crime
        self.actor = actor
        self.mode = mode
        self.element = element
        self.pinpoint = pinpoint
        self.note = note
    }
}

/// What `link` found and what it created.
public struct LinkResult: Codable, Sendable, Equatable {
    public let allegation: RecordID
    public let allegationCreated: Bool
    public let attributionCreated: Bool
    public let citation: CitationSummary
    /// Legal cautions about the attribution, such as an institution named as the actor.
    public let cautions: [String]
}

extension AppDatabase {
    /// Cites a source for an allegation after checking that every id exists and the element
    /// belongs to the allegation's crime.
    package func cite(_ input: NewCitation) throws -> CitationSummary {
        guard input.allegation.kind == .allegation else {
            throw RecordError.wrongKind(input.allegation, expected: [.allegation], role: .part("allegation"))
        }
        try Self.checkSourceKind(input.source)
        if let actor = input.actor, actor.kind != .actor {
            throw RecordError.wrongKind(actor, expected: [.actor], role: .part("actor"))
        }
        return try writeTransaction { tx in
            guard let allegation = try tx.fetchOne(AllegationRecord.self, key: input.allegation.number) else {
                throw RecordError.notFound(input.allegation)
            }
            let crime = try RomeStatute.crime(allegation.crimeKey)
            if let actor = input.actor {
                try tx.requireExists(actor, kind: .actor)
                let attributed = try tx.attributionExists(allegation: input.allegation.number, actor: actor.number)
                guard attributed else { throw RecordError.actorNotAttributed(actor: actor, allegation: input.allegation) }
            }
            return try Self.insertCitation(input, crime: crime, in: tx)
        }
    }

    /// Creates whatever is missing of allegation, attribution and citation, all in one transaction.
    package func link(_ request: LinkRequest) throws -> LinkResult {
        try Self.checkSourceKind(request.source)
        guard request.incident.kind == .incident else {
            throw RecordError.wrongKind(request.incident, expected: [.incident], role: .part("incident"))
        }
        let crime = try RomeStatute.crime(request.crime)
        var mode: ModeOfLiability?
        switch (request.actor, request.mode) {
        case (nil, nil): break
        case (let actor?, let modeKey?):
            guard actor.kind == .actor else { throw RecordError.wrongKind(actor, expected: [.actor], role: .part("actor")) }
            mode = try RomeStatute.mode(modeKey)
        default: throw RecordError.valuesTogether("actor", "mode of liability")
        }
        if let element = request.element, !Self.isLiabilityElement(element), !Self.isAttemptElement(element) {
            _ = try RomeStatute.element(element, of: crime)
        }
        return try writeTransaction { tx in
            let (allegationNumber, allegationCreated) = try Self.findOrCreateAllegation(
                incident: request.incident, crime: crime, in: tx)
            let allegation = RecordID(.allegation, allegationNumber)
            var attributionCreated = false
            if let actor = request.actor, let mode {
                attributionCreated = try Self.findOrCreateAttribution(allegation: allegation, actor: actor, mode: mode, in: tx)
            }
            var new = NewCitation(
                allegation: allegation, source: request.source, element: request.element, actor: request.actor,
                pinpoint: request.pinpoint, note: request.note, basis: request.basis, credibility: request.credibility)
            new.extract = request.extract
            let citation = try Self.insertCitation(new, crime: crime, in: tx)
            var cautions: [String] = []
            if attributionCreated, let actor = request.actor, let mode {
                cautions = try Self.attributionSummary(allegation: allegation, actor: actor, mode: mode, in: tx).cautions
            }
            return LinkResult(
                allegation: allegation, allegationCreated: allegationCreated, attributionCreated: attributionCreated,
                citation: citation, cautions: cautions)
        }
    }

    static func checkSourceKind(_ source: RecordID) throws {
        guard source.kind == .testimony || source.kind == .evidence else {
            throw RecordError.wrongKind(source, expected: [.testimony, .evidence], role: .part("source"))
        }
    }

    /// Whether `key` names an element of an attempt (art. 25(3)(f)).
    static func isAttemptElement(_ key: String) -> Bool {
        AttemptElement(rawValue: key.trimmingCharacters(in: .whitespaces).lowercased()) != nil
    }

    /// Whether `key` names an element of a mode of liability rather than of a crime.
    static func isLiabilityElement(_ key: String) -> Bool {
        RomeStatute.liabilityElementKeys.contains(key.trimmingCharacters(in: .whitespaces).lowercased())
    }

    /// The element key to store: a crime element of `crime`, or an element of a mode the
    /// cited actor is attributed under for this allegation.
    static func checkedElement(_ key: String, input: NewCitation, crime: CrimeCategory, in tx: StoreTransaction) throws -> String {
        let trimmed = key.trimmingCharacters(in: .whitespaces).lowercased()
        if isAttemptElement(trimmed) {
            let attempted = try tx.allegationAttempted(input.allegation.number)
            guard attempted else {
                throw AllegationError.attemptElementNeedsAttempt(element: trimmed, allegation: input.allegation)
            }
            return trimmed
        }
        if trimmed == ContextualElement.knowledge.key, let actor = input.actor {
            // Art. 28: the superior's knowledge is of the subordinates' crimes, proved with the
            // mode's own knowledge element; the crime's knowledge element is the perpetrators'.
            let modes = try tx.attributionModes(allegation: input.allegation.number, actor: actor.number).compactMap(
                ModeOfLiability.init(rawValue:))
            if !modes.isEmpty, !modes.contains(where: \.needsPersonalKnowledgeOfAttack) {
                throw AllegationError.knowledgeOfSuperior(actor: actor, allegation: input.allegation, modes: modes.map(\.key))
            }
        }
        guard isLiabilityElement(trimmed) else {
            if crime.element(trimmed) == nil, let mode = ModeOfLiability(rawValue: String(trimmed.prefix { $0 != "." })) {
                // A mistyped element of a mode of liability: suggest from that mode's elements.
                throw LawError.unknownElement(
                    key, suggestions: Suggestions.closest(to: trimmed, among: mode.elements.map(\.key)))
            }
            return try RomeStatute.element(key, of: crime).key
        }
        guard let actor = input.actor else { throw LawError.liabilityElementNeedsActor(trimmed) }
        let modes = try tx.attributionModes(allegation: input.allegation.number, actor: actor.number).compactMap(
            ModeOfLiability.init(rawValue:))
        let valid = modes.flatMap { $0.elements.map(\.key) }
        guard valid.contains(trimmed) else {
            throw LawError.liabilityElementOfOtherMode(trimmed, actor: actor.description, valid: valid)
        }
        return trimmed
    }

    static func insertCitation(_ input: NewCitation, crime: CrimeCategory, in tx: StoreTransaction) throws -> CitationSummary {
        let element = try input.element.map { try checkedElement($0, input: input, crime: crime, in: tx) }
        try tx.requireExists(input.source, kind: input.source.kind == .testimony ? .testimony : .evidence)
        let pinpoint = Validate.optional(input.pinpoint)
        let basis = try SourceBasis.parse(input.basis)
        var record = CitationRecord(
            allegationId: input.allegation.number,
            testimonyId: input.source.kind == .testimony ? input.source.number : nil,
            evidenceId: input.source.kind == .evidence ? input.source.number : nil,
            elementKey: element, actorId: input.actor?.number, pinpoint: pinpoint, note: Validate.optional(input.note),
            createdAt: timestampNow(), basis: basis)
        record.credibility = input.credibility?.rawValue
        record.extract = try Self.extract(input.extract)
        let duplicate = try tx.citations(allegation: record.allegationId, citing: input.source)
            .contains { $0.elementKey == element && $0.actorId == record.actorId && $0.pinpoint == pinpoint }
        if duplicate { throw RecordError.duplicateCitation(allegation: input.allegation, source: input.source, element: element) }
        try tx.insert(&record)
        var summary = CitationSummary(
            allegation: input.allegation, source: input.source, element: element, actor: input.actor, pinpoint: pinpoint,
            note: record.note, basis: basis, credibility: input.credibility)
        summary.extract = record.extract
        summary.reliability = try sourceReliability(input.source, in: tx)
        return summary
    }

    /// The longest extract: a quotation, not the source itself.
    static let longestExtract = 1000

    /// An extract checked: trimmed, nil when blank, refused when longer than a quotation.
    static func extract(_ text: String?) throws -> String? {
        guard let extract = Validate.optional(text) else { return nil }
        guard extract.count <= longestExtract else {
            throw RecordError.invalidValue(
                field: "extract", value: String(extract.prefix(40)) + "…",
                accepted:
                    "an extract is the source's own words, short: at most \(longestExtract) characters (this one has \(extract.count)); quote the decisive sentence and give the passage as the pinpoint"
            )
        }
        return extract
    }

    /// The reliability grade of a testimony or evidence item, when it has one.
    static func sourceReliability(_ source: RecordID, in tx: StoreTransaction) throws -> SourceReliability? {
        let grade =
            source.kind == .testimony
            ? try tx.fetchOne(TestimonyRecord.self, key: source.number)?.reliabilityGrade
            : try tx.fetchOne(EvidenceItemRecord.self, key: source.number)?.reliabilityGrade
        return grade.flatMap(SourceReliability.init(rawValue:))
    }
}
