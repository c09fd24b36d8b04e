import ArgumentParser
import CasebookCore
import CasebookDocuments

extension Casebook {
    struct UPRCount: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "count",
            abstract: "Count the words of a submission file (.docx or .md) as a UPR reviewer counts them.",
            discussion: """
                Headings, body and endnotes count; the cover block (everything before the first section \
                heading, the contents included) and annexes do not; a hyphenated word is one word; numbers \
                count. In a Word file a section starts at a "Heading 1" paragraph and an annex at an "Annex \
                Heading"; in Markdown a section starts at a '## ' heading and an annex's title begins \
                "Annex". OHCHR's practice on endnotes has varied: --rule body-only counts without them. \
                With --json: {"words": N, "sections": [{"title": …, "words": …}]}.
                """)

        @OptionGroup var output: OutputOptions
        @Argument(help: ArgumentHelp("The .docx or .md file.", valueName: "file"))
        var file: String
        @Option(help: "with-endnotes (OHCHR's guidelines, the default) or body-only.")
        var rule: WordCountRule = .withEndnotes

        func run() throws {
            try output.emit(try DocumentFileWordCount.count(file: file, rule: rule)) { count in
                (["\(count.words) words counted in \(file) (\(rule == .withEndnotes ? "body and endnotes" : "body only"))."]
                    + count.sections.map { "  \($0.words)\t\($0.title)" })
                    .joined(separator: "\n")
            }
        }
    }
}

extension WordCountRule: ExpressibleByArgument {}
