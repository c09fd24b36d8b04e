import CasebookModel
import CasebookProtection
import CasebookStore
import Foundation

extension Case {
    /// Builds the dossier's content from one reading of the case: the proof matrix (elements and
    /// their sources), the incidents, actors, attacks, evidence and custody log, with the consent
    /// function deciding which testimonies may be cited in ICC material.
    public func dossier(_ request: DossierRequest) throws -> Dossier {
        let crime = try request.crime.map { try RomeStatute.crime($0) }
        let span = try Self.period(from: request.from, to: request.to)
        var actorName: String?
        if let actor = request.actor {
            guard actor.kind == .actor else { throw RecordError.wrongKind(actor, expected: [.actor], role: .part("actor")) }
            actorName = try database.actor(actor).name
        }
        let status = try database.status()
        guard status.allegations > 0 else { throw DossierError.noAllegations }

        let incidents = Dictionary(uniqueKeysWithValues: try database.incidents().map { ($0.id, $0) })
        let matrix = try database.proofMatrix(MatrixFilter(crime: crime?.key, actor: request.actor))
        let allegations = matrix.allegations.filter { proof in
            guard let span, let incident = incidents[proof.incident] else { return true }
            return incident.latest >= span.start && incident.earliest <= span.end
        }
        let scope = request.scopeDescription(actorName: actorName, crimeName: crime?.name)
        guard !allegations.isEmpty else { throw DossierError.nothingMatches(scope ?? "the whole case.") }

        let actors = try database.actors()
        let attacks = try database.attacks().filter { attack in allegations.contains { $0.attack?.id == attack.id } }
        // An incident outside its attack's period is not counted in that attack.
        let outsideTheirAttack = Set(try database.attackPeriodMismatches().map(\.allegation))
        let sources = DossierSources(
            testimonies: try database.testimonies(), evidence: try evidenceItems(),
            decision: try consentForICC(allegations: allegations, attacks: attacks),
            contactable: Set(try database.witnesses().filter { $0.consent.contains(.iccContact) }.map(\.id)))

        let facts = try caseFacts()
        let custody = try custodyLog()
        let head = custody.last { !Self.documentActions.contains($0.action) }
        // The last intact check on or before the dossier's date: a later check (such as the one each
        // write makes) does not change a dossier dated earlier, so the same --as-of gives the same bytes.
        let lastVerified = custody.last { $0.action == CustodyAction.verified.rawValue && $0.time.prefix(10) <= request.asOf }
            .map { String($0.time.prefix(10)) }
        // Each incident's crimes, gathered once (not by a scan of every allegation per incident).
        let crimesByIncident = Dictionary(grouping: allegations, by: \.incident).mapValues { $0.map(\.crimeName) }
        let selectedIncidents = Self.unique(allegations.map(\.incident)).sorted(by: Self.ordered).compactMap { incidents[$0] }

        let crimes = DossierCrimeBuilder(sources: sources, incidents: incidents).crimes(allegations)
        let perpetrators = DossierPerpetratorBuilder(sources: sources, actors: actors, only: request.actor)
            .perpetrators(allegations)
        let statistics = AttackStatistics(allegations: allegations, incidents: incidents)
        // The attack's scale counts only the allegations linked to it whose incident falls within its period.
        let inTheirAttack = allegations.filter { $0.attack != nil && !outsideTheirAttack.contains($0.id) }
        let attackStatistics = AttackStatistics(allegations: inTheirAttack, incidents: incidents)
        let attackSections = attacks.map { attack in
            DossierAttack(
                id: attack.id, title: attack.title, period: attack.period, population: attack.population,
                policy: attack.policy, widespread: attack.widespread, systematic: attack.systematic,
                description: attack.description,
                elements: attack.elements.map { sources.element($0, gaps: $0.isGap ? [attack.id] : [], incidents: []) })
        }
        let statement = DossierFactsBuilder(
            sources: sources, incidents: incidents, actors: Dictionary(uniqueKeysWithValues: actors.map { ($0.id, $0) }),
            attacks: attacks, outsideTheirAttack: outsideTheirAttack, patterns: statistics.patterns
        ).facts(allegations)
        let allCited = Set(
            Dossier.citations(attacks: attackSections, crimes: crimes, perpetrators: perpetrators).flatMap(\.sources)
                + statement.groups.flatMap { $0.incidents.flatMap { $0.sources.flatMap(\.sources) } })

        // Gravity is counted on the route the dossier asks for: by default the incidents the
        // Prosecutor could take up on her own initiative, when any qualifies.
        let findings = try database.jurisdiction(of: selectedIncidents.map(\.id)).incidents
        let reachable = Set(findings.filter { DossierScope.proprioMotuRoutes.contains($0.route) }.map(\.incident))
        let gravityScope = request.scope ?? (reachable.isEmpty ? .all : .proprioMotu)
        if gravityScope == .proprioMotu, reachable.isEmpty { throw DossierError.noIncidentProprioMotu(scope ?? "the whole case.") }
        let counted = { (incident: RecordID) in gravityScope == .all || reachable.contains(incident.description) }
        let gravityAllegations = allegations.filter { counted($0.incident) }
        // A dossier limited to an actor, a crime or a period counts only the interviews and items its
        // allegations rest on; the whole case's dossier counts everything the case holds.
        let limited = request.actor != nil || request.crime != nil || request.from != nil || request.to != nil
        let interviews = sources.testimonies.values.filter { !limited || sources.used.contains($0.id) }
        let items = sources.evidence.values.filter { !limited || sources.used.contains($0.id) }
        var admissibility = Self.admissibility(
            facts: facts, statistics: AttackStatistics(allegations: gravityAllegations, incidents: incidents),
            crimes: crimes.compactMap { crime in
                let kept = crime.allegations.filter { counted($0.incident) }
                return kept.isEmpty
                    ? nil
                    : DossierCrime(
                        key: crime.key, name: crime.name, article: crime.article, elementsHeading: crime.elementsHeading,
                        allegations: kept, elements: crime.elements)
            },
            perpetrators: perpetrators.filter { $0.attributions.contains { counted($0.incident) } },
            incidents: selectedIncidents.filter { counted($0.id) }, allegations: gravityAllegations)
        admissibility.scope = gravityScope
        admissibility.outsideScope = selectedIncidents.filter { !counted($0.id) }.compactMap { incident in
            findings.first { $0.incident == incident.id.description }.map {
                IncidentRoute(incident: incident.id, title: incident.title, date: incident.date, route: $0.route)
            }
        }
        admissibility.states = Self.statesWithJurisdiction(
            incidents: selectedIncidents, allegations: allegations,
            nationality: Dictionary(uniqueKeysWithValues: actors.map { ($0.id, $0.nationality) }))
        var annexes = DossierAnnexes(
            evidence: sources.evidenceIndex(cited: allCited, custody: custody),
            witnesses: sources.witnessIndex(cited: allCited),
            incidents: selectedIncidents.map { incident in
                DossierAllegationIncident(
                    id: incident.id, title: incident.title, date: incident.date, place: incident.place,
                    country: incident.country, victims: incident.victims, victimsEstimated: incident.victimsEstimated,
                    crimes: Self.unique(crimesByIncident[incident.id] ?? []))
            },
            crimeGlossary: Self.unique(allegations.map(\.crime)).compactMap { try? RomeStatute.crime($0) }
                .map { GlossaryEntry(key: $0.key, name: $0.name, article: $0.article) },
            modeGlossary: Self.unique(allegations.flatMap { $0.attributions.flatMap(\.modes) })
                .map { GlossaryEntry(key: $0.key, name: $0.name, article: $0.article) })
        annexes.testimonies = sources.testimonyIndex(
            cited: allCited, bases: Self.bases(allegations: allegations, attacks: attacks))
        var terms = DossierTerms()
        terms.leadOnly = annexes.testimonies.filter(\.leadOnly).count
        terms.evidence = annexes.testimonies.count - terms.leadOnly
        terms.contactable = Set(annexes.testimonies.filter(\.contact).map(\.witness)).count
        terms.contactChannel = facts.contactChannel
        terms.senderContact = facts.contact != nil
        terms.victimsViews = facts.victimsViews
        var dossier = Dossier(
            cover: DossierCover(
                title: facts.title, organization: facts.organization, organizationDescription: facts.organizationDescription,
                contact: facts.contact, situation: facts.situation, period: facts.period, date: request.asOf,
                version: head.map { "custody log event \($0.sequence), \(String($0.hash.prefix(16)))" } ?? "no custody events yet",
                confidentiality: facts.confidentiality, scope: scope, unverifiedWarning: nil),
            summary: Self.summary(allegations, incidents: selectedIncidents, crimes: crimes, actors: perpetrators.count),
            methodology: DossierMethodology(
                testimonies: interviews.count, witnesses: Set(interviews.map(\.witness)).count,
                interviewsByYear: Self.counts(interviews.map { String($0.date.prefix(4)) })
                    .sorted { $0.key < $1.key }.map { YearCount(year: $0.key, count: $0.count) },
                evidenceByKind: Self.counts(items.map { $0.kind ?? "unspecified" })
                    .map { KindCount(kind: $0.key, count: $0.count) },
                evidenceItems: items.count, custodyHeadSequence: head?.sequence ?? 0, custodyHeadHash: head?.hash,
                lastVerified: lastVerified,
                weighing: ElementWeighing(
                    rule: matrix.rule,
                    elements: allegations.flatMap { $0.elements + $0.attributions(of: request.actor).flatMap(\.elements) }
                        + attacks.flatMap(\.elements))),
            jurisdiction: findings, facts: statement,
            context: DossierContext(
                attacks: attackSections, statistics: attackStatistics, linkedAllegations: inTheirAttack.map(\.id),
                unlinkedAllegations: allegations.filter { $0.attack == nil }.map(\.id),
                outsideAttackPeriod: allegations.filter { outsideTheirAttack.contains($0.id) }.map(\.id)),
            crimes: crimes, perpetrators: perpetrators,
            admissibility: admissibility,
            // One count of witnesses throughout: those whose interviews the case holds, as the methodology counts them.
            protection: sources.protection(witnesses: Set(interviews.map(\.witness)).count, cited: allCited),
            requests: facts.requests,
            annexes: annexes)
        dossier.terms = terms
        dossier.identificationRisks = Self.identificationRisks(statement, interviews: annexes.testimonies)
        return dossier
    }

