import CasebookCore
import CasebookDocuments
import CasebookInterchange
import CasebookModel
import CasebookProtection
import Foundation

/// A document `casebook demo` wrote, for its summary.
public struct DemoDocument: Codable, Sendable, Equatable {
    /// What it is, e.g. "UPR submission (docx)".
    public let what: String
    public let file: String
    public let sha256: String
}

/// The UPR documents `casebook demo` writes from the sample case once it is built.
extension DemoDocuments {
    /// The sample's UPR submission: the DPRK's fourth review (Working Group session 47, 7 November
    /// 2024), written as of 1 April 2024, before the submissions for that session closed (about
    /// seven months ahead; a joint submission was filed on 9 April 2024). It covers the period
    /// since the third review, whose recommendations were made on 14 May 2019.
    public static let uprAsOf = "2024-04-01"
    /// The sources the demo's progress reports cover: the Commission of Inquiry and the third review.
    public static let progressSources = [("coi", "A/HRC/25/63"), ("upr", "UPR 3 (2019), A/HRC/42/10")]

    /// Writes the UPR submission (Markdown, HTML, Word), the progress reports (HTML) and the proof
    /// matrix page into the workspace's out/ folder, leak-scanned under the demo's passphrase.
    static func writeUPRDemoDocuments(in open: Case, leakScan: LeakScanOptions, handler: Handler) throws
        -> [DemoDocument]
    {
        let out = open.workspace.outputURL
        var written: [DemoDocument] = []
        for format in DocumentFormat.allCases {
            let content = UPRSubmissionRequest(
                state: "KP", cycle: 4, session: "47", asOf: uprAsOf)
            let report = try open.writeUPRSubmission(
                UPRSubmissionWriteRequest(
                    content: content, format: format,
                    output: out.appendingPathComponent("upr-submission-KP-cycle4.\(format.rawValue)").path),
                leakScan: leakScan, handler: handler)
            written.append(
                DemoDocument(
                    what: "UPR submission (\(format.rawValue), \(report.words) of \(report.wordLimit) words)", file: report.file,
                    sha256: report.sha256))
        }
        for (name, source) in progressSources {
            let report = try open.writeProgressReport(
                ProgressReportWriteRequest(
                    source: source, asOf: uprAsOf, format: .html,
                    output: out.appendingPathComponent("progress-report-\(name).html").path),
                leakScan: leakScan, handler: handler)
            written.append(DemoDocument(what: "progress report, \(source) (html)", file: report.file, sha256: report.sha256))
        }
        let matrix = try open.writeProofMatrixPage(
            ProofMatrixPageRequest(filter: MatrixFilter(), output: out.appendingPathComponent("proof-matrix.html").path),
            leakScan: leakScan, handler: handler)
        written.append(DemoDocument(what: "proof matrix page (html)", file: matrix.file, sha256: matrix.sha256))
        return written
    }
}
