import ArgumentParser
import CasebookCore

extension Casebook {
    struct CustodyExportSignatures: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export-signatures",
            abstract: "Write every signed custody event, its signature and the signer's public key, for checking with openssl.",
            discussion: """
                For each signed event NNNNNN the folder gets event-NNNNNN.bin (the event's canonical \
                bytes), event-NNNNNN.sig (the Ed25519 signature) and keys/HANDLER.pem. Anyone can check \
                an event without Casebook:
                  openssl pkeyutl -verify -pubin -inkey keys/HANDLER.pem -rawin -in event-NNNNNN.bin -sigfile event-NNNNNN.sig
                The folder must be new or empty.
                """)

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: OutputOptions

        @Argument(help: ArgumentHelp("The folder to write to (new or empty).", valueName: "dir"))
        var directory: String

        func run() throws {
            try output.emit(try workspace.openCase().exportSignatures(to: directory)) {
                "Wrote \($0.events) signed event(s) by \($0.handlers.isEmpty ? "no one" : $0.handlers.joined(separator: ", ")) to \($0.folder)."
            }
        }
    }
}
