import CasebookCore
import CasebookDocuments
import CasebookModel
import Foundation
import Testing

@testable import CasebookFilings

/// The filings laid out from a case: the same case and as-of date give the same document, and
/// the document says which case it is about.
@Suite("Filings laid out from a case")
struct FilingLayoutTests {
    /// A new case in a temporary folder, with one incident alleged as murder.
    static func smallCase() throws -> Case {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("filings-\(UUID().uuidString)")
        let workspace = try Workspace.create(at: folder.path, title: "Executions at a holding centre", organization: "A team")
        let open = try workspace.open()
        let incident = try open.addIncident(NewIncident(title: "Public execution", date: "2013-03-15", country: "KP"))
        _ = try open.allege(incident: incident.id, crime: "murder")
        return open
    }

    @Test("the dossier is laid out the same way twice, with its summary, methodology and jurisdiction")
    func dossierIsDeterministic() throws {
        let open = try Self.smallCase()
        let request = DossierRequest(asOf: "2026-01-01")
        let first = DossierDocument.document(from: try open.dossier(request))
        let second = DossierDocument.document(from: try open.dossier(request))
        #expect(first == second)
        #expect(first.kind == .iccDossier)
        #expect(first.cover.lines.contains(CoverLine(label: "Submitted by", value: "A team")))
        let ids = first.sections.map(\.id)
        #expect(["summary", "methodology", "jurisdiction"].allSatisfy(ids.contains), "\(ids)")
    }

    @Test("the progress report names the case on its cover and has one section per source of recommendations")
    func progressReportCover() throws {
        let open = try Self.smallCase()
        _ = try open.saveRecommendation(
            RecommendationInput(
                source: "A/HRC/42/10", number: "126.52", state: "Chile", text: "Ratify the Convention against Torture",
                response: "noted"),
            handler: try Handler("tester"))
        let report = ProgressReportDocument.document(from: try open.progressReport(source: nil, asOf: "2026-01-01"))
        #expect(report.kind == .progressReport)
        #expect(report.cover.lines.contains(CoverLine(label: "Case", value: "Executions at a holding centre")))
        #expect(report.cover.lines.contains(CoverLine(label: "Sources", value: "A/HRC/42/10")))
        #expect(report.sections.count == 1)
    }
}
