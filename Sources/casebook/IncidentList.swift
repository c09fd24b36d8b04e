import ArgumentParser
import CasebookCore

extension Casebook {
    struct IncidentList: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the incidents in date order.")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            try output.emit(try workspace.openCase().incidents(), text: RecordsText.incidentList)
        }
    }
}
