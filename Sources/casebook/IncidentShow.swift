import ArgumentParser
import CasebookCore

extension Casebook {
    struct IncidentShow: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one incident.")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: OutputOptions

        @Argument(help: ArgumentHelp("The incident, for example I-1.", valueName: "incident"))
        var id: String

        func run() throws {
            let incident = try parseID(id, .incident, option: "incident show")
            try output.emit(try workspace.openCase().incident(incident), text: RecordsText.incident)
        }
    }
}
