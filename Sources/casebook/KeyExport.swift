import ArgumentParser
import CasebookCore

extension Casebook {
    struct KeyExport: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Write a handler's public key and fingerprint, for the trusted keys kept outside the case.",
            discussion: """
                Keep the file (or the fingerprint it prints) somewhere the case cannot change: your \
                procedures, a printed page, another machine. 'casebook verify --trusted-keys FILE' then \
                reports any signing key that is not on that list. The file names the handler on a \
                '# handler: NAME' line before the key, so that several exports can be joined into one \
                list and each key still counts for its own handler only.
                """)

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: OutputOptions

        @Option(help: "The handler whose key to export.")
        var handler: String
        @Option(help: ArgumentHelp("Write the key to this new file instead of printing it.", valueName: "file"))
        var out: String?

        func run() throws {
            let export = try workspace.openCase().exportKey(for: try Handler(handler), to: out)
            try output.emit(export) { export in
                if let file = export.file {
                    return "Wrote the public key of \(export.handler) to \(file).\nFingerprint: \(export.fingerprint)"
                }
                return "# Casebook signing key of \(export.handler)\n# fingerprint: \(export.fingerprint)\n" + export.publicKeyPEM
            }
        }
    }
}
