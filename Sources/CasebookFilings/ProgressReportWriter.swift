import CasebookCore
import CasebookDocuments
import CasebookModel
import CasebookProtection
import Foundation

/// What `report progress` asks for.
public struct ProgressReportWriteRequest: Sendable {
    /// Only this source document, as the register gives it; nil for every source.
    public var source: String?
    public var asOf: String
    public var format: DocumentFormat
    /// The file to write; nil for `out/progress-report-<date>.<format>` in the workspace.
    public var output: String?
    public var replace: Bool

    public init(source: String? = nil, asOf: String, format: DocumentFormat, output: String?, replace: Bool = false) {
        self.source = source
        self.asOf = asOf
        self.format = format
        self.output = output
        self.replace = replace
    }
}

/// What was written, for the command to print.
public struct ProgressReportWriteReport: Codable, Sendable, Equatable {
    public let file: String
    public let format: String
    public let sha256: String
    public let bytes: Int
    public let recommendations: Int
    public let withoutEvidence: Int
    public let neverAssessed: Int
    public let custodyEvent: Int64
    public let warnings: [String]
}

extension Case {
    /// Builds, renders and publishes the progress report (leak scan, file, custody events).
    public func writeProgressReport(_ request: ProgressReportWriteRequest, leakScan: LeakScanOptions, handler: Handler) throws
        -> ProgressReportWriteReport
    {
        let report = try progressReport(source: request.source, asOf: request.asOf)
        let document = ProgressReportDocument.document(from: report)
        let renderer = DocumentRenderer(overrides: workspace.templatesURL)
        let bytes = try renderer.render(document, as: request.format, asOf: request.asOf)
        // A team's own templates go out with the text: they are scanned like it.
        let templateTexts = try renderer.overrideTemplateTexts().map { ("the workspace's template \($0.file)", $0.text) }
        let path =
            request.output
            ?? workspace.outputURL.appendingPathComponent("progress-report-\(request.asOf).\(request.format.rawValue)").path
        let published = try publishDocument(
            DocumentPublication(
                what: "The progress report", path: path, bytes: bytes,
                texts: document.textsForLeakScan(what: "the progress report") + templateTexts,
                citedEvidence: report.citedEvidence, replace: request.replace),
            leakScan: leakScan, handler: handler)
        return ProgressReportWriteReport(
            file: published.file, format: request.format.rawValue, sha256: published.sha256, bytes: published.bytes,
            recommendations: report.sources.reduce(0) { $0 + $1.rows.count },
            withoutEvidence: report.sources.reduce(0) { $0 + $1.withoutEvidence.count },
            neverAssessed: report.sources.reduce(0) { $0 + $1.neverAssessed.count }, custodyEvent: published.custodyEvent,
            warnings: published.warnings)
    }
}
