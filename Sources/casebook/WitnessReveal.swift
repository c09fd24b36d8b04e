import ArgumentParser
import CasebookCore

extension Casebook {
    struct WitnessReveal: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "reveal",
            abstract: "Show a witness's sealed identity (needs the case passphrase).",
            discussion:
                "Prints the real name and other protected fields. Mind who can see your screen. Each reveal is recorded in the custody log: who, when, and which fields (never the values)."
        )

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var handler: HandlerOptions

        @Argument(help: ArgumentHelp("The witness, for example W-1.", valueName: "witness"))
        var id: String

        func run() throws {
            let witness = try parseID(id, .witness, option: "witness reveal")
            let revealed = try workspace.openCase().revealWitness(
                witness, passphrase: try PassphrasePrompt.source.passphrase(), handler: try handler.resolve())
            try output.emit(revealed, text: RecordsText.revealed)
        }
    }
}
