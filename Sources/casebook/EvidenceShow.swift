import ArgumentParser
import CasebookCore

extension Casebook {
    struct EvidenceShow: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Show one evidence item: its hashes, size, acquisition, metadata and full custody history.")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: OutputOptions

        @Argument(help: ArgumentHelp("The evidence item, for example E-1.", valueName: "item"))
        var id: String

        func run() throws {
            let item = try parseID(id, .evidence, option: "evidence show")
            try output.emit(try workspace.openCase().evidenceItem(item), text: EvidenceText.evidence)
        }
    }
}
