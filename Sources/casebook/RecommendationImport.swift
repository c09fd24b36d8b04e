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
                """)

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var handler: HandlerOptions
        @Argument(help: ArgumentHelp("The CSV file of recommendations.", valueName: "file"))
        var file: String

        func run() throws {
            let request = ImportRequest(path: file, kind: .recommendations, handler: try handler.resolve())
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
