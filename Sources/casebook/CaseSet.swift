import ArgumentParser
import CasebookCore

extension Casebook {
    struct CaseSet: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set",
            abstract: "Set one case fact; every change is kept in the case's history.",
            discussion: """
                The case facts:
                \(CaseFact.allCases.map { "  \($0.key): \($0.help)" }.joined(separator: "\n"))

                An empty value ("") clears a fact (not the title). Give long notes with --file PATH \
                (UTF-8 text) instead of a value. Each change is kept, with who made it and when, in \
                the history ('casebook history case').

                Examples:
                  casebook case set situation "Democratic People's Republic of Korea"
                  casebook case set period 1990/2024
                  casebook case set complementarity --file notes/complementarity.txt
                """)

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var handler: HandlerOptions

        @Argument(help: ArgumentHelp("The fact to set, for example situation (see the list above).", valueName: "field"))
        var field: String
        @Argument(help: ArgumentHelp("The new value; \"\" clears the fact.", valueName: "value"))
        var value: String?
        @Option(help: ArgumentHelp("A UTF-8 text file holding the value, for long notes.", valueName: "path"))
        var file: String?

        func run() throws {
            let update = try workspace.openCase().setCaseFact(
                CaseFactSetting(field: field, value: value, file: file), handler: try handler.resolve())
            try output.emit(update, text: CaseFactsText.update)
        }
    }
}
