import ArgumentParser
import CasebookCore

extension Casebook {
    struct AttackCite: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "cite",
            abstract: "Cite a testimony or evidence item for one element of an attack.",
            discussion: """
                Elements: attack.course-of-conduct, attack.civilian-population, attack.policy, \
                attack.widespread-or-systematic.
                """)

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: OutputOptions
        @Argument(help: ArgumentHelp("The attack, for example AT-1.", valueName: "attack"))
        var id: String
        @Option(help: "The source: a testimony (T-1) or an evidence item (E-1).")
        var source: String
        @Option(help: "The element it proves, for example attack.policy.")
        var element: String
        @Option(help: "Where in the source: page, paragraph or timestamp.")
        var pinpoint: String?
        @OptionGroup var citation: CitationFields

        func run() throws {
            var input = NewAttackCitation(
                attack: try parseID(id, .attack, option: "attack cite"),
                source: try parseID(source, .testimony, .evidence, option: "--source"), element: element,
                pinpoint: pinpoint, note: citation.note, basis: citation.basis, credibility: try citation.credibilityGrade())
            input.extract = citation.extract
            try output.emit(try workspace.openCase().citeForAttack(input)) { c in
                let brackets = GradeWords.citationBrackets(
                    source: c.source, basis: c.basis, reliability: c.reliability, credibility: c.credibility)
                return
                    "\(c.source) cited for \(c.attack), element \(c.element)\(c.pinpoint.map { " (\($0))" } ?? "") [\(brackets)]."
            }
        }
    }
}
