import ArgumentParser
import CasebookCore
import CasebookModel

extension Casebook {
    struct EvidenceUpdate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "update",
            abstract: "Correct an evidence item's grade and source links; every change is kept in its history.",
            discussion: """
                Changes what the team judges about an item: its source reliability grade and note, \
                the witness who provided it, and the source it relays. The file, its fingerprints \
                and its provenance (kind, description, source, acquisition) stay as the custody log \
                recorded them. Only the options given are changed; an empty value \
                (--derived-from "") clears a field. Each change is printed and kept, with who made \
                it and when, in the item's history ('casebook history E-n'). A link to nothing, to \
                the item itself, or one that would make the item relay what relays it, is refused.

                Example:
                  casebook evidence update E-7 --reliability B --provided-by W-3
                  casebook evidence update E-9 --derived-from T-4
                """)

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var handler: HandlerOptions

        @Argument(help: ArgumentHelp("The evidence item to correct, for example E-7.", valueName: "item"))
        var id: String
        @OptionGroup var reliability: ReliabilityFields
        @Option(help: "The witness who handed the item over or whom it records (W-n), or a testimony for its witness (T-n).")
        var providedBy: String?
        @Option(help: "The testimony (T-n) or evidence item (E-n) this item relays, such as the interview a report quotes.")
        var derivedFrom: String?

        func run() throws {
            let item = try parseID(id, .evidence, option: "evidence update")
            var changes = EvidenceChanges()
            changes.reliability = try reliability.grade()
            changes.reliabilityNote = reliability.reliabilityNote
            changes.providedBy = try providedBy.map { text in
                text.isEmpty ? nil : try parseID(text, .witness, .testimony, option: "--provided-by")
            }
            changes.derivedFrom = try derivedFrom.map { text in
                text.isEmpty ? nil : try parseID(text, .testimony, .evidence, option: "--derived-from")
            }
            let update = try workspace.openCase().updateEvidence(item, changes, handler: try handler.resolve())
            try output.emit(update) { HistoryText.update($0, name: "(\($0.record.originalName))") }
        }
    }
}