    /// An interview's date and place, printed in Annex C, beside an incident whose victim group
    /// counts fewer than five people: together they may point to the witness (re-identification
    /// by combination). Said to the team, never in the filing.
    static func identificationRisks(_ statement: DossierFacts, interviews: [TestimonyIndexEntry]) -> [String] {
        let placed = Dictionary(uniqueKeysWithValues: interviews.filter { $0.place != nil }.map { ($0.id, $0) })
        var risks: [String] = []
        for incident in statement.groups.flatMap(\.incidents) {
            guard let victims = incident.victims, victims < 5, let group = incident.victimGroup else { continue }
            for interview in unique(incident.sources.map(\.source)).sorted(by: ordered) {
                guard let entry = placed[interview] else { continue }
                risks.append(
                    "\(interview) (\(entry.witness)): the dossier gives this interview's date and place (\(entry.date), \(entry.place ?? "")) "
                        + "and cites it for \(incident.id), whose victims are \(plural(victims, "person", "people")) of one group (\(group)); "
                        + "together these may identify the witness. Consider leaving the interview's place out of the record or describing the group more broadly."
                )
            }
        }
        return risks
    }

    /// Custody actions that documents and checks add: they do not change what the dossier describes,
    /// so they do not move the head it reports (the same case gives the same dossier).
    static let documentActions: Set<String> = [
        CustodyAction.accessed.rawValue, CustodyAction.verified.rawValue, CustodyAction.exported.rawValue,
        CustodyAction.documentWritten.rawValue, CustodyAction.leakScanWaived.rawValue,
        CustodyAction.leakScanSkipped.rawValue,
    ]

