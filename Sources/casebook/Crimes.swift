import ArgumentParser
import CasebookCore

extension Casebook {
    struct Crimes: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the crimes against humanity of art. 7 of the Rome Statute, or show one crime's elements.",
            discussion: """
                Each crime's elements are paraphrased from the ICC Elements of Crimes and numbered as \
                there; the last two are the contextual elements every crime against humanity shares \
                (context.attack and context.knowledge). Use the keys shown here with 'allege', 'link' \
                and 'cite --element'. Needs no workspace.
                """)

        @Argument(help: ArgumentHelp("A crime key, such as torture or sexual-violence.rape.", valueName: "crime"))
        var key: String?

        @OptionGroup var output: OutputOptions

        func run() throws {
            if let key {
                try output.emit(try RomeStatute.crime(key), text: LawText.crime)
            } else if output.json {
                print(try JSONOutput.encode(RomeStatute.crimes))
            } else {
                print(LawText.crimeList())
            }
        }
    }
}
