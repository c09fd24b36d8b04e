import CasebookModel
import CasebookStore

/// Which allegations the matrix should cover.
public struct MatrixFilter: Sendable {
    public var crime: String?
    public var actor: RecordID?
    /// The standard each element's sources are weighed against; nil for the case's own
    /// (`case set standard`), or reasonable grounds where the case set none.
    public var standard: ProofStandard?
    /// The independent sources each element needs, instead of the standard's threshold (1 or more).
    public var minimumSources: Int?

    public init(crime: String? = nil, actor: RecordID? = nil, standard: ProofStandard? = nil) {
        self.crime = crime
        self.actor = actor
        self.standard = standard
    }
}

extension AppDatabase {
    /// Builds the proof matrix from one consistent snapshot of the case.
    package func proofMatrix(_ filter: MatrixFilter = MatrixFilter()) throws -> ProofMatrix {
        let crimeKey = try filter.crime.map { try RomeStatute.crime($0).key }
        if let actor = filter.actor, actor.kind != .actor {
            throw RecordError.wrongKind(actor, expected: [.actor], role: .part("actor"))
        }
        if let minimum = filter.minimumSources, !(1...20).contains(minimum) {
            throw RecordError.invalidValue(
                field: "minimum number of independent sources", value: String(minimum), accepted: "give a number from 1 to 20")
        }
        return try readTransaction { tx in
            if let actor = filter.actor { try tx.requireExists(actor, kind: .actor) }
            let allegations = try tx.allegations(crimeKey: crimeKey, attributedTo: filter.actor?.number)
            var context = try MatrixContext(tx)
            context.rule = try Self.proofRule(filter.standard, in: tx)
            if let minimum = filter.minimumSources {
                var threshold = context.rule.threshold
                threshold.groups = minimum
                threshold.firstHand = min(threshold.firstHand, minimum)
                context.rule = ProofRule(context.rule.standard, threshold: threshold)
            }
            return ProofMatrix(
                allegations: try allegations.map { try Self.proof(of: $0, context: context) }, actor: filter.actor,
                rule: context.rule)
        }
    }

    static func proof(of allegation: AllegationRecord, context: MatrixContext) throws -> AllegationProof {
        let id = allegation.id ?? 0
        let crime = try RomeStatute.crime(allegation.crimeKey)
        let incident = context.incidents[allegation.incidentId]
        let citations = context.citations[id] ?? []
        let cited = { (citation: CitationRecord) in
            CitedSource(
                source: citation.source, labels: context.labels, pinpoint: citation.pinpoint, note: citation.note,
                basis: citation.basis, credibility: citation.credibility, extract: citation.extract)
        }
        let attack = allegation.attackId.flatMap { context.attacks[$0] }
        let attributionRows = context.attributions[id] ?? []
        // The crime's own knowledge element is the perpetrator's: a source cited for an actor's
        // context.knowledge proves it only where that actor is alleged to be a perpetrator
        // (art. 25(3)(a)). A superior's knowledge (art. 28) is of the subordinates' crimes.
        let perpetrators = Set(
            attributionRows.filter { ModeOfLiability(rawValue: $0.mode)?.isPerpetration == true }.map(\.actorId))
        let unfulfilled = allegation.attempted ? AttemptElement.unfulfilledByAttempt(crime) : []
        var elements = crime.elements.map { element in
            let sources = citations.filter { citation in
                guard citation.elementKey == element.key else { return false }
                guard element.key == ContextualElement.knowledge.key, let actor = citation.actorId else { return true }
                return perpetrators.contains(actor)
            }.map(cited)
            var unmet: [String] = []
            if element.key == ContextualElement.attack.key {
                if let attack {
                    if !attack.unprovedElements.isEmpty {
                        unmet.append(
                            "\(attack.id) is not proved yet: \(attack.unprovedElements.joined(separator: ", "))"
                        )
                    }
                    if !sources.contains(where: \.counts) {
                        unmet.append("no source shows this conduct was part of \(attack.id) (the nexus)")
                    }
                } else {
                    unmet.append("no attack linked: the allegation is not yet linked to the attack it is part of")
                }
            }
            var related: [String] = []
            if element.key == "persecution.4", let connected = allegation.connectedAllegationId {
                let crimeName = context.allegationCrimes[connected].flatMap { try? RomeStatute.crime($0).name } ?? "?"
                related.append(
                    connected == id
                        ? "connected with its own acts (AL-\(connected), \(crimeName))"
                        : "connected with AL-\(connected) (\(crimeName))")
            }
            let notRequired =
                !element.isContextual && unfulfilled.contains(element.number)
                ? AttemptElement.replacedReason
                : nil
            return ElementProof(
                key: element.key, number: element.number, text: element.text, citation: element.citation,
                isContextual: element.isContextual, sources: sources, unmet: unmet, related: related, notRequired: notRequired,
                rule: context.rule)
        }
        if allegation.attempted {
            for attempt in AttemptElement.allCases {
                elements.append(
                    ElementProof(
                        key: attempt.key, number: elements.count + 1, text: attempt.text, citation: attempt.citation,
                        isContextual: false, sources: citations.filter { $0.elementKey == attempt.key }.map(cited),
                        rule: context.rule))
            }
        }
        for index in elements.indices {
            elements[index].argument = context.arguments[ArgumentKey(allegation: id, element: elements[index].key)]
        }
        let general = citations.filter { $0.elementKey == nil && $0.actorId == nil }.map(cited)
        var actorOrder: [Int64] = []
        for row in attributionRows where !actorOrder.contains(row.actorId) { actorOrder.append(row.actorId) }
        let attributions = actorOrder.map { actorID in
            let modes = attributionRows.filter { $0.actorId == actorID }.compactMap { ModeOfLiability(rawValue: $0.mode) }
            let actorCitations = citations.filter { $0.actorId == actorID }
            return AttributionProof(
                actor: RecordID(.actor, actorID), actorName: context.actors[actorID]?.name ?? "?",
                modes: modes, linkageSources: actorCitations.map(cited),
                actorKind: context.actors[actorID]?.kind ?? "person",
                elements: Self.liabilityElements(
                    modes: modes, actor: RecordID(.actor, actorID), citations: actorCitations, cited: cited,
                    rule: context.rule
                ).map { element in
                    var argued = element
                    argued.argument = context.arguments[ArgumentKey(allegation: id, actor: actorID, element: element.key)]
                    return argued
                },
                abandonment: allegation.attempted ? context.abandonments[id]?[actorID] : nil,
                cautions: Self.modeCautions(modes, actor: RecordID(.actor, actorID)))
        }
        return AllegationProof(
            id: RecordID(.allegation, id), incident: RecordID(.incident, allegation.incidentId),
            incidentTitle: incident?.title ?? "?", incidentDate: incident?.date ?? "", crime: crime.key,
            crimeName: crime.name, article: crime.article, elements: elements, generalSources: general,
            attributions: attributions, details: Self.details(of: allegation), attack: attack,
            cautions: Self.cautions(crime: crime, attack: attack))
    }
}

