import ArgumentParser
import CasebookCore

extension Casebook {
    struct RecommendationAssess: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "assess",
            abstract:
                "Record how far a recommendation was implemented, with the sources that show it; earlier assessments are kept.")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var handler: HandlerOptions
        @Argument(help: ArgumentHelp("The recommendation, for example R-1.", valueName: "recommendation"))
        var id: String
        @Option(help: "not-implemented, partially-implemented, implemented or unclear.")
        var status: String
        @Option(help: "What the assessment rests on, in a sentence or two.")
        var note: String?
        @Option(help: "The day the assessment speaks for (YYYY-MM-DD). Default: today.")
        var date: String?
        @Option(help: "The testimonies, evidence items and incidents it cites, comma-separated: T-1,E-2,I-3.")
        var cite: String?

        func run() throws {
            let recommendation = try parseID(id, .recommendation, option: "recommendation assess")
            let sources = try (cite ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
                !$0.isEmpty
            }
            .map { try parseID($0, .testimony, .evidence, .incident, option: "--cite") }
            let input = NewAssessment(recommendation: recommendation, status: status, note: note, date: date, sources: sources)
            try output.emit(try workspace.openCase().assessRecommendation(input, handler: handler.resolve())) { r in
                let latest = r.latestAssessment
                return "Assessed \(r.id) (\(r.citation)): \(latest?.status.rawValue ?? status) on \(latest?.date ?? "")"
                    + ((latest?.sources.isEmpty ?? true)
                        ? ", citing no evidence."
                        : ", citing \(latest?.sources.map(\.id.description).joined(separator: ", ") ?? "").")
                    + (r.assessments.count > 1
                        ? " \(r.assessments.count - 1) earlier assessment\(r.assessments.count == 2 ? " is" : "s are") kept." : "")
            }
        }
    }
}
