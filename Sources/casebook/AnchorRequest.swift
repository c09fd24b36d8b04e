import ArgumentParser
import CasebookCore

extension Casebook {
    struct AnchorRequest: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "request",
            abstract: "Write an RFC 3161 timestamp request (DER) for the custody log's head.",
            discussion: "Check it with 'openssl ts -query -in FILE -text'. The file must not exist yet.")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: OutputOptions

        @Argument(help: ArgumentHelp("The request file to write, for example head.tsq.", valueName: "file"))
        var file: String

        func run() throws {
            try output.emit(try workspace.openCase().writeAnchorRequest(to: file)) {
                "Wrote a timestamp request for custody event \($0.head.sequence) (hash \($0.head.hash)) to \($0.file)."
            }
        }
    }
}
