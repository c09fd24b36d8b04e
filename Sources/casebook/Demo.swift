import ArgumentParser
import CasebookCore
import CasebookFilings
import CasebookInterchange
import CasebookModel
import Foundation

extension Casebook {
    struct Demo: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Build the fictional sample DPRK case in a fresh workspace, and show what Casebook makes of it.",
            discussion: """
                Imports the sample of evidence/sample (found from the repository root, or given with \
                --sample), ingests its evidence files, verifies them, and writes the proof matrix, a \
                BagIt bag, a JSON export, the ICC dossier (Markdown, HTML and Word), the UPR submission for \
                the DPRK's fourth review (Markdown, HTML and Word) and progress reports on the Commission \
                of Inquiry's and the third review's recommendations under the workspace's out/ folder. The \
                sample's fictional identities are sealed under the passphrase 'casebook-demo'.
                """)

        @Option(help: ArgumentHelp("The folder of the new demo workspace (it must not exist, or be empty).", valueName: "dir"))
        var out = "casebook-demo"

        @Option(help: ArgumentHelp("The sample case folder, when not run from the repository.", valueName: "dir"))
        var sample: String?

        @OptionGroup var output: OutputOptions
        @OptionGroup var handler: HandlerOptions

        /// "1 attack", "44 evidence files", "40 testimonies".
        static func count(_ number: Int, _ kind: String) -> String {
            let plural = kind == "evidence" ? "evidence files" : kind.replacingOccurrences(of: "-", with: " ")
            let singular = kind == "evidence" ? "evidence file" : kind == "testimonies" ? "testimony" : String(plural.dropLast())
            return "\(number) \(number == 1 ? singular : plural)"
        }

        /// The proof matrix file the demo writes: a heading and the matrix as `casebook matrix` prints it.
        static func matrixFile(title: String, matrix: ProofMatrix) -> String {
            """
            Proof matrix: \(title)
            Written by 'casebook demo' at \(timestampNow()). [ok ] an element at least one source proves; [GAP] an element \
            no source proves yet; "needs:" says what is missing.

            \(ProofMatrixText.render(matrix))

            """
        }

        func run() throws {
            let request = DemoRequest(
                folder: out, sample: sample, handler: try handler.resolve(), matrixFile: Self.matrixFile(title:matrix:))
            let built = try DemoDocuments.run(request, asOf: try dossierDate(nil))
            try output.emit(built) { built in
                let report = built.demo
                let counts = report.imports.flatMap(\.kinds).map { Self.count($0.added, $0.kind.rawValue) }.joined(separator: ", ")
                return """
                    Built the sample case in \(report.workspace)
                      imported from \(report.sample): \(counts)
                      evidence verified: \(report.verified ? "intact" : "PROBLEMS (run casebook verify)")
                      proof matrix:  \(report.matrixFile) (\(report.proofGaps) gaps left on purpose)
                      BagIt bag:     \(report.bagFolder)
                      JSON export:   \(report.jsonFile)
                      ICC dossier:   \(built.dossiers.map(\.file).joined(separator: "\n                 "))
                    \(built.upr.map { "  \($0.what): \($0.file)" }.joined(separator: "\n"))
                    The witnesses are fictional; their made-up identities are sealed under the passphrase '\(report.passphrase)'.

                    Next, try:
                      casebook -C \(out) status
                      casebook -C \(out) matrix --crime torture
                      casebook -C \(out) actor tree
                      casebook -C \(out) recommendation list
                      casebook -C \(out) upr recommendations
                      casebook upr count \(out)/out/upr-submission-KP-cycle4.docx
                      casebook -C \(out) witness list
                      CASEBOOK_PASSPHRASE=\(report.passphrase) casebook -C \(out) witness reveal W-1
                      casebook -C \(out) custody log E-1
                      casebook -C \(out) verify
                      casebook -C \(out) jurisdiction
                      casebook -C \(out) case show
                    """
            }
        }
    }
}
