import ArgumentParser
import CasebookCore

extension Casebook {
    struct CustodyLog: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "log", abstract: "Show the custody log, or one item's part of it.")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: OutputOptions

        @Argument(help: ArgumentHelp("Only this evidence item's events, for example E-1.", valueName: "item"))
        var id: String?

        func run() throws {
            let item = try id.map { try parseID($0, .evidence, option: "custody log") }
            try output.emit(try workspace.openCase().custodyLog(for: item), text: EvidenceText.custodyLog)
        }
    }
}