    /// Every source cited anywhere in the selection, with the consent function's decision for ICC use.
    private func consentForICC(allegations: [AllegationProof], attacks: [AttackSummary]) throws -> ConsentDecision {
        var all: [RecordID] = []
        for allegation in allegations {
            all += allegation.elements.flatMap { $0.sources.map(\.source) }
            all += allegation.generalSources.map(\.source)
            for attribution in allegation.attributions {
                all += attribution.linkageSources.map(\.source)
                all += attribution.elements.flatMap { $0.sources.map(\.source) }
            }
        }
        all += attacks.flatMap { $0.elements.flatMap { $0.sources.map(\.source) } }
        return try database.consentDecision(for: .iccDossier, sources: Self.unique(all))
    }

    static func period(from: String?, to: String?) throws -> (start: String, end: String)? {
        guard from != nil || to != nil else { return nil }
        func parse(_ text: String?, field: PeriodBound) throws -> PartialDate? {
            guard let text else { return nil }
            do { return try PartialDate(parsing: text) } catch { throw DossierError.badDate(field: field, value: text) }
        }
        let start = try parse(from, field: .start)
        let end = try parse(to, field: .end)
        let first = start?.earliestDay ?? "0000-01-01"
        let last = end?.latestDay ?? "9999-12-31"
        if let from, let to, first > last { throw DossierError.reversedPeriod(from: from, to: to) }
        return (first, last)
    }

