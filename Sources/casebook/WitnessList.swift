import ArgumentParser
import CasebookCore

extension Casebook {
    struct WitnessList: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the witnesses.")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            try output.emit(try workspace.openCase().witnesses(), text: RecordsText.witnessList)
        }
    }
}
