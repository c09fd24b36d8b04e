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
        guard (1...RecommendationError.highestCycle).contains(request.cycle) else {
            throw UPRSubmissionError.badCycle(request.cycle)
        }
        let partners = request.partners.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        if !request.joint, !partners.isEmpty { throw UPRSubmissionError.partnersNeedJoint }
        if request.joint, partners.isEmpty { throw UPRSubmissionError.jointNeedsPartners }
        if let deadline = request.deadline {
            let span = try? DateSpan(parsing: deadline)
            guard let span, span.earliestDay == span.latestDay else { throw UPRSubmissionError.badDeadline(deadline) }
        }

        // The register says which State each recommendation was made to, in which cycle and when.
        let all = try database.recommendations()
        let register = all.filter { $0.stateUnderReview == code }.map { $0.asOf(request.asOf) }
        let earlierCycles = register.filter { ($0.cycle ?? Int.max) < request.cycle }
        let previousCycle = earlierCycles.compactMap(\.cycle).max()
        let received = earlierCycles.filter { $0.cycle == previousCycle }
        // Only what the team assessed is followed up: "not yet assessed" tells the reviewers nothing.
        let previous = received.filter { $0.latestAssessment != nil }
        let previousReview =
            received.filter { $0.cycle == request.cycle - 1 }.compactMap(\.madeOn).max()
            ?? RecommendationDocuments.review(state: code, cycle: request.cycle - 1)?.madeOn
            ?? received.compactMap(\.madeOn).max()
        var team = UPRTeamNotes()
        let window = try request.window(previousReview: previousReview)
        if window.end > request.asOf { throw UPRSubmissionError.periodAfterAsOf(end: window.end, asOf: request.asOf) }
        let dates = Self.unique(received.compactMap(\.madeOn))
        if dates.count > 1 {
            team.warnings.append(
                "The register gives the recommendations of the \(previousCycle.map { "cycle \($0)" } ?? "previous") review different dates (\(dates.sorted().joined(separator: ", "))); the period covered starts on the latest. Correct the dates that are wrong."
            )
        }
        team.warnings += window.warnings
        let unplaced = all.filter { $0.stateUnderReview == nil }
        if !unplaced.isEmpty {
            team.warnings.append(
                "\(Self.plural(unplaced.count, "recommendation")) of the register \(unplaced.count == 1 ? "does" : "do") not say which State \(unplaced.count == 1 ? "it was" : "they were") made to, and \(unplaced.count == 1 ? "is" : "are") left out (\(unplaced.prefix(5).map(\.citation).joined(separator: "; "))\(unplaced.count > 5 ? "; …" : "")): add \(unplaced.count == 1 ? "it" : "them") again with the State under review."
            )
        }

        let facts = try caseFacts()
        // The deadline given, else the case's (`upr-deadline`).
        if let deadline = request.deadline ?? facts.uprDeadline, request.asOf > deadline {
            team.warnings.append(
                "The submission speaks as of \(request.asOf), after the deadline of \(deadline): OHCHR does not consider submissions received after the deadline for the session."
            )
        }
        let allIncidents = try database.incidents()
        let inState = allIncidents.filter { $0.country?.uppercased() == code }
        let incidents =
            inState
            .filter { $0.isSince(window.start) && $0.earliest <= window.end }
            .sorted { $0.earliest != $1.earliest ? $0.earliest < $1.earliest : Self.ordered($0.id, $1.id) }
        team.incidentsBeforeWindow = inState.filter { !$0.isSince(window.start) }.count
        // The team's recommendations for this State; one for no known State (recorded before the
        // register knew States) is made too, and the team is told.
        let everyOurs = try database.ourRecommendations()
        let unplacedOurs = everyOurs.filter { $0.stateUnderReview == nil }
        let ours = everyOurs.filter { $0.stateUnderReview == code || ($0.stateUnderReview == nil && !register.isEmpty) }
        if !register.isEmpty, !unplacedOurs.isEmpty {
            team.warnings.append(
                "\(unplacedOurs.map(\.id).joined(separator: ", ")) \(unplacedOurs.count == 1 ? "names" : "name") no State and \(unplacedOurs.count == 1 ? "is" : "are") made in this submission as in any other State's: record \(unplacedOurs.count == 1 ? "it" : "them") again with the State under review."
            )
        }
        guard !incidents.isEmpty || !received.isEmpty || !ours.isEmpty else {
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
        // A development with no source at all is the team's note, not a fact to report.
        let unsourced = incidents.filter { (incidentSources[$0.id] ?? []).filter(\.counts).isEmpty }
        let reported = incidents.filter { !unsourced.map(\.id).contains($0.id) }
        if !unsourced.isEmpty {
            team.warnings.append(
                "\(Self.plural(unsourced.count, "incident")) of the period \(unsourced.count == 1 ? "has" : "have") no source and \(unsourced.count == 1 ? "is" : "are") left out: "
                    + unsourced.map { "\($0.id) (\($0.title), \($0.date))" }.joined(separator: "; ") + ". Link the sources first.")
        }
        let unassessed = received.filter { $0.latestAssessment == nil }
        if !unassessed.isEmpty {
            team.warnings.append(
                "\(Self.plural(unassessed.count, "recommendation")) of the previous review \(unassessed.count == 1 ? "is" : "are") not assessed and left out: "
                    + unassessed.prefix(8).map { "\($0.id) (\($0.number), \($0.state))" }.joined(separator: "; ")
                    + (unassessed.count > 8 ? "; …" : "") + ".")
        }
        if facts.organization == nil {
            team.warnings.append(
                "The case names no organisation: the submission is made in the name of the case's title (\(facts.title)). Set the organisation and its contact before filing."
            )
        } else if facts.contact == nil {
            team.warnings.append("The case gives no contact: OHCHR needs one for every submission. Set it before filing.")
        }
        // Evidence of implementation is what happened after the recommendation was made; older
        // sources (and those the team marked as background) are background only.
        let assessed = previous.flatMap { $0.latestAssessment?.sources.map(\.id) ?? [] }
        let dated = Dictionary(
            try database.datedSources(Self.unique(assessed)).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var assessmentSources: [RecordID: [CitedSource]] = [:]
        var backgroundSources: [RecordID: [CitedSource]] = [:]
        for recommendation in previous {
            for source in recommendation.latestAssessment?.sources ?? [] {
                let cited = CitedSource(source: source.id, label: source.label, pinpoint: nil, note: nil)
                let older = recommendation.madeOn.map { made in dated[source.id]?.isBefore(made) ?? false } ?? false
                if source.background || older {
                    backgroundSources[recommendation.id, default: []].append(cited)
                } else {
                    assessmentSources[recommendation.id, default: []].append(cited)
                }
            }
        }
        let used = Self.unique(
            (incidentSources.values.flatMap { $0 } + assessmentSources.values.flatMap { $0 }
                + backgroundSources.values.flatMap { $0 }).map(\.source)
        )
        .sorted(by: Self.ordered)
        let testimonies = try database.testimonies()
        let evidence = try evidenceItems()
        let sources = DossierSources(
            testimonies: testimonies, evidence: evidence,
            decision: try database.consentDecision(for: .uprSubmission, sources: used))
        let organization = facts.organization ?? facts.title
        var publicSources = UPRPublicSources(
            testimonies: Dictionary(uniqueKeysWithValues: testimonies.map { ($0.id, $0) }),
            witnesses: Dictionary(uniqueKeysWithValues: try database.witnesses().map { ($0.id, $0) }),
            evidence: Dictionary(uniqueKeysWithValues: evidence.map { ($0.id, $0) }),
            incidents: Dictionary(uniqueKeysWithValues: allIncidents.map { ($0.id, $0) }),
            transcriptOf: Dictionary(
                testimonies.compactMap { testimony in testimony.transcript.map { ($0, testimony.id) } },
                uniquingKeysWith: { first, _ in first }),
            organization: organization)
        publicSources.reported = Set(reported.map(\.id))
        var endnoteSources: [(text: String, sources: [RecordID])] = []
        func cite(_ cited: [CitedSource]) -> (citations: [DossierCitation], withheld: Int) {
            let (citations, withheld) = sources.cite(cited)
            for citation in citations {
                let text = publicSources.words(for: citation.source)
                if let index = endnoteSources.firstIndex(where: { $0.text == text }) {
                    endnoteSources[index].sources += citation.sources.filter { !endnoteSources[index].sources.contains($0) }
                } else {
                    endnoteSources.append((text, citation.sources))
                }
            }
            return (publicSources.publicForm(citations), withheld)
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
                        let (background, backgroundWithheld) = cite(backgroundSources[recommendation.id] ?? [])
                        var item = UPRFollowUpItem(
                            id: recommendation.id, citation: "\(recommendation.number) (\(recommendation.state))",
                            document: RecommendationCitation.documentSymbol(in: recommendation.source), text: recommendation.text,
                            response: recommendation.response, status: latest?.status, assessedOn: latest?.date, note: latest?.note,
                            citations: citations, withheld: withheld + backgroundWithheld)
                        item.background = background
                        return item
                    })
            }
        let developments = reported.map { incident in
            let (citations, withheld) = cite(incidentSources[incident.id] ?? [])
            return UPRDevelopment(
                id: incident.id, title: incident.title, date: incident.date, place: incident.place, victims: incident.victims,
                victimsEstimated: incident.victimsEstimated, victimGroup: incident.victimGroup, description: incident.description,
                citations: citations, withheld: withheld)
        }
        let everyProposal = ours.map { ours in
            UPRProposal(
                id: ours.id, theme: ours.theme, text: ours.text,
                follows: ours.follows.flatMap { id in all.first { $0.id == id } }.map {
                    Self.followsWords($0, cycle: request.cycle)
                },
                smartFindings: ours.smart.findings)
        }
        let proposals = request.includeUnsmart ? everyProposal : everyProposal.filter(\.smartFindings.isEmpty)
        team.leftOut = request.includeUnsmart ? [] : everyProposal.filter { !$0.smartFindings.isEmpty }
        // An interview described on the page beside a development of very few victims may point to its witness.
        for development in developments {
            guard let incident = publicSources.incidents[development.id], let victims = incident.victims, victims < 5 else {
                continue
            }
            for citation in development.citations where citation.source.kind == .testimony {
                team.warnings.append(
                    "Identification risk: an endnote describes \(citation.source) as \"\(citation.text)\" and cites it for \(incident.id), an incident of \(Self.plural(victims, "victim"))\(incident.victimGroup.map { " (\($0))" } ?? ""); together these may identify the witness. Consider describing the interview more broadly."
                )
            }
        }

        let cited = Set(
            (followUp.flatMap { $0.items.flatMap(\.citations) } + developments.flatMap(\.citations)).flatMap(\.sources))
        let usedTestimonies = Set(used.filter { $0.kind == .testimony })
        var statuses = ImplementationStatus.allCases.map { status in
            KindCount(kind: status.rawValue, count: previous.filter { $0.latestAssessment?.status == status }.count)
        }
        statuses.append(KindCount(kind: "not assessed", count: previous.filter { $0.latestAssessment == nil }.count))
        let keywords = Self.unique(allThemes.map { $0.lowercased() }).sorted().map { shown[$0] ?? $0 }

        team.endnoteSources = endnoteSources.map { UPREndnoteSource(text: $0.text, sources: $0.sources) }
        team.warnings += Self.unique(endnoteSources.flatMap(\.sources)).sorted(by: Self.ordered).flatMap(publicSources.problems)
        var organizations = [UPROrganization(name: organization, line: facts.organizationDescription)]
        organizations += partners.map { UPROrganization(name: $0, line: "partner in this joint submission") }
        var cover = UPRCover(
            stateCode: code, stateName: stateName, cycle: request.cycle, session: request.session,
            organizations: organizations, joint: request.joint, contact: facts.contact, windowStart: window.start,
            windowEnd: window.end, date: request.asOf, wordCount: nil, overLimitStamp: nil)
        cover.previousCycle = previousReview == nil ? nil : (previousCycle ?? request.cycle - 1)
        cover.previousReview = previousReview
        var submission = UPRSubmission(
            cover: cover,
            summary: UPRSummary(
                received: received.count, followedUp: previous.count, byStatus: statuses.filter { $0.count > 0 },
                incidents: reported.count,
                victims: reported.compactMap(\.victims).reduce(0, +),
                victimsEstimated: reported.contains(where: \.victimsEstimated),
                proposals: proposals.count, keywords: keywords),
            methodology: UPRMethodology(
                testimonies: testimonies.count, witnesses: Set(testimonies.map(\.witness)).count, evidenceItems: evidence.count,
                testimoniesCited: cited.filter { $0.kind == .testimony }.count,
                testimoniesWithheld: usedTestimonies.subtracting(cited).count,
                weighing: reported.isEmpty
                    ? nil
                    : UPRIncidentWeighing(
                        rule: matrix.rule, conduct: reported.map { UPRIncidentWeighing.strongest(conduct[$0.id] ?? []) })),
            followUp: followUp, developments: developments, recommendations: proposals)
        submission.team = team
        return submission
    }

    /// How a team recommendation names the one it follows: "as recommended previously (126.31,
    /// Germany)" only for one of an earlier UPR cycle; a commission's or a treaty body's
    /// recommendation is cited as that body's ("as the Commission of Inquiry recommended
    /// (A/HRC/25/63 para. 89(s))").
    static func followsWords(_ followed: Recommendation, cycle: Int) -> String {
        if let same = followed.cycle, same >= cycle {
            return "as also recommended (\(RecommendationCitation.short(number: followed.number, state: followed.state)))"
        }
        return RecommendationCitation.follows(
            number: followed.number, state: followed.state, source: followed.source, cycle: followed.cycle)
    }

}
