import ArgumentParser
import CasebookCore
import CasebookProtection
import Foundation

extension Casebook {
    struct WitnessConsent: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "consent",
            abstract: "Change where a witness's testimony may be cited; the change is logged.",
            discussion: """
                Scopes: \(ConsentWords.scopes). A witness grants the three ICC uses separately; \
                the ICC dossier cites a testimony with icc-lead or icc-evidence, and annexes only what \
                has icc-evidence. --set replaces the scopes; --set none withdraws all consent. Documents \
                count the testimonies they may not cite without citing them.
                """)

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var handler: HandlerOptions

        @Argument(help: ArgumentHelp("The witness, for example W-1.", valueName: "witness"))
        var id: String
        @Option(help: "The new scopes, comma-separated (\(ConsentWords.names)), or none.")
        var set: String

        func validate() throws {
            if set.split(separator: ",").allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
                throw ValidationError(
                    "--set needs the scopes (\(ConsentWords.names)), or none to withdraw all consent; an empty value is not taken as none."
                )
            }
        }

        func run() throws {
            let witness = try parseID(id, .witness, option: "witness consent")
            let scopes = set.trimmingCharacters(in: .whitespaces).lowercased() == "none" ? [] : try ConsentScope.parseList(set)
            let handler = try handler.resolve()
            let open = try workspace.openCase()
            let summary = try open.setConsent(witness, to: scopes, handler: handler)
            try open.convertRetiredConsentAfterwards(handler: handler)
            printWarnings(consentNotes(scopes))
            try output.emit(summary) {
                "\($0.id) \($0.pseudonym) may now be cited in: \($0.consent.isEmpty ? "nothing" : $0.consent.map(\.rawValue).joined(separator: ", "))."
            }
        }
    }
}
