import CasebookCore
import CasebookDocuments
import CasebookModel
import CasebookProtection
import Foundation

/// What `matrix --format html` was asked.
public struct ProofMatrixPageRequest: Sendable {
    public var filter: MatrixFilter
    /// The file to write; nil for `out/proof-matrix.html` in the workspace.
    public var output: String?
    public var replace: Bool

    public init(filter: MatrixFilter, output: String?, replace: Bool = false) {
        self.filter = filter
        self.output = output
        self.replace = replace
    }
}

/// What was written, for the command to print.
public struct ProofMatrixPageReport: Codable, Sendable, Equatable {
    public let file: String
    public let sha256: String
    public let bytes: Int
    public let allegations: Int
    public let custodyEvent: Int64
    public let warnings: [String]
    /// The matrix drawn, so `--strict` can judge it as the text matrix would.
    public let matrix: ProofMatrix
}

extension Case {
    /// Draws the proof matrix as one HTML page and publishes it (leak scan, file, custody event).
    public func writeProofMatrixPage(_ request: ProofMatrixPageRequest, leakScan: LeakScanOptions, handler: Handler) throws
        -> ProofMatrixPageReport
    {
        let matrix = try proofMatrix(request.filter)
        let title = try caseFacts().title
        var scope: [String] = []
        if let crime = request.filter.crime { scope.append((try? RomeStatute.crime(crime).name) ?? crime) }
        if let actor = request.filter.actor { scope.append("attributed to \(actor)") }
        var page = ProofMatrixPage(matrix: matrix, caseTitle: title, scope: scope.isEmpty ? nil : scope.joined(separator: ", "))
        let context = page.context()
        let renderer = DocumentRenderer(overrides: workspace.templatesURL)
        let bytes = try renderer.renderPage(context, template: "proof-matrix.html")
        let templateTexts = try renderer.overrideTemplateTexts().map { ("the workspace's template \($0.file)", $0.text) }
        let path = request.output ?? workspace.outputURL.appendingPathComponent("proof-matrix.html").path
        let published = try publishDocument(
            DocumentPublication(
                what: "The proof matrix page", path: path, bytes: bytes, texts: page.texts + templateTexts, citedEvidence: [],
                replace: request.replace),
            leakScan: leakScan, handler: handler)
        return ProofMatrixPageReport(
            file: published.file, sha256: published.sha256, bytes: published.bytes, allegations: matrix.allegations.count,
            custodyEvent: published.custodyEvent, warnings: published.warnings, matrix: matrix)
    }
}
