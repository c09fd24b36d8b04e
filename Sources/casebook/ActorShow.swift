import ArgumentParser
import CasebookCore

extension Casebook {
    struct ActorShow: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one actor and whom it answers to.")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: OutputOptions

        @Argument(help: ArgumentHelp("The actor, for example A-1.", valueName: "actor"))
        var id: String

        func run() throws {
            let actor = try parseID(id, .actor, option: "actor show")
            try output.emit(try workspace.openCase().actor(actor), text: RecordsText.actor)
        }
    }
}
