import ArgumentParser
import CasebookCore

extension Casebook {
    struct WitnessReveal: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "reveal",
            abstract: "Show a witness's sealed identity (needs the case passphrase).",
            discussion: "Prints the real name and other protected fields. Mind who can see your screen.")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: OutputOptions

        @Argument(help: ArgumentHelp("The witness, for example W-1.", valueName: "witness"))
        var id: String

        func run() throws {
            let witness = try parseID(id, .witness, option: "witness reveal")
            let revealed = try workspace.openDatabase().revealWitness(witness, passphrase: try PassphrasePrompt.source.passphrase())
            try output.emit(revealed, text: RecordsText.revealed)
        }
    }
}
