import ArgumentParser
import CasebookCore

extension Casebook {
    struct UPRRecommendations: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "recommendations", abstract: "List our recommendations for the next review, with their SMART checks.")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            try output.emit(try workspace.openCase().ourRecommendations(), text: RecommendationText.oursList)
        }
    }
}
