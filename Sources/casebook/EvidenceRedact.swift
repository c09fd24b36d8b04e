import ArgumentParser
import CasebookCore

extension Casebook {
    struct EvidenceRedact: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "redact",
            abstract: "Make a redacted copy of a text transcript and add it as evidence linked to the original.",
            discussion: """
                Every protected witness identity (however it is spaced, hyphenated or capitalised), \
                every --term, and every line of redaction-terms.txt in the workspace is replaced by \
                [REDACTED]. The copy is written to --out (a new file, readable only by you), checked \
                for identities, and ingested as a new evidence item with a 'redacted-copy' custody \
                event naming the original, so documents can cite the redacted transcript.
                """)

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var handler: HandlerOptions

        @Argument(help: ArgumentHelp("The transcript to redact, for example E-4.", valueName: "item"))
        var id: String
        @Option(help: "Where to write the redacted copy (a new file).")
        var out: String
        @Option(name: .customLong("term"), help: "A further word or name to redact; repeat for several.")
        var terms: [String] = []

        func run() throws {
            let item = try parseID(id, .evidence, option: "evidence redact")
            let summary = try workspace.openCase().redact(
                item, to: out, extraTerms: terms, passphrase: PassphrasePrompt.source, handler: try handler.resolve())
            try output.emit(summary) {
                "Wrote \($0.file) with \($0.passagesReplaced) passage(s) redacted, and added it as \($0.copy), a redacted copy of \($0.original)."
            }
        }
    }
}
