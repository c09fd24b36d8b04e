import ArgumentParser
import CasebookCore
import CasebookInterchange
import CasebookModel
import Foundation

extension Casebook {
    struct RecommendationImport: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Import recommendations from a CSV file (source, number, state, text, response, themes), all or nothing.",
            discussion: """
                The same as 'casebook import FILE --kind recommendations'. A row whose source and \
                number are already in the register updates that recommendation; the summary counts \
                the recommendations added and updated.

                Each recommendation records the State it was made to (column state_under_review, \
                or --state-under-review for a file without it), the UPR cycle (column cycle; read \
                from a source such as "UPR 3 (2019), A/HRC/42/10") and the day it was made (column \
                date_made). Casebook knows the DPRK's reviews and the Commission of Inquiry's \
                report (A/HRC/13/13, A/HRC/27/10, A/HRC/42/10, A/HRC/25/63); for other documents \
                give the date.
                """)

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var handler: HandlerOptions
        @Argument(help: ArgumentHelp("The CSV file of recommendations.", valueName: "file"))
        var file: String
        @Option(
            help: ArgumentHelp(
                "The State under review (ISO code, for example KP) for the rows that do not give one.", valueName: "code"))
        var stateUnderReview: String?

        func run() throws {
            var request = ImportRequest(path: file, kind: .recommendations, handler: try handler.resolve())
            request.stateUnderReview = stateUnderReview
            let summary: ImportSummary
            do {
                summary = try workspace.openCase().importFile(request)
            } catch let error as ImportError {
                guard case .problems = error else { throw error }
                FileHandle.standardError.write(Data((TerminalText.escaped(FailureText.importWords(error)) + "\n").utf8))
                throw ExitCode(FailureCategory.badInput.exitStatus)
            }
            printWarnings(summary.warnings)
            try output.emit(summary) {
                "Imported \($0.file): \($0.added) recommendation\($0.added == 1 ? "" : "s") added, \($0.updated) updated (already in the register: same source and number), \($0.unchanged) unchanged."
            }
        }
    }
}
