import ArgumentParser
import CasebookCore
import CasebookProtection
import Foundation

extension Casebook {
    struct WitnessUpdate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "update",
            abstract: "Correct a witness; every change is kept in its history.",
            discussion: """
                Takes the options of 'witness add'. Only the options given are changed; an empty \
                value (--origin "") clears a field, and --consent none withdraws all consent. Each \
                changed field is printed, one line each, and kept with who changed it and when in \
                the history ('casebook history W-n'). A change of consent is also logged in the \
                custody log.

                The identity options (--name, --other-names, --contact, --born, --identity-notes) \
                need the case passphrase, from $CASEBOOK_PASSPHRASE or asked at the terminal. For \
                them the history keeps only that they changed, never the old or the new value, and \
                no message repeats them.

                Examples:
                  casebook witness update W-1 --birth-year 1976 --origin "Ryanggang"
                  casebook witness update W-1 --contact "+82 10 0000 0000"    # asks for the passphrase
                """)

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var handler: HandlerOptions

        @Argument(help: ArgumentHelp("The witness to correct, for example W-1.", valueName: "witness"))
        var id: String
        @Option(help: ArgumentHelp("A new pseudonym (the name every document shows).", valueName: "text"))
        var pseudonym: String?
        @OptionGroup var fields: WitnessFields
        @Option(help: "Where the testimony may be cited: any of \(ConsentWords.names), comma-separated, or none.")
        var consent: String?
        @OptionGroup var sealed: WitnessSealedFields

        func run() throws {
            let witness = try parseID(id, .witness, option: "witness update")
            let scopes = try consent.map { text in
                text.trimmingCharacters(in: .whitespaces).lowercased() == "none" ? [] : try ConsentScope.parseList(text)
            }
            let changes = WitnessChanges(
                pseudonym: pseudonym, sex: fields.sex, birthYear: fields.birthYear, origin: fields.origin,
                leftYear: fields.leftYear, consent: scopes, riskNotes: sealed.riskNotes, identity: sealed.identity)
            let handler = try handler.resolve()
            let open = try workspace.openCase()
            let update = try open.updateWitness(witness, changes, handler: handler, passphrase: PassphrasePrompt.source)
            try open.convertRetiredConsentAfterwards(handler: handler)
            printWarnings(consentNotes(scopes ?? []))
            try output.emit(update) { HistoryText.update($0, name: $0.record.pseudonym) }
        }
    }
}
