import ArgumentParser
import CasebookCore
import CasebookModel

extension Casebook {
    struct TestimonyAdd: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Record an interview with a witness.",
            discussion: """
                The summary is stored in clear and may appear in documents: write it without names, \
                places or details that would identify the witness or their family.
                """)

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: OutputOptions

        @Option(help: "The witness interviewed, for example W-1.")
        var witness: String
        @Option(help: "Interview date: YYYY-MM-DD (or YYYY-MM, YYYY if only that is known).")
        var date: String
        @OptionGroup var fields: TestimonyFields

        func run() throws {
            var input = NewTestimony(
                witness: try parseID(witness, .witness, option: "--witness"), date: date, interviewer: fields.interviewer,
                place: fields.place, language: fields.language, summary: fields.summary,
                reliabilityNotes: fields.reliability.reliabilityNote,
                transcript: try fields.transcript.map { try parseID($0, .evidence, option: "--transcript") })
            input.reliability = try fields.reliability.grade() ?? nil
            try output.emit(try workspace.openCase().addTestimony(input)) {
                "Added \($0.id): testimony of \($0.witness) \($0.witnessPseudonym), \($0.date)."
            }
        }
    }
}
