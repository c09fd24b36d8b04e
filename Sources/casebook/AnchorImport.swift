import ArgumentParser
import CasebookCore

extension Casebook {
    struct AnchorImport: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import", abstract: "Keep a timestamp reply (.tsr) after checking that it covers this custody log.")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var handler: HandlerOptions

        @Argument(help: ArgumentHelp("The authority's reply, for example head.tsr.", valueName: "file"))
        var file: String
        @Option(
            help: ArgumentHelp(
                "The authority's CA certificate(s), PEM: the reply's signature and chain are checked before it is kept.",
                valueName: "file"))
        var ca: String?

        func run() throws {
            try output.emit(try workspace.openCase().importAnchor(from: file, handler: try handler.resolve(), authority: ca)) {
                "Stored the timestamp of \($0.time ?? "unknown time"): it proves custody events 1 to \($0.throughSequence) existed unchanged by then."
            }
        }
    }
}
