import CasebookModel
import CasebookProtection
import CasebookStore
import Foundation

extension Case {
    /// Builds the progress report from the register: per source, in the order first entered.
    /// A progress report may be published, so testimony is cited only with consent to public use.
    public func progressReport(source: String?, asOf: String) throws -> ProgressReport {
        let all = try database.recommendations().map { $0.asOf(asOf) }
        let only = source.map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
        let chosen = all.filter { only == nil || $0.source == only }
        guard !chosen.isEmpty else {
            throw ProgressReportError.emptyRegister(source: only, known: Self.unique(all.map(\.source)))
        }
        let used = Self.unique(chosen.flatMap { $0.latestAssessment?.sources.map(\.id) ?? [] }).sorted(by: Self.ordered)
        let sources = DossierSources(
            testimonies: try database.testimonies(), evidence: try evidenceItems(),
            decision: try database.consentDecision(for: .publicReport, sources: used))
        let incidents = Dictionary(uniqueKeysWithValues: try database.incidents().map { ($0.id, $0) })

        let dated = Dictionary(
            try database.datedSources(used).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        func words(_ citation: DossierCitation) -> DossierCitation {
            guard citation.source.kind == .incident, let incident = incidents[citation.source] else { return citation }
            return DossierCitation(source: citation.source, text: "\(citation.source) (\(incident.title), \(incident.date))")
        }
        let rows = chosen.map { recommendation in
            let latest = recommendation.latestAssessment
            // Only what happened after the recommendation was made can show how it was implemented.
            let isBackground = { (source: AssessmentSource) in
                source.background || (recommendation.madeOn.map { dated[source.id]?.isBefore($0) ?? false } ?? false)
            }
            let all = latest?.sources ?? []
            let cited = all.filter { !isBackground($0) }.map {
                CitedSource(source: $0.id, label: $0.label, pinpoint: nil, note: nil)
            }
            let older = all.filter(isBackground).map { CitedSource(source: $0.id, label: $0.label, pinpoint: nil, note: nil) }
            let (citations, withheld) = sources.cite(cited)
            let (background, backgroundWithheld) = sources.cite(older)
            var row = ProgressRow(
                id: recommendation.id, citation: recommendation.citation, text: recommendation.text,
                response: recommendation.response, status: latest?.status, assessedOn: latest?.date, note: latest?.note,
                citations: citations.map(words), withheld: withheld + backgroundWithheld, sourceCount: cited.count)
            row.background = background.map(words)
            return row
        }
        let grouped = Self.unique(chosen.map(\.source)).map { name in
            let group = rows.filter { row in chosen.first { $0.id == row.id }?.source == name }
            var responses = RecommendationResponse.allCases.map { response in
                KindCount(kind: response.rawValue, count: group.filter { $0.response == response }.count)
            }
            responses.append(KindCount(kind: "no formal response", count: group.filter { $0.response == nil }.count))
            var statuses = ImplementationStatus.allCases.map { status in
                KindCount(kind: status.rawValue, count: group.filter { $0.status == status }.count)
            }
            statuses.append(KindCount(kind: "not assessed", count: group.filter { $0.status == nil }.count))
            return ProgressSource(
                source: name, byResponse: responses.filter { $0.count > 0 }, byStatus: statuses.filter { $0.count > 0 },
                rows: group, withoutEvidence: group.filter { $0.status != nil && $0.sourceCount == 0 },
                neverAssessed: group.filter { $0.status == nil })
        }
        let facts = try caseFacts()
        return ProgressReport(title: facts.title, organization: facts.organization, date: asOf, only: only, sources: grouped)
    }
}
