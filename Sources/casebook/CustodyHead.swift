import ArgumentParser
import CasebookCore

extension Casebook {
    struct CustodyHead: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "head",
            abstract: "Show the newest custody event's number and hash, which stand for the whole log.",
            discussion:
                "Write the hash down, publish it, or have it timestamped ('casebook anchor request') to prove later that the log has not changed since."
        )

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            try output.emit(try workspace.openCase().custodyHead(), text: EvidenceText.head)
        }
    }
}
