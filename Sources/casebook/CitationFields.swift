import ArgumentParser

/// The note and basis that `cite` and `attack cite` both take for a source.
struct CitationFields: ParsableArguments {
    @Option(help: "A note on what the source shows.")
    var note: String?
    @Option(help: "How the source knows it: first-hand, hearsay, documentary, expert or open-source.")
    var basis: String?
}
