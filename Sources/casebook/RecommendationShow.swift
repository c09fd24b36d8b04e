import ArgumentParser
import CasebookCore

extension Casebook {
    struct RecommendationShow: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show", abstract: "Show a recommendation with every assessment of it, newest last.")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: OutputOptions
        @Argument(help: ArgumentHelp("The recommendation, for example R-1.", valueName: "recommendation"))
        var id: String

        func run() throws {
            let recommendation = try parseID(id, .recommendation, option: "recommendation show")
            try output.emit(try workspace.openCase().recommendation(recommendation), text: RecommendationText.show)
        }
    }
}
