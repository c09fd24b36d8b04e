import CasebookCore
import CasebookDocuments
import CasebookInterchange
import CasebookModel
import CasebookProtection
import Foundation

/// What `casebook demo` built, with the documents written from it.
public struct DemoDocumentsReport: Codable, Sendable, Equatable {
    public let demo: DemoReport
    /// The ICC dossier in each format.
    public let dossiers: [DossierWriteReport]
    /// The UPR submission in each format and the progress reports.
    public let upr: [DemoDocument]
}

/// The demo end to end: the sample case built by the core, then every document a team files
/// written from it, so a newcomer sees the whole path from evidence to filing.
public enum DemoDocuments {
    public static func run(_ request: DemoRequest, asOf: String) throws -> DemoDocumentsReport {
        let demo = try Demo.run(request)
        let open = try Workspace(root: URL(fileURLWithPath: demo.workspace)).open()
        let passphrase = try Passphrase(Demo.passphrase)
        let leakScan = LeakScanOptions(passphrase: PassphraseSource { passphrase })
        var dossiers: [DossierWriteReport] = []
        for format in DocumentFormat.allCases {
            let file = open.workspace.outputURL.appendingPathComponent("dossier-icc.\(format.rawValue)").path
            // The Word file is a filing, as `dossier icc --format docx` writes it, with its work notes
            // beside it; the Markdown and HTML files are working copies.
            var write = DossierWriteRequest(content: DossierRequest(asOf: asOf), format: format, output: file)
            write.filing = format == .docx
            dossiers.append(try open.writeDossier(write, leakScan: leakScan, handler: request.handler))
        }
        let upr = try writeUPRDemoDocuments(in: open, leakScan: leakScan, handler: request.handler)
        return DemoDocumentsReport(demo: demo, dossiers: dossiers, upr: upr)
    }
}
