import ArgumentParser
import CasebookCore

extension Casebook {
    struct RecommendationAdd: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Add a recommendation to the register (or update the one with the same source and number).")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var handler: HandlerOptions
        @Option(help: "The source document exactly as cited, for example \"UPR 3 (2019), A/HRC/42/10\" or \"A/HRC/25/63\".")
        var source: String
        @Option(help: "The number exactly as the document gives it, for example 126.45 or 89(b).")
        var number: String
        @Option(help: "The recommending State (or the body, for a commission's recommendations), for example Chile.")
        var state: String
        @Option(help: "The text of the recommendation (at most 5,000 characters).")
        var text: String
        @Option(
            help:
                "The State's response: supported, noted or partially-supported. Leave it out when there is none (a commission's recommendations)."
        )
        var response: String?
        @Option(help: "Themes, comma-separated, for example detention,torture.")
        var themes: String?
        @Option(help: "A note on the record, for example that the text is paraphrased.")
        var note: String?
        @Option(
            help: ArgumentHelp(
                "The State the recommendation was made to, as its ISO code, for example KP.",
                discussion:
                    "Needed unless Casebook knows the source document (the DPRK's reviews and the Commission of Inquiry's report).",
                valueName: "code"))
        var stateUnderReview: String?
        @Option(
            help: ArgumentHelp(
                "The UPR cycle it was made in, for example 3. Leave it out for a commission's or a treaty body's recommendation.",
                valueName: "n"))
        var cycle: String?
        @Option(
            help: ArgumentHelp(
                "The day it was made (YYYY-MM-DD): the Working Group report's adoption, or the report's own date.",
                discussion:
                    "Assessments may cite as evidence only sources of later events. Needed unless Casebook knows the review.",
                valueName: "date"))
        var dateMade: String?

        func run() throws {
            let input = RecommendationInput(
                source: source, number: number, state: state, text: text, response: response, themes: themes, note: note,
                stateUnderReview: stateUnderReview, cycle: cycle, madeOn: dateMade)
            try output.emit(
                try workspace.openCase().saveRecommendation(input, handler: handler.resolve()), text: RecommendationText.saved)
        }
    }
}
