import ArgumentParser
import CasebookCore
import CasebookProtection

extension Casebook {
    struct WitnessAdd: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Record a witness under a pseudonym.",
            discussion: """
                The pseudonym is what every document shows. The identity options (--name, \
                --other-names, --contact, --born, --identity-notes) are sealed with AES-256-GCM under \
                a key derived from the case passphrase, which comes from $CASEBOOK_PASSPHRASE or is \
                asked for at the terminal (never typed on the command line); the first identity \
                recorded sets the passphrase, which must have at least 12 characters that are not \
                mostly a repeat, a run along the alphabet, the digits or the keyboard, or a common \
                password, and, if shorter than 16 characters, mix two kinds of character ('river \
                stone lantern' passes). Put \
                identifying details only in those options: the other fields, like testimony \
                summaries, are stored in clear.

                Consent decides where the witness's testimony may be cited: \(ConsentWords.scopes). \
                A witness grants the three ICC uses separately. With no --consent the witness is cited \
                nowhere.
                """)

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var handler: HandlerOptions

        @Option(help: "The name used for this witness in every output (for example \"Witness 7\" or \"Ahn\").")
        var pseudonym: String
        @OptionGroup var fields: WitnessFields
        @Option(help: "Where the testimony may be cited: any of \(ConsentWords.names), comma-separated.")
        var consent: String = ""
        @OptionGroup var sealed: WitnessSealedFields

        func run() throws {
            let input = NewWitness(
                pseudonym: pseudonym, sex: fields.sex, birthYear: fields.birthYear, origin: fields.origin,
                leftYear: fields.leftYear, consent: try ConsentScope.parseList(consent), riskNotes: sealed.riskNotes)
            let handler = try handler.resolve()
            let open = try workspace.openCase()
            let witness = try open.addWitness(
                input, identity: sealed.identity, passphrase: PassphrasePrompt.source, handler: handler)
            try open.convertRetiredConsentAfterwards(handler: handler)
            printWarnings(consentNotes(input.consent))
            try output.emit(witness) { "Added \($0.id) \($0.pseudonym)\($0.hasSealedIdentity ? " (identity sealed)" : "")." }
        }
    }
}
