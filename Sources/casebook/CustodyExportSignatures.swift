import ArgumentParser
import CasebookCore
import CasebookCrypto

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
                The folder must be new or empty. The events are checked for witness identities first.
                """)

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var handler: HandlerOptions
        @OptionGroup var leakScan: LeakScanFlag

        @Argument(help: ArgumentHelp("The folder to write to (new or empty).", valueName: "dir"))
        var directory: String

        func run() throws {
            let summary = try workspace.openCase().exportSignatures(
                to: directory, handler: try handler.resolve(), leakScan: try leakScan.options)
            try output.emit(summary) {
                "Wrote \($0.events) signed event(s) by \($0.handlers.isEmpty ? "no one" : $0.handlers.joined(separator: ", ")) to \($0.folder)."
            }
            printWarnings(summary.warnings)
        }
    }
}
