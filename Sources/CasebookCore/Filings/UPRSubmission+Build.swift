import CasebookModel
import CasebookProtection
import CasebookStore
import Foundation

extension Case {
    /// Builds a UPR stakeholder submission from one reading of the case: the register's previous
    /// recommendations with their latest assessments, the incidents of the window in the State
    /// under review, and the team's recommendations, with the consent function deciding which
    /// testimonies may be cited in a UPR document.
    public func uprSubmission(_ request: UPRSubmissionRequest) throws -> UPRSubmission {
        let code = request.state.trimmingCharacters(in: .whitespaces).uppercased()
        guard code.count == 2, let stateName = CountryCodes.name(of: code) else {
            throw UPRSubmissionError.unknownState(
                request.state, suggestions: Suggestions.closest(to: code, among: CountryCodes.all))
        }
        guard request.cycle > 0 else { throw UPRSubmissionError.badCycle(request.cycle) }
        let partners = request.partners.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        if !request.joint, !partners.isEmpty { throw UPRSubmissionError.partnersNeedJoint }
        if request.joint, partners.isEmpty { throw UPRSubmissionError.jointNeedsPartners }
        let window = try request.window()

        let facts = try caseFacts()
        let allIncidents = try database.incidents()
        let incidents =
            allIncidents
            .filter { $0.country?.uppercased() == code && $0.latest >= window.start && $0.earliest <= window.end }
            .sorted { $0.earliest != $1.earliest ? $0.earliest < $1.earliest : Self.ordered($0.id, $1.id) }
        // The register does not record which State a recommendation was made to: it is the case's State.
        let aboutState = Self.caseState(facts: facts, incidents: allIncidents) == code
        let previous =
            aboutState
            ? Self.previousReview(
                try database.recommendations().filter { $0.response != nil }.map { $0.asOf(request.asOf) }, cycle: request.cycle)
            : []
        let ours = aboutState ? try database.ourRecommendations() : []
        guard !incidents.isEmpty || !previous.isEmpty || !ours.isEmpty else {
            throw UPRSubmissionError.nothingToSubmit(state: "\(stateName) (\(code))", from: window.start, to: window.end)
        }

        let selected = Set(incidents.map(\.id))
        var incidentSources: [RecordID: [CitedSource]] = [:]
        var conduct: [RecordID: [Corroboration]] = [:]
        let matrix = try database.proofMatrix()
        for allegation in matrix.allegations where selected.contains(allegation.incident) {
            if let first = allegation.elements.first(where: { !$0.isContextual && $0.corroboration != nil })?.corroboration {
                conduct[allegation.incident, default: []].append(first)
            }
            var sources = allegation.elements.flatMap(\.sources) + allegation.generalSources
            for attribution in allegation.attributions {
                sources += attribution.linkageSources + attribution.elements.flatMap(\.sources)
            }
            incidentSources[allegation.incident, default: []] += sources
        }
        let assessmentSources = Dictionary(
            uniqueKeysWithValues: previous.map { recommendation in
                (
                    recommendation.id,
                    (recommendation.latestAssessment?.sources ?? []).map {
                        CitedSource(source: $0.id, label: $0.label, pinpoint: nil, note: nil)
                    }
                )
            })
        let used = Self.unique((incidentSources.values.flatMap { $0 } + assessmentSources.values.flatMap { $0 }).map(\.source))
            .sorted(by: Self.ordered)
        let testimonies = try database.testimonies()
        let evidence = try evidenceItems()
        let sources = DossierSources(
            testimonies: testimonies, evidence: evidence,
            decision: try database.consentDecision(for: .uprSubmission, sources: used))
        let incidentNames = Dictionary(uniqueKeysWithValues: allIncidents.map { ($0.id, $0) })
        func cite(_ cited: [CitedSource]) -> (citations: [DossierCitation], withheld: Int) {
            let (citations, withheld) = sources.cite(cited)
            return (
                citations.map { citation in
                    guard citation.source.kind == .incident, let incident = incidentNames[citation.source] else { return citation }
                    return DossierCitation(
                        source: citation.source,
                        text: "\(citation.source) (incident of \(incident.date)\(incident.place.map { ", \($0)" } ?? ""))")
                }, withheld
            )
        }

        // Themes are grouped whatever their case and shown as first written.
        let allThemes = previous.flatMap(\.themes) + ours.map(\.theme)
        let shown = Dictionary(allThemes.map { ($0.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })
        let followUp = Dictionary(grouping: previous, by: { $0.themes.first?.lowercased() ?? "other" })
            .sorted { $0.key < $1.key }
            .map { theme, recommendations in
                UPRThemeFollowUp(
                    theme: shown[theme] ?? theme,
                    items: recommendations.map { recommendation in
                        let latest = recommendation.latestAssessment
                        let (citations, withheld) = cite(assessmentSources[recommendation.id] ?? [])
                        return UPRFollowUpItem(
                            id: recommendation.id, citation: "\(recommendation.number) (\(recommendation.state))",
                            document: RecommendationCitation.documentSymbol(in: recommendation.source), text: recommendation.text,
                            response: recommendation.response, status: latest?.status, assessedOn: latest?.date, note: latest?.note,
                            citations: citations, withheld: withheld)
                    })
            }
        let developments = incidents.map { incident in
            let (citations, withheld) = cite(incidentSources[incident.id] ?? [])
            return UPRDevelopment(
                id: incident.id, title: incident.title, date: incident.date, place: incident.place, victims: incident.victims,
                victimsEstimated: incident.victimsEstimated, victimGroup: incident.victimGroup, description: incident.description,
                citations: citations, withheld: withheld)
        }
        let proposals = ours.map { ours in
            UPRProposal(
                id: ours.id, theme: ours.theme, text: ours.text, follows: ours.followsCitation, smartFindings: ours.smart.findings)
        }

        let cited = Set(
            (followUp.flatMap { $0.items.flatMap(\.citations) } + developments.flatMap(\.citations)).flatMap(\.sources))
        let usedTestimonies = Set(used.filter { $0.kind == .testimony })
        var statuses = ImplementationStatus.allCases.map { status in
            KindCount(kind: status.rawValue, count: previous.filter { $0.latestAssessment?.status == status }.count)
        }
        statuses.append(KindCount(kind: "not assessed", count: previous.filter { $0.latestAssessment == nil }.count))
        let keywords = Self.unique(allThemes.map { $0.lowercased() }).sorted().map { shown[$0] ?? $0 }

        var organizations = [UPROrganization(name: facts.organization ?? facts.title, line: facts.organizationDescription)]
        organizations += partners.map { UPROrganization(name: $0, line: "partner in this joint submission") }
        return UPRSubmission(
            cover: UPRCover(
                stateCode: code, stateName: stateName, cycle: request.cycle, session: request.session,
                organizations: organizations, joint: request.joint, contact: facts.contact, windowStart: window.start,
                windowEnd: window.end, date: request.asOf, wordCount: nil, overLimitStamp: nil),
            summary: UPRSummary(
                followedUp: previous.count, byStatus: statuses.filter { $0.count > 0 }, incidents: incidents.count,
                victims: incidents.compactMap(\.victims).reduce(0, +),
                victimsEstimated: incidents.contains(where: \.victimsEstimated),
                proposals: proposals.count, keywords: keywords),
            methodology: UPRMethodology(
                testimonies: testimonies.count, witnesses: Set(testimonies.map(\.witness)).count, evidenceItems: evidence.count,
                testimoniesCited: cited.filter { $0.kind == .testimony }.count,
                testimoniesWithheld: usedTestimonies.subtracting(cited).count,
                weighing: incidents.isEmpty
                    ? nil
                    : UPRIncidentWeighing(
                        rule: matrix.rule, conduct: incidents.map { UPRIncidentWeighing.strongest(conduct[$0.id] ?? []) })),
            followUp: followUp, developments: developments, recommendations: proposals)
    }

    /// The recommendations of the review before `cycle` when the register names that cycle in the
    /// source ("UPR 3 (2019), A/HRC/42/10" for a fourth-cycle submission), else every UPR recommendation.
    static func previousReview(_ recommendations: [Recommendation], cycle: Int) -> [Recommendation] {
        let previous = recommendations.filter { namedCycle(in: $0.source) == cycle - 1 }
        return previous.isEmpty ? recommendations : previous
    }

    /// 3 for "UPR 3 (2019), A/HRC/42/10"; nil when the source names no cycle.
    static func namedCycle(in source: String) -> Int? {
        source.firstMatch(of: #/\bUPR\s+(\d+)\b/#).flatMap { Int($0.1) }
    }

    /// The State the case is about: the case fact `situation` when it names one (by name or code),
    /// else the country with the most incidents.
    static func caseState(facts: CaseFacts, incidents: [IncidentSummary]) -> String? {
        if let situation = facts.situation?.trimmingCharacters(in: .whitespaces), !situation.isEmpty {
            if situation.count == 2, CountryCodes.isAssigned(situation) { return situation.uppercased() }
            if let code = CountryCodes.all.first(where: {
                CountryCodes.name(of: $0)?.caseInsensitiveCompare(situation) == .orderedSame
            }) {
                return code
            }
        }
        return counts(incidents.compactMap { $0.country?.uppercased() }).first?.key
    }
}
