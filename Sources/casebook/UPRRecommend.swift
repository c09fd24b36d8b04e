import ArgumentParser
import CasebookCore

extension Casebook {
    struct UPRRecommend: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "recommend",
            abstract: "Store a recommendation of ours for the next review and check it for SMART form.",
            discussion: """
                The check looks for an action verb first; an institution, law or instrument named; and a \
                measurable output or a deadline. Each missing part is flagged in plain English; the \
                recommendation is stored all the same. With --follows R-n it is cited as \
                "as recommended previously (126.45, Chile)" (a commission's as that body's), and is \
                for the State that recommendation was made to; otherwise give --state-under-review, \
                so that only that State's submission makes it.
                """)

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var handler: HandlerOptions
        @Option(help: "The recommendation, beginning with what the State should do (at most 5,000 characters).")
        var text: String
        @Option(help: "Its theme, for example detention.")
        var theme: String
        @Option(help: "The recommendation of the register it repeats or builds on, for example R-3.")
        var follows: String?
        @Option(
            help: ArgumentHelp(
                "The State it is for, as its ISO code, for example KP (default: the State of the recommendation it follows).",
                valueName: "code"))
        var stateUnderReview: String?

        func run() throws {
            let earlier = try follows.map { try parseID($0, .recommendation, option: "--follows") }
            var input = NewOurRecommendation(text: text, theme: theme, follows: earlier)
            input.stateUnderReview = stateUnderReview
            try output.emit(
                try workspace.openCase().addOurRecommendation(input, handler: handler.resolve()), text: RecommendationText.ours)
        }
    }
}
