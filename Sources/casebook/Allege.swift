import ArgumentParser
import CasebookCore

extension Casebook {
    struct Allege: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Allege that an incident constitutes a crime against humanity.",
            discussion: """
                Prints the new allegation's id (AL-n). An incident may be alleged as several crimes, \
                each once. Run 'casebook crimes' for the crime keys.
                """)

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: OutputOptions

        @Option(help: "The incident, for example I-1.")
        var incident: String
        @Option(help: "The crime key, for example torture or sexual-violence.rape.")
        var crime: String

        func run() throws {
            let incidentID = try parseID(incident, .incident, option: "--incident")
            try output.emit(try workspace.openCase().allege(incident: incidentID, crime: crime), text: LawText.allegation)
        }
    }
}
