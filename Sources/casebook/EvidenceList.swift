import ArgumentParser
import CasebookCore

extension Casebook {
    struct EvidenceList: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: "List the evidence items.",
            discussion: """
                The Metadata column flags what a file says about itself: GPS when its metadata gives \
                where it was made, person when it names a person (author, artist, creator, by-line, \
                last modified by), type? when its content and its name say different kinds of file \
                (a transcript behind a JPEG header). 'evidence show E-n' lists the fields; \
                'evidence strip-metadata E-n' makes a copy without them.
                """)

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            try output.emit(try workspace.openCase().evidenceItems(), text: EvidenceText.evidenceList)
        }
    }
}
