import ArgumentParser

/// The testimony details that `testimony add` and `testimony update` both take.
struct TestimonyFields: ParsableArguments {
    @Option(help: "Who conducted the interview.")
    var interviewer: String?
    @Option(help: "Where the interview took place.")
    var place: String?
    @Option(help: "Language of the interview.")
    var language: String?
    @Option(help: "A summary of what the witness said, without identifying details.")
    var summary: String?
    @OptionGroup var reliability: ReliabilityFields
    @Option(
        help: ArgumentHelp(
            "The evidence item that is the interview's transcript, for example E-3; it is then cited only where the testimony may be.",
            valueName: "evidence"))
    var transcript: String?
}
