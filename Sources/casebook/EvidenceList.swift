import ArgumentParser
import CasebookCore

extension Casebook {
    struct EvidenceList: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the evidence items.")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            try output.emit(try workspace.openCase().evidenceItems(), text: EvidenceText.evidenceList)
        }
    }
}
