import ArgumentParser
import CasebookCore

extension Casebook {
    struct Status: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show the case at a glance: its title, how many records of each kind it holds, and its proof gaps.")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            try output.emit(try workspace.openCase().status(), text: RecordsText.status)
        }
    }
}
