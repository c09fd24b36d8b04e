import ArgumentParser
import CasebookModel

/// The note, extract, basis and credibility that `cite`, `attack cite` and `link` take for a source.
struct CitationFields: ParsableArguments {
    @Option(help: "A note on what the source shows.")
    var note: String?
    @Option(
        help: ArgumentHelp(
            "The source's own words relied on, short (at most 1,000 characters): documents quote it beside the pinpoint, and it is checked for witness identities like every text that leaves the case.",
            valueName: "words"))
    var extract: String?
    @Option(
        help:
            "How the source knows it: first-hand, hearsay, documentary, expert or open-source. A testimony cited without one counts as 'basis not stated', never as first-hand."
    )
    var basis: String?
    @Option(
        help: ArgumentHelp(
            "How likely what is cited is to be true, one number: 1 confirmed by other sources, 2 probably true, 3 possibly true, 4 doubtful, 5 improbable, 6 cannot be judged. Graded apart from the source's reliability (its A-F grade).",
            valueName: "1-6"))
    var credibility: String?

    /// The credibility grade given, read.
    func credibilityGrade() throws -> InformationCredibility? {
        try credibility.flatMap(InformationCredibility.parse)
    }
}
