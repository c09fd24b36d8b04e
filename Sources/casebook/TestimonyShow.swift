import ArgumentParser
import CasebookCore

extension Casebook {
    struct TestimonyShow: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one testimony.")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: OutputOptions

        @Argument(help: ArgumentHelp("The testimony, for example T-1.", valueName: "testimony"))
        var id: String

        func run() throws {
            let testimony = try parseID(id, .testimony, option: "testimony show")
            try output.emit(try workspace.openCase().testimony(testimony), text: RecordsText.testimony)
        }
    }
}
