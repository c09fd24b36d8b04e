import CasebookCore
import CasebookDocuments
import CasebookModel
import Foundation

/// Lays the progress report out: one section per source, with the counts by response and by
/// assessed status (a bar chart in HTML, a table elsewhere), every recommendation with its status
/// and evidence, and the recommendations a reader should not rely on yet.
enum ProgressReportDocument {
    public static func document(from report: ProgressReport) -> Document {
        var lines: [CoverLine] = []
        if let organization = report.organization { lines.append(CoverLine(label: "Prepared by", value: organization)) }
        lines.append(CoverLine(label: "Case", value: report.title))
        lines.append(CoverLine(label: "Sources", value: report.sources.map(\.source).joined(separator: "; ")))
        return Document(
            kind: .progressReport, title: "Progress on recommendations" + (report.only.map { ": \($0)" } ?? ""),
            cover: Cover(lines: lines), sections: report.sources.enumerated().map { section($0.element, index: $0.offset + 1) },
            noteStyle: .footnotes, numberedParagraphs: false)
    }

    static func section(_ s: ProgressSource, index: Int) -> Section {
        let total = s.rows.count
        let blocks: [Block] = [
            .paragraph(
                Text(
                    "\(DossierDocument.count(total, "recommendation")). By response: \(counts(s.byResponse)). "
                        + "By our latest assessment: \(counts(s.byStatus)).")),
            .figure(
                .bars(
                    BarChart(
                        title: "Recommendations by response and by assessed status", series: ["recommendations"],
                        groups: s.byResponse.map { BarGroup(label: "response: \(words($0.kind))", values: [Double($0.count)]) }
                            + s.byStatus.map { BarGroup(label: "status: \(words($0.kind))", values: [Double($0.count)]) }))),
            .table(
                Table(
                    caption: "Every recommendation, its status and the evidence for it",
                    header: ["Recommendation", "Text", "Response", "Status", "Evidence"],
                    rows: s.rows.map { row in
                        [
                            Text(row.citation), Text(row.text),
                            Text(row.response.map { words($0.rawValue) } ?? "no formal response"),
                            Text(
                                row.status.map { words($0.rawValue) + (row.assessedOn.map { " (\($0))" } ?? "") } ?? "not assessed"),
                            Text(evidence(row)),
                        ]
                    })),
        ]
        let unsupported: Block =
            s.withoutEvidence.isEmpty
            ? .paragraph("Every assessment cites evidence.")
            : .list(
                s.withoutEvidence.map {
                    Text(
                        "\($0.citation): \(words($0.status?.rawValue ?? "")) (\($0.assessedOn ?? "")), no evidence cited"
                            + ($0.note.map { ". \($0)" } ?? ""))
                })
        let never: Block =
            s.neverAssessed.isEmpty
            ? .paragraph("Every recommendation has been assessed.")
            : .list(s.neverAssessed.map { Text($0.citation) })
        return Section(
            id: "source-\(index)", title: s.source, blocks: blocks,
            subsections: [
                Section(id: "source-\(index)-no-evidence", title: "Assessments that cite no evidence", blocks: [unsupported]),
                Section(id: "source-\(index)-never-assessed", title: "Never assessed", blocks: [never]),
            ])
    }

    static func evidence(_ row: ProgressRow) -> String {
        var parts = row.citations.map(\.text)
        if row.withheld > 0 {
            parts.append(
                "\(DossierDocument.count(row.withheld, "testimony", "testimonies")) not cited for the witnesses' protection")
        }
        if parts.isEmpty, row.status != nil { parts.append("none cited") }
        if !row.background.isEmpty {
            parts.append(
                "background, from before the recommendation was made: " + row.background.map(\.text).joined(separator: "; "))
        }
        return parts.joined(separator: "; ")
    }

    static func counts(_ counts: [KindCount]) -> String {
        counts.map { "\($0.count) \(words($0.kind))" }.joined(separator: ", ")
    }

    static func words(_ key: String) -> String { key.replacingOccurrences(of: "-", with: " ") }
}
