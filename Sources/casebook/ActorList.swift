import ArgumentParser
import CasebookCore

extension Casebook {
    struct ActorList: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the actors.")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            try output.emit(try workspace.openCase().actors(), text: RecordsText.actorList)
        }
    }
}
