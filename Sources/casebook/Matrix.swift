import ArgumentParser
import CasebookCore
import CasebookFilings
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
                An element whose sources fall short is marked [low]; one with no source that the team \
                argues ('casebook argue') is marked [arg], alleged by inference. A citation of a passage the \
                witness withdrew ('casebook testimony retract') is shown between ~~ and not counted. \
                With --standard (or --min-sources) and --strict, the command exits with status 1 \
                while any element falls short.

                --format html writes the matrix as one self-contained page (no external \
                resources; prints on A4 landscape): a grid per crime, allegations by rows and \
                elements by columns, each cell coloured by status (meets the standard, short of \
                it, gap, need not be proved) with its counts, the sources in the cell's tooltip and \
                in a numbered list under the grid. The same filters apply. Like every file that \
                leaves the case it is checked for witness identities first (the passphrase is \
                asked for) and recorded in the custody log.

                Examples:
                  casebook matrix --crime murder --standard substantial-grounds
                  casebook matrix --format html --out matrix.html
                """)

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var handler: HandlerOptions
        @OptionGroup var leakScan: LeakScanFlag

        @Option(help: "Only allegations of this crime, for example torture.")
        var crime: String?
        @Option(help: "Only allegations attributed to this actor, for example A-1.")
        var actor: String?
        @Flag(
            help:
                "Exit with status 1 if any element, attribution or element of liability lacks a source; with --standard or --min-sources, also while any element falls short."
        )
        var strict = false
        @Option(
            help: ArgumentHelp(
                "The standard of proof the sources are weighed against: reasonable-basis (art. 15, 53(1)(a)), reasonable-grounds (art. 58; the Commission of Inquiry's), substantial-grounds (art. 61(7)) or beyond-reasonable-doubt (art. 66(3)). Default: the case's ('casebook case set standard'), else reasonable-grounds.",
                valueName: "standard"))
        var standard: String?
        @Option(
            help: ArgumentHelp(
                "The independent sources each element needs, instead of the standard's threshold (a shortcut; 1 to 20).",
                valueName: "n"))
        var minSources: Int?
        @Option(help: "text (the default, printed here) or html: one page with a grid per crime, written to --out.")
        var format: MatrixFormat = .text
        @Option(
            name: .customLong("out"),
            help: ArgumentHelp("The file for --format html. Default: out/proof-matrix.html in the workspace.", valueName: "file"))
        var file: String?
        @Flag(help: "Replace the --out file if it exists.")
        var force = false

        enum MatrixFormat: String, ExpressibleByArgument, CaseIterable {
            case text, html
        }

        func validate() throws {
            if format == .text && (file != nil || force) {
                throw ValidationError("--out and --force write the html page: add --format html.")
            }
        }

        func run() throws {
            var filter = MatrixFilter(crime: crime, actor: try actor.map { try parseID($0, .actor, option: "--actor") })
            if let standard { filter.standard = try ProofStandard.parse(standard) }
            filter.minimumSources = minSources
            let matrix: ProofMatrix
            switch format {
            case .text:
                matrix = try workspace.openCase().proofMatrix(filter)
                try output.emit(matrix, text: ProofMatrixText.render)
            case .html:
                let report = try workspace.openCase().writeProofMatrixPage(
                    ProofMatrixPageRequest(filter: filter, output: file, replace: force), leakScan: try leakScan.options,
                    handler: try handler.resolve())
                matrix = report.matrix
                try output.emit(report) { r in
                    """
                    Wrote the proof matrix page to \(r.file) (\(r.bytes) bytes; \(r.allegations) allegation\(r.allegations == 1 ? "" : "s")).
                    SHA-256: \(r.sha256)
                    Recorded in the custody log as event \(r.custodyEvent).
                    """
                }
                printWarnings(report.warnings)
            }
            if strict && (matrix.gapCount > 0 || matrix.liabilityGapCount > 0) {
                throw ExitCode(FailureCategory.checkFailed.exitStatus)
            }
            if strict && (standard != nil || minSources != nil) && matrix.hasElementsShortOfTheStandard {
                throw ExitCode(FailureCategory.checkFailed.exitStatus)
            }
        }
    }
}
