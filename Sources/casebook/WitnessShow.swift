import ArgumentParser
import CasebookCore

extension Casebook {
    struct WitnessShow: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one witness.")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: OutputOptions

        @Argument(help: ArgumentHelp("The witness, for example W-1.", valueName: "witness"))
        var id: String

        func run() throws {
            let witness = try parseID(id, .witness, option: "witness show")
            try output.emit(try workspace.openCase().witness(witness), text: RecordsText.witness)
        }
    }
}