    static func summary(
        _ allegations: [AllegationProof], incidents: [IncidentSummary], crimes: [DossierCrime], actors: Int
    ) -> DossierSummary {
        DossierSummary(
            incidents: incidents.count, victims: incidents.compactMap(\.victims).reduce(0, +),
            victimsEstimated: incidents.contains(where: \.victimsEstimated),
            crimes: crimes.map { crime in
                let ids = Set(crime.allegations.map(\.incident))
                return CrimeCount(
                    key: crime.key, name: crime.name, article: crime.article, allegations: crime.allegations.count,
                    incidents: ids.count, victims: incidents.filter { ids.contains($0.id) }.compactMap(\.victims).reduce(0, +))
            },
            actors: actors, periodStart: incidents.map(\.earliest).min(), periodEnd: incidents.map(\.latest).max(),
            places: unique(incidents.compactMap(\.place)).sorted(), countries: unique(incidents.compactMap(\.country)).sorted())
    }

    static func admissibility(
        facts: CaseFacts, statistics: AttackStatistics, crimes: [DossierCrime], perpetrators: [DossierPerpetrator],
        incidents: [IncidentSummary], allegations: [AllegationProof]
    ) -> DossierAdmissibility {
        let estimated = statistics.victimsEstimated ? " (some figures are estimates)" : ""
        var scale = [
            "\(plural(statistics.incidents, "incident")) with \(plural(statistics.victims, "recorded victim"))\(estimated)",
            "\(plural(statistics.places, "distinct place")) in \(plural(statistics.countries, "country", "countries"))",
        ]
        if let first = statistics.firstYear, let last = statistics.lastYear {
            scale.append(first == last ? "all in \(first)" : "from \(first) to \(last) (\(last - first + 1) years)")
        }
        let institutions = perpetrators.filter { $0.kind == .institution }.count
        let persons = perpetrators.count - institutions
        var manner = [
            [persons > 0 ? plural(persons, "person") : nil, institutions > 0 ? plural(institutions, "institution") : nil]
                .compactMap { $0 }.joined(separator: " and ") + (perpetrators.isEmpty ? "no one" : "") + " alleged responsible"
                + (persons == 0 && institutions > 0 ? " (no natural person)" : ""),
            "\(plural(statistics.patterns.count, "recurring pattern")) (the same crime attributed to the same actor in several places or years)",
        ]
        let attempts = allegations.filter(\.details.attempted).count
        if attempts > 0 { manner.append("\(plural(attempts, "allegation")) of an attempt (art. 25(3)(f))") }
        let groups = counts(incidents.compactMap(\.victimGroup))
        return DossierAdmissibility(
            complementarity: facts.complementarity, gravityNotes: facts.gravity, scale: scale,
            nature: crimes.map { "\($0.name) (\($0.article)): \(plural(Set($0.allegations.map(\.incident)).count, "incident"))" },
            manner: manner,
            impact: groups.isEmpty
                ? ["no victim group recorded yet"]
                : groups.map { "\($0.key): \(plural($0.count, "incident"))" })
    }

