import ArgumentParser
import CasebookModel

/// The source reliability grade and its note, which testimonies and evidence items both take.
struct ReliabilityFields: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "How far the source can be trusted, one letter: A completely reliable, B usually reliable, C fairly reliable, D not usually reliable, E unreliable, F cannot be judged. Graded apart from what each item it gives says (see 'cite --credibility').",
            valueName: "A-F"))
    var reliability: String?
    @Option(help: "Notes on the source's reliability: why the grade, and how the account was corroborated.")
    var reliabilityNote: String?

    /// The grade given, read; nil when none was given, `.some(nil)` for an empty one (cleared).
    func grade() throws -> SourceReliability?? {
        try reliability.map(SourceReliability.parse)
    }
}
