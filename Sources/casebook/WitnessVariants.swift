import ArgumentParser
import CasebookCore
import Foundation

extension Casebook {
    struct WitnessVariants: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "variants",
            abstract: "Show every spelling of a witness's identity that the leak scan stops (needs the case passphrase).",
            discussion: """
                For a name written in Hangul the scan also looks for the name in the other Korea's \
                spelling (리/이, 림/임, 로/노) and for its romanisations (Revised Romanization, \
                McCune-Reischauer, customary spellings of family names such as Lee, Park or Choi), \
                with the family name first or last. The list reveals the identity, so it is printed \
                only to a terminal, unless you add --force. Each use is recorded in the custody log, as a reveal is.
                """)

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var handler: HandlerOptions

        @Argument(help: ArgumentHelp("The witness, for example W-1.", valueName: "witness"))
        var id: String

        @Flag(help: "Print even when the output is not a terminal (a file or a pipe keeps what it is given).")
        var force = false

        func run() throws {
            let witness = try parseID(id, .witness, option: "witness variants")
            guard force || isatty(STDOUT_FILENO) != 0 else {
                throw ValidationError(
                    "'witness variants' prints spellings of a real name, so it prints only to a terminal; add --force to send them to a file or pipe"
                )
            }
            let report = try workspace.openCase().witnessVariants(
                witness, passphrase: try PassphrasePrompt.source.passphrase(), handler: try handler.resolve())
            try output.emit(report, text: RecordsText.variants)
        }
    }
}
