import ArgumentParser
import CasebookCore
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
        @Option(help: "F, M or X.")
        var sex: String?
        @Option(help: "Year of birth (not the exact date).")
        var birthYear: Int?
        @Option(help: "Region of origin, for example North Hamgyong.")
        var origin: String?
        @Option(name: .customLong("left"), help: "Year the witness left the country.")
        var leftYear: Int?
        @Option(help: "Where the testimony may be cited: any of icc,upr,public,named, comma-separated, or none.")
        var consent: String?
        @Option(help: "Notes on risks to the witness or their family (sealed like the identity; needs the passphrase).")
        var riskNotes: String?
        @Option(help: "The witness's real name (sealed; needs the passphrase).")
        var name: String?
        @Option(help: "Other names, spellings or Hangul forms, separated by semicolons (sealed).")
        var otherNames: String?
        @Option(help: "How to reach the witness (sealed).")
        var contact: String?
        @Option(help: "Exact date of birth, YYYY-MM-DD (sealed).")
        var born: String?
        @Option(help: "Other identifying notes (sealed).")
        var identityNotes: String?

        func run() throws {
            let witness = try parseID(id, .witness, option: "witness update")
            let scopes = try consent.map { text in
                text.trimmingCharacters(in: .whitespaces).lowercased() == "none" ? [] : try ConsentScope.parseList(text)
            }
            let changes = WitnessChanges(
                pseudonym: pseudonym, sex: sex, birthYear: birthYear, origin: origin, leftYear: leftYear, consent: scopes,
                riskNotes: riskNotes,
                identity: WitnessIdentity(name: name, otherNames: otherNames, contact: contact, born: born, notes: identityNotes))
            let update = try workspace.openCase().updateWitness(
                witness, changes, handler: try handler.resolve(), passphrase: PassphrasePrompt.source)
            try output.emit(update) { HistoryText.update($0, name: $0.record.pseudonym) }
        }
    }
}
