import ArgumentParser
import CasebookCore
import CasebookDocuments
import CasebookFilings
import Foundation

extension Casebook {
    struct UPRSubmission: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "submission",
            abstract: "Write a stakeholder submission to the Universal Periodic Review of a State, within the word limit.",
            discussion: """
                The submission has a cover block (the organisations, contact, the State, the cycle and \
                session), then numbered paragraphs: an executive summary with key words; the methodology; \
                the follow-up of the recommendations the State received at its previous review (the \
                register's, by State under review and cycle), grouped by theme, each with the State's \
                response and our latest assessment, its evidence in endnotes; new developments (the \
                incidents recorded in the State since the previous review, or in the window --from and \
                --to give); and our recommendations ('casebook upr recommend'). An annex gives the full \
                text of the recommendations followed up.

                The period covered starts on the day the previous review's recommendations were made \
                (from the register, or the reviews Casebook knows) and ends on the as-of date; with no \
                previous review known, it is the four years before. Incidents before it are left out \
                and counted for the team. An assessment's sources of events before the recommendation \
                was made are printed as background, never as evidence that it was not implemented.

                Endnotes name public, citable sources only: an interview by who gave it (sex, region \
                and year of leaving), where and when it was conducted; an evidence item by its \
                description and the public URL or UN document symbol its source gives; never an \
                internal number or a hash. The custody log keeps which record each endnote stands for.

                Our recommendations that fail the SMART check are left out and listed for the team \
                (--include-unsmart keeps them). "As recommended previously" is used only for a \
                recommendation of an earlier UPR cycle; a commission's is cited as that body's.

                Words are counted as a reviewer counts them: headings, body and endnotes count; the cover \
                block and annexes do not; a hyphenated word is one word; numbers count. OHCHR's practice \
                on endnotes has varied: --count-rule body-only leaves them out; both figures are printed. \
                The limit is \
                2,815 words, 5,630 for a joint submission, or --word-limit. Over the limit nothing is \
                written and the words per section are listed (exit status 1), unless --draft is given: \
                the draft's first page is then stamped "DRAFT — OVER WORD LIMIT". At 95% of the limit a \
                warning is printed. The SMART findings on our recommendations are printed for the team; \
                they are not in the document.

                Testimony is cited only where the witness consented to UPR or public use. The text is \
                checked for witnesses' identities before it is written, and the custody log records the \
                file's SHA-256. The same case and --as-of date give the same file, byte for byte.
                """)

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var handler: HandlerOptions
        @OptionGroup var leakScan: LeakScanFlag

        @Option(help: ArgumentHelp("The State under review, as its two-letter ISO code, for example KP.", valueName: "code"))
        var state: String
        @Option(help: ArgumentHelp("The review cycle the submission is for, for example 4.", valueName: "n"))
        var cycle: Int
        @Option(help: ArgumentHelp("The Working Group session, for example 47.", valueName: "session"))
        var session: String?
        @Flag(help: "A joint submission of several organisations (the word limit is 5,630).")
        var joint = false
        @Option(help: ArgumentHelp("The other organisations of a joint submission, comma-separated.", valueName: "names"))
        var partners: String?
        @Option(
            help: ArgumentHelp(
                "The start of the period covered (default: the previous review; a warning if earlier).", valueName: "date"))
        var from: String?
        @Option(help: ArgumentHelp("The end of the coverage window (default: the as-of date).", valueName: "date"))
        var to: String?
        @Option(help: ArgumentHelp("Another word limit, for another body's rules.", valueName: "n"))
        var wordLimit: Int?
        @Flag(help: "Write the submission even over the word limit; its first page is then stamped.")
        var draft = false
        @Option(
            help: ArgumentHelp(
                "The submission deadline for the session, YYYY-MM-DD: a warning when the as-of date is after it.",
                valueName: "date"))
        var deadline: String?
        @Flag(help: "Keep our recommendations that the SMART check found incomplete.")
        var includeUnsmart = false
        @Option(help: "What the limit counts: with-endnotes (OHCHR's guidelines) or body-only.")
        var countRule: WordCountRule = .withEndnotes
        @Option(help: "md (Markdown), html or docx (Word, as OHCHR asks).")
        var format: DocumentFormat = .docx
        @Option(
            name: .customLong("out"),
            help: ArgumentHelp(
                "The file to write. Default: out/upr-submission-CC-cycleN-DATE.FORMAT in the workspace.", valueName: "file"))
        var file: String?
        @Option(
            name: .customLong("as-of"),
            help: ArgumentHelp(
                "The submission's date, YYYY-MM-DD (default: today). The same case and date give the same file.", valueName: "date")
        )
        var asOf: String?
        @Flag(help: "Replace the file if it exists.")
        var force = false

        func run() throws {
            var content = UPRSubmissionRequest(
                state: state, cycle: cycle, session: session, joint: joint,
                partners: (partners ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) },
                from: from, to: to, asOf: try dossierDate(asOf))
            content.deadline = deadline
            content.includeUnsmart = includeUnsmart
            var request = UPRSubmissionWriteRequest(
                content: content, wordLimit: wordLimit, draft: draft, format: format, output: file, replace: force)
            request.countRule = countRule
            let report = try workspace.openCase().writeUPRSubmission(
                request, leakScan: try leakScan.options, handler: try handler.resolve())
            try output.emit(report) { r in
                var lines = [
                    "Wrote the UPR submission to \(r.file) (\(r.bytes) bytes).",
                    "SHA-256: \(r.sha256)",
                    "Words: \(r.words) of \(r.wordLimit)\(r.overLimit ? " (OVER THE LIMIT: stamped as a draft)" : "") counted \(r.countRule == WordCountRule.bodyOnly.rawValue ? "without" : "with") the endnotes; "
                        + "\(r.wordsWithEndnotes) with them, \(r.wordsBodyOnly) without.",
                    "Period covered: \(r.windowStart) to \(r.windowEnd)"
                        + (r.incidentsBeforeWindow > 0
                            ? "; \(r.incidentsBeforeWindow) earlier incident\(r.incidentsBeforeWindow == 1 ? "" : "s") in the State left out."
                            : "."),
                    "Cited \(r.citedSources) source\(r.citedSources == 1 ? "" : "s") (\(r.citedEvidence) evidence item\(r.citedEvidence == 1 ? "" : "s")); "
                        + "\(r.withheldTestimonies) testimon\(r.withheldTestimonies == 1 ? "y" : "ies") withheld for the witnesses' protection.",
                    "Recorded in the custody log as event \(r.custodyEvent).",
                ]
                for proposal in r.recommendations where !proposal.smartFindings.isEmpty {
                    lines.append("SMART check of \(proposal.id) (for the team, not in the document):")
                    lines += proposal.smartFindings.map { "  - \($0)" }
                }
                for proposal in r.leftOut {
                    lines.append(
                        "Left out: \(proposal.id) fails the SMART check (add --include-unsmart to keep it, or improve it):")
                    lines += proposal.smartFindings.map { "  - \($0)" }
                }
                return lines.joined(separator: "\n")
            }
            printWarnings(report.warnings.map { "WARNING: \($0)" })
        }
    }
}
