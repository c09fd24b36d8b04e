import ArgumentParser
import CasebookCore
import CasebookModel

extension Casebook {
    struct Crimes: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "List the crimes against humanity of art. 7 of the Rome Statute, show one crime's or mode's elements, or find the crime for some conduct.",
            discussion: """
                Each crime's elements are paraphrased from the ICC Elements of Crimes and numbered as \
                there; the last two are the contextual elements every crime against humanity shares \
                (context.attack and context.knowledge). Each element shows the footnotes and \
                definitions that decide how it is read. With a mode of liability's key (such as \
                superior or command) shows that mode's elements. Use the keys shown here with 'allege', 'link' \
                and 'cite --element'. Needs no workspace (-C/--workspace is accepted, like every \
                command, and changes nothing).
                """)

        @OptionGroup var workspace: WorkspaceOptions

        @Argument(
            help: ArgumentHelp(
                "A crime key, such as torture or sexual-violence.rape, or a mode of liability, such as superior.", valueName: "key")
        )
        var key: String?
        @Option(
            help: ArgumentHelp(
                "Conduct to look up (at least 3 letters), such as \"forced abortion\": the candidate crimes and the COI's classification. Not with a key.",
                valueName: "words"))
        var find: String?

        @OptionGroup var output: OutputOptions

        func run() throws {
            if find != nil && key != nil { throw LawError.keyAndFind }
            if let key { try RomeStatute.refuseModeElement(key) }
            if let find {
                try output.emit(try RomeStatute.findConduct(find), text: LawText.conduct)
            } else if let key, let mode = ModeOfLiability(rawValue: key.lowercased()) {
                try output.emit(ModeView(mode), text: { LawText.mode($0.mode) })
            } else if let key {
                try output.emit(try RomeStatute.crime(key), text: LawText.crime)
            } else if output.json {
                print(try JSONOutput.encode(RomeStatute.crimes))
            } else {
                print(LawText.crimeList())
            }
        }
    }
}
