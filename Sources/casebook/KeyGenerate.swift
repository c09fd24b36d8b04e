import ArgumentParser
import CasebookCore
import CasebookCrypto
import Foundation

extension Casebook {
    struct KeyGenerate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "generate",
            abstract: "Create an Ed25519 signing key for a handler.",
            discussion: """
                The private key is written to keys/HANDLER.pem in the workspace, readable only by you; \
                keep a backup somewhere safe. The public key is kept in the case. From now on every \
                custody event made by this handler is signed, and Casebook refuses to act as this \
                handler if the key file is missing or readable by others.
                """)

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: OutputOptions

        @Option(help: "The handler, for example kim.investigator (letters, digits, . _ - @).")
        var handler: String
        @Option(
            name: .customLong("out"),
            help: ArgumentHelp(
                "Write the private key to this folder, outside the workspace, instead of keys/; then set $CASEBOOK_KEYS to that folder (an absolute path) when acting as this handler. Whoever holds the workspace alone then cannot sign as them.",
                valueName: "folder"))
        var out: String?

        func run() throws {
            let folder = out.map { URL(fileURLWithPath: $0, isDirectory: true).standardizedFileURL }
            let summary = try workspace.openCase().generateKey(for: try Handler(handler), in: folder)
            try output.emit(summary) {
                "Created a signing key for \($0.handler).\nPrivate key: \($0.privateKeyPath) (keep it secret; back it up)\nFingerprint: \($0.fingerprint)"
            }
        }
    }
}
