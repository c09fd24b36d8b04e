import ArgumentParser
import CasebookCore

extension Casebook {
    struct Link: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "In one step: allege an incident as a crime, attribute it, and cite a source.",
            discussion: """
                Creates whatever is missing (the allegation, the attribution) and cites the source, \
                all at once: if anything is wrong, nothing is created. Example:
                  casebook link --source T-1 --incident I-1 --crime torture --element torture.1 \
                --actor A-2 --mode ordering --pinpoint "para. 14"
                """)

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: OutputOptions

        @Option(help: "The source: a testimony (T-1) or an evidence item (E-1).")
        var source: String
        @Option(help: "The incident, for example I-1.")
        var incident: String
        @Option(help: "The crime key, for example torture.")
        var crime: String
        @Option(help: "An actor to attribute the allegation to (give --mode too).")
        var actor: String?
        @Option(help: "The actor's mode of liability, for example ordering.")
        var mode: String?
        @Option(help: "The element the source proves, for example torture.1.")
        var element: String?
        @Option(help: "Where in the source: page, paragraph or timestamp.")
        var pinpoint: String?
        @OptionGroup var citation: CitationFields

        func run() throws {
            var request = LinkRequest(
                source: try parseID(source, .testimony, .evidence, option: "--source"),
                incident: try parseID(incident, .incident, option: "--incident"), crime: crime,
                actor: try actor.map { try parseID($0, .actor, option: "--actor") }, mode: mode, element: element,
                pinpoint: pinpoint, note: citation.note)
            request.basis = citation.basis
            request.credibility = try citation.credibilityGrade()
            request.extract = citation.extract
            try output.emit(try workspace.openCase().link(request), text: LawText.link)
        }
    }
}
