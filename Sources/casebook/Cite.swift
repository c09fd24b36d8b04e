import ArgumentParser
import CasebookCore

extension Casebook {
    struct Cite: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Cite a testimony or evidence item as proof of an allegation.",
            discussion: """
                With --element, the source is cited for that element (see 'casebook crimes CRIME'); \
                with --actor, it is linkage evidence tying that actor to the allegation; with \
                neither, it supports the allegation as a whole. With both, the element may be one \
                of the actor's mode of liability (superior.effective-control, see 'casebook crimes \
                superior') or context.knowledge, the actor's own knowledge of the attack (for a \
                perpetrator under art. 25(3)(a) it also proves the crime's knowledge element; under \
                art. 28 prove the superior's knowledge with superior.knowledge or command.knowledge \
                instead). For an attempted allegation, cite attempt.substantial-step and \
                attempt.non-completion. A source \
                for context.attack shows the nexus: that this conduct was part of the attack linked \
                with 'casebook allegation update AL-n --attack AT-n'.
                """)

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: OutputOptions

        @Option(help: "The allegation, for example AL-1.")
        var allegation: String
        @Option(help: "The source: a testimony (T-1) or an evidence item (E-1).")
        var source: String
        @Option(help: "The element it proves, for example torture.1, context.attack, or with --actor superior.knowledge.")
        var element: String?
        @Option(help: "The actor it links to the allegation, for example A-1.")
        var actor: String?
        @Option(help: "Where in the source: page, paragraph or timestamp, for example \"p. 4, para. 12\".")
        var pinpoint: String?
        @OptionGroup var citation: CitationFields

        func run() throws {
            var input = NewCitation(
                allegation: try parseID(allegation, .allegation, option: "--allegation"),
                source: try parseID(source, .testimony, .evidence, option: "--source"), element: element,
                actor: try actor.map { try parseID($0, .actor, option: "--actor") }, pinpoint: pinpoint,
                note: citation.note, basis: citation.basis, credibility: try citation.credibilityGrade())
            input.extract = citation.extract
            try output.emit(try workspace.openCase().cite(input), text: LawText.citation)
        }
    }
}