/// Everything the matrix cites, read in a handful of queries and grouped by allegation, instead
/// of several queries per allegation: a case with 100,000 citations builds in one pass.
struct MatrixContext {
    let incidents: [Int64: (title: String, date: String)]
    let citations: [Int64: [CitationRecord]]
    let attributions: [Int64: [AttributionRecord]]
    let actors: [Int64: (name: String, kind: String)]
    let attacks: [Int64: AttackLink]
    /// Every allegation's crime key, for naming the allegation persecution is connected with.
    let allegationCrimes: [Int64: String]
    /// Each allegation's abandonment notes, by actor (art. 25(3)(f)).
    let abandonments: [Int64: [Int64: String]]
    let labels: SourceLabels
    /// The team's argument in force for each element that has one.
    let arguments: [ArgumentKey: String]
    /// The standard the elements are weighed against, with its threshold.
    var rule = ProofRule.standardDefault

    init(_ tx: StoreTransaction) throws {
        var incidents: [Int64: (title: String, date: String)] = [:]
        for row in try tx.incidentTitles() { incidents[row.id] = (row.title, row.date) }
        self.incidents = incidents
        citations = Dictionary(grouping: try tx.fetchAll(CitationRecord.self), by: \.allegationId)
        attributions = Dictionary(grouping: try tx.fetchAll(AttributionRecord.self), by: \.allegationId)
        var actors: [Int64: (name: String, kind: String)] = [:]
        for row in try tx.actorNames() { actors[row.id] = (row.name, row.kind) }
        self.actors = actors
        let labels = try SourceLabels(tx)
        self.labels = labels
        let attackCitations = Dictionary(grouping: try tx.fetchAll(AttackCitationRecord.self), by: \.attackId)
        var attacks: [Int64: AttackLink] = [:]
        for record in try tx.fetchAll(AttackRecord.self) {
            guard let id = record.id else { continue }
            let proved = Set(
                (attackCitations[id] ?? []).filter { labels.retraction(of: $0.source, at: $0.pinpoint) == nil }.map(\.elementKey))
            attacks[id] = AttackLink(
                id: RecordID(.attack, id), title: record.title, periodStart: record.periodStart,
                unprovedElements: AttackElement.allCases.map(\.key).filter { !proved.contains($0) })
        }
        self.attacks = attacks
        var crimes: [Int64: String] = [:]
        for row in try tx.allegationCrimeKeys() { crimes[row.id] = row.crimeKey }
        allegationCrimes = crimes
        var abandonments: [Int64: [Int64: String]] = [:]
        for record in try tx.fetchAll(AbandonmentRecord.self) {
            abandonments[record.allegationId, default: [:]][record.actorId] = record.note
        }
        self.abandonments = abandonments
        arguments = ArgumentKey.current(try tx.elementArguments())
    }
}