    /// Every State with jurisdiction over an incident: the territory (its country and the places
    /// of its parts) and the nationality of each actor it is attributed to; by ISO code.
    static func statesWithJurisdiction(
        incidents: [IncidentSummary], allegations: [AllegationProof], nationality: [RecordID: String?]
    ) -> [StateWithJurisdiction] {
        var territory: [String: [RecordID]] = [:]
        var nationals: [String: [RecordID]] = [:]
        for incident in incidents {
            let codes = (incident.country.map { [$0] } ?? []) + incident.alsoIn.map { String($0.prefix(2)) }
            for code in unique(codes.map { $0.uppercased() }) { territory[code, default: []].append(incident.id) }
        }
        for allegation in allegations {
            // Only a natural person's nationality founds art. 12(2)(b), not an institution's.
            for attribution in allegation.attributions where attribution.actorKind == ActorKind.person.rawValue {
                guard let code = nationality[attribution.actor] ?? nil else { continue }
                nationals[code.uppercased(), default: []].append(allegation.incident)
            }
        }
        return Set(territory.keys).union(nationals.keys).sorted().map { code in
            StateWithJurisdiction(
                code: code, territory: unique(territory[code] ?? []).sorted(by: ordered),
                nationality: unique(nationals[code] ?? []).sorted(by: ordered))
        }
    }

    /// How each testimony knows what its cited passages say, over every citation that counts.
    static func bases(allegations: [AllegationProof], attacks: [AttackSummary]) -> [RecordID: Set<String>] {
        var all: [CitedSource] = attacks.flatMap { $0.elements.flatMap(\.sources) }
        for allegation in allegations {
            all += allegation.generalSources + allegation.elements.flatMap(\.sources)
            for attribution in allegation.attributions {
                all += attribution.linkageSources + attribution.elements.flatMap(\.sources)
            }
        }
        var bases: [RecordID: Set<String>] = [:]
        for source in all where source.counts && source.source.kind == .testimony {
            if let basis = source.basis { bases[source.source, default: []].insert(basis) }
        }
        return bases
    }

    static func plural(_ count: Int, _ word: String, _ plural: String? = nil) -> String {
        "\(grouped(count)) \(count == 1 ? word : plural ?? word + "s")"
    }

    static func grouped(_ n: Int) -> String { Thousands.grouped(n) }

    /// Values and how often each occurs, most frequent first, then alphabetically.
    static func counts(_ values: [String]) -> [(key: String, count: Int)] {
        Dictionary(grouping: values, by: { $0 }).map { ($0.key, $0.value.count) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.key < $1.key }
    }

    /// The values in their first order, each once.
    static func unique<T: Hashable>(_ values: [T]) -> [T] {
        var seen = Set<T>()
        return values.filter { seen.insert($0).inserted }
    }
}
