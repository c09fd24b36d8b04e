import ArgumentParser
import CasebookCore
import CasebookModel

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
        @Option(
            help: ArgumentHelp(
                "The testimonies, evidence items and incidents that show how it was implemented, comma-separated: T-1,E-2,I-3.",
                discussion:
                    "Each must speak of events after the recommendation was made; older ones are refused (cite them with --context)."
            ))
        var cite: String?
        @Option(
            help: ArgumentHelp(
                "Sources older than the recommendation, cited as background only, comma-separated.",
                discussion: "Documents print them as background, never as evidence that the recommendation was not implemented."))
        var context: String?

        func run() throws {
            let recommendation = try parseID(id, .recommendation, option: "recommendation assess")
            func ids(_ list: String?, _ option: String) throws -> [RecordID] {
                try (list ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                    .map { try parseID($0, .testimony, .evidence, .incident, option: option) }
            }
            let input = NewAssessment(
                recommendation: recommendation, status: status, note: note, date: date, sources: try ids(cite, "--cite"),
                context: try ids(context, "--context"))
            try output.emit(try workspace.openCase().assessRecommendation(input, handler: handler.resolve())) { r in
                let latest = r.latestAssessment
                return "Assessed \(r.id) (\(r.citation)): \(latest?.status.rawValue ?? status) on \(latest?.date ?? "")"
                    + ((latest?.sources.filter { !$0.background }.isEmpty ?? true)
                        ? ", citing no evidence"
                        : ", citing \(latest?.sources.filter { !$0.background }.map(\.id.description).joined(separator: ", ") ?? "")")
                    + ((latest?.sources.filter(\.background).isEmpty ?? true)
                        ? "."
                        : "; as background, \(latest?.sources.filter(\.background).map(\.id.description).joined(separator: ", ") ?? "").")
                    + (r.assessments.count > 1
                        ? " \(r.assessments.count - 1) earlier assessment\(r.assessments.count == 2 ? " is" : "s are") kept." : "")
            }
        }
    }
}
