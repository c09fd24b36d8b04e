import ArgumentParser
import CasebookCore
import CasebookModel

extension Casebook {
    struct Matrix: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show the proof matrix: every allegation's elements, their sources, and the gaps.",
            discussion: """
                For each allegation (an incident alleged as a crime) lists each legal element with \
                the sources cited for it, and each actor it is attributed to with the linkage \
                evidence. An element without a source, or an attribution without linkage evidence, \
                is marked GAP. Each attribution lists the elements of its mode of liability and the \
                actor's own knowledge of the attack; context.attack is proved by the linked attack \
                and the nexus. An attribution is marked GAP while its linkage evidence or any element \
                of its modes is missing. For an attempted allegation the crime's first element is \
                shown as not required and the attempt's own elements are listed. With --strict the \
                command exits with status 1 when there is any gap; with --actor, only that actor's \
                attributions count towards the gaps (the others are shown, not counted).

                Under each element with sources, a 'weight' line counts them the way the standard of \
                proof does: by independent groups (one per witness, her testimonies and their \
                transcripts together; every other item on its own), of which first-hand, and the \
                best grades, and says whether they meet the standard (--standard; default \
                reasonable-grounds, or the case's: 'casebook case set standard') or what they lack; \
                --min-sources N asks for N independent sources instead of the standard's number. \
                An element whose sources fall short is marked [low]. A citation of a passage the \
                witness withdrew ('casebook testimony retract') is shown between ~~ and not counted. \
                With --standard (or --min-sources) and --strict, the command exits with status 1 \
                while any element falls short.
                """)

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: OutputOptions

        @Option(help: "Only allegations of this crime, for example torture.")
        var crime: String?
        @Option(help: "Only allegations attributed to this actor, for example A-1.")
        var actor: String?
        @Flag(help: "Exit with status 1 if any element, attribution or element of liability lacks a source.")
        var strict = false
        @Option(
            help: ArgumentHelp(
                "The standard of proof the sources are weighed against: reasonable-basis (art. 15, 53(1)(a)), reasonable-grounds (art. 58; the Commission of Inquiry's), substantial-grounds (art. 61(7)) or beyond-reasonable-doubt (art. 66(3)). Default: reasonable-grounds.",
                valueName: "standard"))
        var standard: String?
        @Option(
            help: ArgumentHelp(
                "The independent sources each element needs, instead of the standard's threshold (a shortcut; 1 or more).",
                valueName: "n"))
        var minSources: Int?

        func run() throws {
            var filter = MatrixFilter(crime: crime, actor: try actor.map { try parseID($0, .actor, option: "--actor") })
            if let standard { filter.standard = try ProofStandard.parse(standard) }
            filter.minimumSources = minSources
            let matrix = try workspace.openCase().proofMatrix(filter)
            try output.emit(matrix, text: ProofMatrixText.render)
            if strict && (matrix.gapCount > 0 || matrix.liabilityGapCount > 0) {
                throw ExitCode(FailureCategory.checkFailed.exitStatus)
            }
            if strict && (standard != nil || minSources != nil) && matrix.hasElementsShortOfTheStandard {
                throw ExitCode(FailureCategory.checkFailed.exitStatus)
            }
        }
    }
}
