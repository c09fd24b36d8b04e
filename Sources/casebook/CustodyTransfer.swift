import ArgumentParser
import CasebookCore

extension Casebook {
    struct CustodyTransfer: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "transfer", abstract: "Record that an evidence item passed from one person or body to another.",
            discussion: """
                The recipient and the reason stay in the custody log for good and travel in every \
                bag, so in a case with sealed witness identities they are first checked for them \
                (with $CASEBOOK_PASSPHRASE, or the passphrase asked at a terminal) and refused if \
                they name a witness: refer to witnesses by pseudonym.
                """)

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: OutputOptions

        @Argument(help: ArgumentHelp("The evidence item, for example E-1.", valueName: "item"))
        var id: String
        @Option(help: "Who received it, for example \"OHCHR Seoul\".")
        var to: String
        @Option(
            help:
                "Who handed it over (the handler the log names; letters, digits, . _ - @). Default: $CASEBOOK_HANDLER, else your login name."
        )
        var by: String?
        @Option(help: "Why it was transferred.")
        var reason: String?
        @OptionGroup var allowance: CustodyNoteAllowance

        func run() throws {
            let item = try parseID(id, .evidence, option: "custody transfer")
            let recorded = try workspace.openCase().transfer(
                item, to: to, by: try Handler.resolve(by), reason: reason, noteCheck: try allowance.check(askingAtTerminal: true))
            try output.emit(recorded.entry) {
                "Recorded custody event \($0.sequence): \(item) transferred to \(to) by \($0.handler)\($0.signed ? " (signed)" : "")."
            }
            if recorded.unchecked { printWarnings([EvidenceText.uncheckedCustodyNotes]) }
        }
    }
}
