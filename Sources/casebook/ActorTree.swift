import ArgumentParser
import CasebookCore

extension Casebook {
    struct ActorTree: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "tree",
            abstract: "Show the command hierarchy as an indented tree.",
            discussion: "An actor with several superiors appears under each of them.")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            try output.emit(try workspace.openCase().commandTree(), text: RecordsText.commandTree)
        }
    }
}
