import ArgumentParser
import CasebookCore
import CasebookModel

extension Casebook {
    struct TestimonyUpdate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "update",
            abstract: "Correct a testimony; every change is kept in its history.",
            discussion: """
                Takes the options of 'testimony add'. Only the options given are changed; an empty \
                value (--place "") clears a field. Each changed field is printed, one line each, and \
                kept with who changed it and when, and the old and new value, in the history \
                ('casebook history T-n'). The summary is stored in clear: if a name slipped into it, \
                correct it here, and remember that the history keeps the old text.

                Example:
                  casebook testimony update T-1 --date 2019-05-04 --interviewer "Investigator B"
                """)

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var handler: HandlerOptions

        @Argument(help: ArgumentHelp("The testimony to correct, for example T-1.", valueName: "testimony"))
        var id: String
        @Option(help: "The witness interviewed, for example W-1, if it was recorded against the wrong one.")
        var witness: String?
        @Option(help: "Interview date: YYYY-MM-DD (or YYYY-MM, YYYY if only that is known).")
        var date: String?
        @OptionGroup var fields: TestimonyFields

        func run() throws {
            let testimony = try parseID(id, .testimony, option: "testimony update")
            var changes = TestimonyChanges(
                witness: try witness.map { try parseID($0, .witness, option: "--witness") }, date: date,
                interviewer: fields.interviewer, place: fields.place, language: fields.language, summary: fields.summary,
                reliabilityNotes: fields.reliability.reliabilityNote,
                transcript: try fields.transcript.map { text -> RecordID? in
                    text.isEmpty ? nil : try parseID(text, .evidence, option: "--transcript")
                })
            changes.reliability = try fields.reliability.grade()
            let update = try workspace.openCase().updateTestimony(testimony, changes, handler: try handler.resolve())
            try output.emit(update) {
                HistoryText.update($0, name: "(testimony of \($0.record.witness) \($0.record.witnessPseudonym))")
            }
        }
    }
}
