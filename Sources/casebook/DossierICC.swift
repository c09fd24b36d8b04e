import ArgumentParser
import CasebookCore
import CasebookDocuments
import CasebookFilings
import CasebookModel
import Foundation

extension DocumentFormat: ExpressibleByArgument {}
extension DossierScope: ExpressibleByArgument {}

extension Casebook {
    struct DossierICC: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "icc",
            abstract: "Write an ICC-referral-style dossier (an art. 15 communication) from the case.",
            discussion: """
                The dossier sets out, in the order the Office of the Prosecutor reads a communication: \
                a cover page, an executive summary, methodology and sources, jurisdiction per incident, \
                the contextual elements, each crime element by element with its sources as footnotes, \
                each alleged perpetrator with the mode of liability and linkage evidence, admissibility \
                (the notes from 'casebook case set' with gravity figures counted from the case), witness \
                protection, the requests, and annexes (an evidence index with every file's SHA-256, \
                witnesses by pseudonym, incidents and a glossary). Elements with no source are said so \
                plainly in a working copy.

                A filing (--filing, the default for --format docx) keeps the team's work notes out: \
                no "No source yet", no points of law to answer, no element or mode element with \
                nothing to support it. They go to NAME.work-notes.md beside it (leak-scanned and \
                recorded in the custody log like the dossier). --working-copy keeps them in.

                Only testimonies whose witnesses consented to ICC use are cited; the others are counted. \
                Before writing, the case's integrity is checked (as 'casebook verify' does) and the whole \
                text is checked for witnesses' identities. Writing records in the custody log that each \
                cited evidence item was accessed, and the dossier's own SHA-256.

                The same case with the same --as-of date gives the same file, byte for byte, in every \
                format. Templates are in the project's Templates/ folder; a file of the same name in the \
                workspace's templates/ folder is used instead.
                """)

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var handler: HandlerOptions
        @OptionGroup var leakScan: LeakScanFlag

        @Option(help: "A dossier about one alleged perpetrator: only allegations attributed to this actor, for example A-3.")
        var actor: String?
        @Option(help: "Only allegations of this crime, for example imprisonment ('casebook crimes' lists the keys).")
        var crime: String?
        @Option(
            help: ArgumentHelp("Only incidents that end on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).", valueName: "date"))
        var from: String?
        @Option(help: ArgumentHelp("Only incidents that begin on or before this date.", valueName: "date"))
        var to: String?
        @Option(help: "md (Markdown), html (prints well from a browser) or docx (Word).")
        var format: DocumentFormat = .html
        @Option(
            name: .customLong("out"),
            help: ArgumentHelp("The file to write. Default: out/dossier-icc-DATE.FORMAT in the workspace.", valueName: "file"))
        var file: String?
        @Option(
            name: .customLong("as-of"),
            help: ArgumentHelp(
                "The dossier's date, YYYY-MM-DD (default: today). The same case and date give the same file.", valueName: "date"))
        var asOf: String?
        @Flag(help: "Replace the file if it exists.")
        var force = false
        @Flag(help: "Write the dossier even if the integrity check finds problems; its cover page then says so.")
        var allowUnverified = false
        @Option(
            help: ArgumentHelp(
                "A custody head hash you wrote down earlier: the dossier is refused if it is no longer in the log (as 'casebook verify --expect-head').",
                valueName: "hash"))
        var expectHead: String?
        @Flag(
            help:
                "Write a filing: the team's work notes (elements with no source, points to answer, attributions without linkage) go to NAME.work-notes.md beside it, never into it. The default for --format docx."
        )
        var filing = false
        @Flag(help: "Write a working copy with the work notes in it, even for --format docx.")
        var workingCopy = false
        @Option(
            help: ArgumentHelp(
                "Which incidents the gravity figures count: proprio-motu (those the Prosecutor could take up on her own initiative, art. 12(2) or 12(3); the others are listed in an annex with their route) or all. Default: proprio-motu when any incident qualifies, else all.",
                valueName: "proprio-motu|all"))
        var scope: DossierScope?

        func validate() throws {
            if filing && workingCopy { throw ValidationError("Give --filing or --working-copy, not both.") }
        }

        func run() throws {
            let date = try dossierDate(asOf)
            var request = DossierWriteRequest(
                content: DossierRequest(
                    actor: try actor.map { try parseID($0, .actor, option: "--actor") }, crime: crime, from: from, to: to,
                    asOf: date),
                format: format, output: file, replace: force, allowUnverified: allowUnverified, expectedHead: expectHead)
            request.filing = filing || (format == .docx && !workingCopy)
            request.content.scope = scope
            let handler = try handler.resolve()
            let open = try workspace.openCase()
            let report = try open.writeDossier(request, leakScan: try leakScan.options, handler: handler)
            try open.convertRetiredConsentAfterwards(handler: handler)
            try output.emit(report) { r in
                """
                Wrote the dossier to \(r.file) (\(r.bytes) bytes).
                SHA-256: \(r.sha256)
                Cited \(r.citedSources) source\(r.citedSources == 1 ? "" : "s") (\(r.citedEvidence) evidence item\(r.citedEvidence == 1 ? "" : "s")); \
                \(r.withheldTestimonies) testimon\(r.withheldTestimonies == 1 ? "y" : "ies") withheld for the witnesses' protection.
                Recorded in the custody log as event \(r.custodyEvent).\(r.unverified ? "\nWARNING: the integrity check found problems; the cover page says so." : "")\(r.workNotes.map { "\nA filing: the team's work notes (not for filing) are in \($0)." } ?? "")
                """
            }
            printWarnings(report.warnings)
        }
    }
}

/// The date a document speaks as of: the one given (checked), or today's.
func dossierDate(_ text: String?) throws -> String {
    guard let text else {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: Date())
    }
    guard let date = try? PartialDate(parsing: text), date.day != nil else {
        throw ValidationError("--as-of must be a full date, YYYY-MM-DD, not \"\(text)\".")
    }
    return date.description
}
