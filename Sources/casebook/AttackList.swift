import ArgumentParser
import CasebookCore

extension Casebook {
    struct AttackList: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the attacks.")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            try output.emit(try workspace.openCase().attacks(), text: AttackText.list)
        }
    }
}
