import ArgumentParser
import CasebookCore

extension Casebook {
    struct TestimonyList: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the testimonies.")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: OutputOptions

        @Option(help: "Only this witness's testimonies, for example W-1.")
        var witness: String?

        func run() throws {
            let witnessID = try witness.map { try parseID($0, .witness, option: "--witness") }
            try output.emit(try workspace.openCase().testimonies(of: witnessID), text: RecordsText.testimonyList)
        }
    }
}
