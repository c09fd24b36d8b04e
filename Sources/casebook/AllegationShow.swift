import ArgumentParser
import CasebookCore

extension Casebook {
    struct AllegationShow: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one allegation and its details.")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: OutputOptions
        @Argument(help: ArgumentHelp("The allegation, for example AL-1.", valueName: "allegation"))
        var id: String

        func run() throws {
            let allegation = try parseID(id, .allegation, option: "allegation show")
            try output.emit(try workspace.openCase().allegationDetails(allegation), text: AttackText.allegation)
        }
    }
}
