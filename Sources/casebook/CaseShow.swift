import ArgumentParser
import CasebookCore

extension Casebook {
    struct CaseShow: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Show every case fact, set or not.",
            discussion: """
                Facts not set yet are shown as (not set); with --json every fact is a member, null \
                when not set.
                """)

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            try output.emit(try workspace.openCase().caseFacts(), text: CaseFactsText.facts)
        }
    }
}
