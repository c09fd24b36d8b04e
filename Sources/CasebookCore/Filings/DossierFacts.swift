import CasebookModel

/// The statement of facts: what happened, incident by incident, in date order, grouped under the
/// attack each belongs to, before any law is applied. An analyst reads this first; everything in
/// it comes from the case's records (title, date, place, victims, description, who is alleged
/// responsible and how) and is footnoted to its sources with their basis of knowledge.
public struct DossierFacts: Codable, Sendable, Equatable {
    /// One group per attack with incidents in the dossier, then the incidents linked to none.
    public let groups: [DossierFactGroup]
    /// The days that decide the Court's reach over these incidents, for the chronology.
    public let jurisdictionDates: [JurisdictionDate]
    /// Every recurring pattern among the incidents, including those that run across attacks.
    public var patterns: [RecurringPattern] = []
}

/// The incidents of one attack (or of none), in date order.
public struct DossierFactGroup: Codable, Sendable, Equatable {
    /// The attack, nil for the incidents linked to no attack.
    public let attack: RecordID?
    public let title: String?
    /// The attack's period as recorded, and its first and last day.
    public let period: String?
    public let periodStart: String?
    public let periodEnd: String?
    /// The recurring patterns (the same crime by the same actor in several places or years) among these incidents.
    public let patterns: [RecurringPattern]
    public let incidents: [DossierIncidentFacts]
}

/// One incident as the statement of facts tells it.
public struct DossierIncidentFacts: Codable, Sendable, Equatable {
    public let id: RecordID
    public let title: String
    /// The date as recorded (`2013-07`, `2012/2014`) and its first and last day.
    public let date: String
    public let earliest: String
    public let latest: String
    public let place: String?
    public let country: String?
    public let victims: Int?
    public let victimsEstimated: Bool
    public let victimGroup: String?
    /// What happened, as the team recorded it.
    public let description: String?
    /// The crimes alleged, as "murder (art. 7(1)(a))".
    public let crimes: [String]
    public let responsible: [DossierResponsible]
    /// Every citable source the incident's allegations rest on, each with its basis of knowledge.
    public let sources: [DossierCitation]
    /// Testimonies relied on whose witnesses did not consent to this use: counted, not cited.
    public let withheld: Int
    /// Other attacks the incident is also linked to.
    public let alsoInAttacks: [RecordID]
    /// The incident is linked to its attack but falls outside the attack's recorded period.
    public let outsideAttackPeriod: Bool
}

/// Someone alleged responsible for an incident, and how.
public struct DossierResponsible: Codable, Sendable, Equatable {
    public let actor: RecordID
    public let name: String
    public let kind: ActorKind
    /// Each mode as "Ordering (art. 25(3)(b))".
    public let modes: [String]
}

/// Tells each incident from the allegations of the dossier.
struct DossierFactsBuilder {
    let sources: DossierSources
    let incidents: [RecordID: IncidentSummary]
    let actors: [RecordID: ActorSummary]
    let attacks: [AttackSummary]
    let outsideTheirAttack: Set<RecordID>
    let patterns: [RecurringPattern]

    func facts(_ allegations: [AllegationProof]) -> DossierFacts {
        let byIncident = Dictionary(grouping: allegations, by: \.incident)
        var groups: [RecordID?: [DossierIncidentFacts]] = [:]
        for (id, members) in byIncident {
            guard let incident = incidents[id] else { continue }
            let linked = Case.unique(members.compactMap(\.attack?.id)).sorted(by: Case.ordered)
            groups[linked.first, default: []].append(told(incident, members, attacks: linked))
        }
        let ordered = attacks.map(\.id).filter { groups[$0] != nil } + (groups[nil] == nil ? [] : [nil])
        let built = ordered.map { key -> DossierFactGroup in
            let members = (groups[key] ?? []).sorted {
                ($0.earliest, $0.latest, $0.id.number) < ($1.earliest, $1.latest, $1.id.number)
            }
            let ids = Set(members.map(\.id))
            let attack = attacks.first { $0.id == key }
            let span = attack?.period.flatMap { try? DateSpan(parsing: $0) }
            return DossierFactGroup(
                attack: key, title: attack?.title, period: attack?.period, periodStart: span?.earliestDay,
                periodEnd: span?.latestDay, patterns: patterns.filter { $0.incidents.allSatisfy(ids.contains) },
                incidents: members)
        }
        var codes = incidents.values.filter { byIncident[$0.id] != nil }.flatMap { incident in
            (incident.country.map { [$0] } ?? []) + incident.alsoIn.map { String($0.prefix(2)) }
        }
        codes += allegations.flatMap { $0.attributions.compactMap { actors[$0.actor]?.nationality } }
        var facts = DossierFacts(groups: built, jurisdictionDates: JurisdictionDate.dates(for: codes))
        facts.patterns = patterns
        return facts
    }

    private func told(_ incident: IncidentSummary, _ allegations: [AllegationProof], attacks: [RecordID]) -> DossierIncidentFacts {
        var all: [CitedSource] = []
        var responsible: [RecordID: [String]] = [:]
        var order: [RecordID] = []
        for allegation in allegations.sorted(by: { Case.ordered($0.id, $1.id) }) {
            all += allegation.generalSources + allegation.elements.flatMap(\.sources)
            for attribution in allegation.attributions {
                all += attribution.linkageSources + attribution.elements.flatMap(\.sources)
                if responsible[attribution.actor] == nil { order.append(attribution.actor) }
                responsible[attribution.actor, default: []] += attribution.modes.map { "\($0.name) (\($0.article))" }
            }
        }
        let (citations, withheld) = sources.cite(all)
        return DossierIncidentFacts(
            id: incident.id, title: incident.title, date: incident.date, earliest: incident.earliest, latest: incident.latest,
            place: incident.place, country: incident.country, victims: incident.victims,
            victimsEstimated: incident.victimsEstimated, victimGroup: incident.victimGroup, description: incident.description,
            crimes: Case.unique(allegations.map { "\($0.crimeName.lowercased()) (\($0.article))" }),
            responsible: order.map { id in
                DossierResponsible(
                    actor: id, name: actors[id]?.name ?? id.description, kind: actors[id]?.kind ?? .person,
                    modes: Case.unique(responsible[id] ?? []))
            },
            sources: citations, withheld: withheld, alsoInAttacks: Array(attacks.dropFirst()),
            outsideAttackPeriod: attacks.first != nil
                && allegations.filter { $0.attack?.id == attacks.first }.allSatisfy { outsideTheirAttack.contains($0.id) })
    }
}
