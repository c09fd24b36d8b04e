import ArgumentParser
import CasebookCore
import CasebookDocuments
import CasebookFilings

extension Casebook {
    struct ReportProgress: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "progress",
            abstract: "Write a progress report on the recommendations of the register: what was done.",
            discussion: """
                For each source document (or only --source): the recommendations counted by the State's \
                response and by our latest assessment (a bar chart in HTML), a table of every \
                recommendation with its status and the evidence for it, and the lists of assessments that \
                cite no evidence and of recommendations never assessed. Testimony is cited only where the \
                witness consented to public use. The custody log records the file's SHA-256.
                """)

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var handler: HandlerOptions
        @OptionGroup var leakScan: LeakScanFlag

        @Option(
            help: ArgumentHelp(
                "Only the recommendations of this source, as the register gives it, for example A/HRC/25/63.", valueName: "source"))
        var source: String?
        @Option(help: "md (Markdown), html (with a chart) or docx (Word).")
        var format: DocumentFormat = .html
        @Option(
            name: .customLong("out"),
            help: ArgumentHelp("The file to write. Default: out/progress-report-DATE.FORMAT in the workspace.", valueName: "file"))
        var file: String?
        @Option(
            name: .customLong("as-of"), help: ArgumentHelp("The report's date, YYYY-MM-DD (default: today).", valueName: "date"))
        var asOf: String?
        @Flag(help: "Replace the file if it exists.")
        var force = false

        func run() throws {
            let request = ProgressReportWriteRequest(
                source: source, asOf: try dossierDate(asOf), format: format, output: file, replace: force)
            let report = try workspace.openCase().writeProgressReport(
                request, leakScan: try leakScan.options, handler: try handler.resolve())
            try output.emit(report) { r in
                """
                Wrote the progress report to \(r.file) (\(r.bytes) bytes).
                SHA-256: \(r.sha256)
                \(r.recommendations) recommendation\(r.recommendations == 1 ? "" : "s"); \(r.withoutEvidence) assessed without evidence; \(r.neverAssessed) never assessed.
                Recorded in the custody log as event \(r.custodyEvent).
                """
            }
            printWarnings(report.warnings)
        }
    }
}
