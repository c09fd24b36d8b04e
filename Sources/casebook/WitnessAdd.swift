import ArgumentParser
import CasebookCore

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
                recorded sets the passphrase. Put identifying details only in those options: the \
                other fields, like testimony summaries, are stored in clear.

                Consent decides where the witness's testimony may be cited: icc (confidential ICC \
                material), upr (a UPR submission, which becomes public), public (public reports), \
                named (may be named). With no --consent the witness is cited nowhere.
                """)

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: OutputOptions

        @Option(help: "The name used for this witness in every output (for example \"Witness 7\" or \"Ahn\").")
        var pseudonym: String
        @Option(help: "F, M or X.")
        var sex: String?
        @Option(help: "Year of birth (not the exact date).")
        var birthYear: Int?
        @Option(help: "Region of origin, for example North Hamgyong.")
        var origin: String?
        @Option(name: .customLong("left"), help: "Year the witness left the country.")
        var leftYear: Int?
        @Option(help: "Where the testimony may be cited: any of icc,upr,public,named, comma-separated.")
        var consent: String = ""
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
            let input = NewWitness(
                pseudonym: pseudonym, sex: sex, birthYear: birthYear, origin: origin, leftYear: leftYear,
                consent: try ConsentScope.parseList(consent), riskNotes: riskNotes)
            let identity = WitnessIdentity(name: name, otherNames: otherNames, contact: contact, born: born, notes: identityNotes)
            let witness = try workspace.openDatabase().addWitness(input, identity: identity, passphrase: PassphrasePrompt.source)
            try output.emit(witness) { "Added \($0.id) \($0.pseudonym)\($0.hasSealedIdentity ? " (identity sealed)" : "")." }
        }
    }
}
