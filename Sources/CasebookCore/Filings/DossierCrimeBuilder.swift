import CasebookModel
import CasebookStore
import Foundation

/// Sets out each crime category element by element: for every element, the incidents it is shown
/// in, the sources that show it, and the allegations where it has no source yet.
struct DossierCrimeBuilder {
    let sources: DossierSources
    let incidents: [RecordID: IncidentSummary]

    func crimes(_ allegations: [AllegationProof]) -> [DossierCrime] {
        let byCrime = Dictionary(grouping: allegations, by: \.crime)
        return RomeStatute.crimes.compactMap { category in
            guard let members = byCrime[category.key] else { return nil }
            return DossierCrime(
                key: category.key, name: category.name, article: category.article,
                elementsHeading: category.elementsHeading, allegations: members.map(allegation),
                elements: elements(of: members))
        }
    }

    private func allegation(_ proof: AllegationProof) -> DossierAllegation {
        let incident = incidents[proof.incident]
        var allegation = DossierAllegation(
            id: proof.id, incident: proof.incident, incidentTitle: proof.incidentTitle, date: proof.incidentDate,
            place: incident?.place, country: incident?.country, victims: incident?.victims,
            victimsEstimated: incident?.victimsEstimated ?? false,
            actors: Case.unique(proof.attributions.map { "\($0.actorName) (\($0.actor))" }),
            general: sources.cite(proof.generalSources).citations, cautions: proof.cautions)
        if proof.details.attempted, let crime = try? RomeStatute.crime(proof.crime) {
            allegation.attemptReplaces = AttemptElement.replacedKeys(crime)
        }
        return allegation
    }

    /// The elements in the order of the Elements of Crimes, each gathered over every allegation of the crime.
    private func elements(of allegations: [AllegationProof]) -> [DossierElement] {
        var keys: [String] = []
        for allegation in allegations {
            for element in allegation.elements where !keys.contains(element.key) { keys.append(element.key) }
        }
        return keys.compactMap { key in
            let proofs = allegations.compactMap { allegation in
                allegation.elements.first { $0.key == key }.map { (allegation: allegation, element: $0) }
            }
            guard let first = proofs.first?.element else { return nil }
            let (citations, withheld) = sources.cite(proofs.flatMap(\.element.sources))
            let everyOneExempt = proofs.allSatisfy { $0.element.notRequired != nil }
            var element = DossierElement(
                number: first.number, text: first.text, citation: first.citation, isContextual: first.isContextual,
                incidents: Case.unique(proofs.filter { $0.element.sources.contains(where: \.counts) }.map(\.allegation.incident)),
                citations: citations, withheld: withheld,
                gaps: proofs.filter { $0.element.isGap && $0.element.argument == nil }.map(\.allegation.id),
                notRequired: everyOneExempt ? first.notRequired : nil)
            element.arguments = proofs.compactMap { proof in
                proof.element.argument.map { DossierArgument(allegation: proof.allegation.id, text: $0) }
            }
            element.inferred = proofs.filter(\.element.isInferred).map(\.allegation.id)
            element.weighings = proofs.compactMap { proof in
                guard let weight = proof.element.corroboration, weight.status != .gap else { return nil }
                return DossierWeighing(incident: proof.allegation.incident, corroboration: weight)
            }
            return element
        }
    }
}

/// Sets out each alleged perpetrator: who they are, whom they answered to and who answered to them,
/// and each attribution with the mode's elements and the linkage evidence.
struct DossierPerpetratorBuilder {
    let sources: DossierSources
    let actors: [ActorSummary]
    /// In a perpetrator-centred dossier, the one actor it is about.
    let only: RecordID?

    func perpetrators(_ allegations: [AllegationProof]) -> [DossierPerpetrator] {
        var attributions: [RecordID: [(AllegationProof, AttributionProof)]] = [:]
        for allegation in allegations {
            for attribution in allegation.attributions where only == nil || attribution.actor == only {
                attributions[attribution.actor, default: []].append((allegation, attribution))
            }
        }
        // Natural persons first: the Court tries persons (art. 25(1)); institutions follow as the
        // apparatus through which they are alleged to have acted.
        let ordered = actors.filter { $0.kind == .person } + actors.filter { $0.kind != .person }
        return ordered.compactMap { actor in
            guard let mine = attributions[actor.id] else { return nil }
            return DossierPerpetrator(
                id: actor.id, name: actor.name, kind: actor.kind, position: actor.position,
                nationality: actor.nationality, superiors: actor.superiors,
                subordinates: actors.filter { $0.superiors.contains { $0.id == actor.id } }.map { "\($0.name) (\($0.id))" },
                attributions: mine.map { allegation, attribution in
                    let (linkage, withheld) = sources.cite(attribution.linkageSources)
                    return DossierAttribution(
                        allegation: allegation.id, crimeName: allegation.crimeName, incident: allegation.incident,
                        incidentTitle: allegation.incidentTitle,
                        modes: attribution.modes.map { "\($0.name) (\($0.article))" }, linkage: linkage,
                        withheldLinkage: withheld,
                        elements: attribution.elements.map {
                            sources.element($0, gaps: $0.isGap ? [allegation.id] : [], incidents: [allegation.incident])
                        },
                        cautions: attribution.cautions)
                })
        }
    }
}

extension AttackStatistics {
    /// Counts over the incidents of the selected allegations, and the recurring patterns among them.
    init(allegations: [AllegationProof], incidents: [RecordID: IncidentSummary]) {
        let selected = Case.unique(allegations.map(\.incident)).compactMap { incidents[$0] }
        let years = selected.compactMap { Int($0.earliest.prefix(4)) } + selected.compactMap { Int($0.latest.prefix(4)) }
        var groups: [String: (crime: String, crimeName: String, actor: RecordID, actorName: String, incidents: [RecordID])] = [:]
        for allegation in allegations {
            for attribution in allegation.attributions {
                let key = "\(allegation.crime)|\(attribution.actor)"
                groups[key, default: (allegation.crime, allegation.crimeName, attribution.actor, attribution.actorName, [])]
                    .incidents.append(allegation.incident)
            }
        }
        let patterns = groups.values.compactMap { group -> RecurringPattern? in
            let ids = Case.unique(group.incidents)
            let records = ids.compactMap { incidents[$0] }
            let places = Case.unique(records.compactMap(\.place)).sorted()
            let years = Case.unique(records.compactMap { Int($0.earliest.prefix(4)) }).sorted()
            guard ids.count >= 2, places.count >= 2 || years.count >= 2 else { return nil }
            return RecurringPattern(
                crime: group.crime, crimeName: group.crimeName, actor: group.actor, actorName: group.actorName,
                incidents: ids.sorted(by: Case.ordered), places: places, years: years)
        }
        self.init(
            incidents: selected.count, victims: selected.compactMap(\.victims).reduce(0, +),
            victimsEstimated: selected.contains(where: \.victimsEstimated), firstYear: years.min(), lastYear: years.max(),
            places: Set(selected.compactMap(\.place)).count, countries: Set(selected.compactMap(\.country)).count,
            patterns: patterns.sorted {
                $0.incidents.count != $1.incidents.count
                    ? $0.incidents.count > $1.incidents.count
                    : ($0.crime, $0.actor.number) < ($1.crime, $1.actor.number)
            })
    }
}
