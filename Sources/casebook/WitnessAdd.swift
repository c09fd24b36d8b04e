import ArgumentParser
import CasebookCore

extension Casebook {
    struct WitnessAdd: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Record a witness under a pseudonym.",
            discussion: """
                Only the pseudonym and non-identifying facts are accepted for now. Do not put a real \
                name, contact detail or exact date of birth in any field: identity fields will be \
                added encrypted, behind a passphrase, and until then Casebook has nowhere safe to \
                keep them. The pseudonym is what every document shows.

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
        @Option(help: "Notes on risks to the witness or their family (no identifying details).")
        var riskNotes: String?

        func run() throws {
            let input = NewWitness(
                pseudonym: pseudonym, sex: sex, birthYear: birthYear, origin: origin, leftYear: leftYear,
                consent: try ConsentScope.parseList(consent), riskNotes: riskNotes)
            try output.emit(try workspace.openDatabase().addWitness(input)) { "Added \($0.id) \($0.pseudonym)." }
        }
    }
}
