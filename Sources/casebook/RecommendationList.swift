import ArgumentParser
import CasebookCore

extension Casebook {
    struct RecommendationList: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: "List the register, with each recommendation's latest assessment.")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: OutputOptions
        @Option(help: "Only the recommendations of this source document, exactly as given.")
        var source: String?
        @Option(help: "Only the recommendations with this theme.")
        var theme: String?
        @Option(help: "Only those with this response: supported, noted or partially-supported.")
        var response: String?

        func run() throws {
            let filter = RecommendationFilter(source: source, theme: theme, response: response)
            try output.emit(try workspace.openCase().recommendations(filter), text: RecommendationText.list)
        }
    }
}
