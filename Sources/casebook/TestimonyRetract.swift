import ArgumentParser
import CasebookCore
import CasebookModel

extension Casebook {
    struct TestimonyRetract: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "retract",
            abstract: "Record that a witness withdrew a passage of her testimony.",
            discussion: """
                The testimony stays; the passage stops counting. Every citation of that passage \
                (every place it cites is withdrawn, however it was typed: withdrawing "paras. \
                10-14" covers "para. 12" and "p. 3, para 12"; withdrawing "p. 3" covers every \
                paragraph cited on page 3) is shown struck through in the matrix, with the reason, \
                and no longer counts towards any element or its corroboration. A citation that \
                also rests on other places ("paras. 10-14" when para. 12 is withdrawn), or that has \
                no pinpoint, cites more than the passage and still counts. The withdrawal is kept in the testimony's history \
                ('casebook history T-n') and cannot be undone; a passage already withdrawn is \
                refused.

                Example:
                  casebook testimony retract T-3 --passage "para. 12" \\
                    --reason "The witness corrected the date in the follow-up interview of 2024-02-01"
                """)

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var handler: HandlerOptions

        @Argument(help: ArgumentHelp("The testimony, for example T-3.", valueName: "testimony"))
        var id: String
        @Option(
            help: ArgumentHelp(
                "The passage withdrawn, written as citations write it: para. 12, p. 3, paras. 10-14.", valueName: "pinpoint"))
        var passage: String
        @Option(help: "Why the witness withdrew it, and when (kept in the history; never printed in public documents).")
        var reason: String

        func run() throws {
            let testimony = try parseID(id, .testimony, option: "testimony retract")
            let result = try workspace.openCase().withdrawPassage(
                PassageWithdrawal(testimony: testimony, passage: passage, reason: reason), handler: try handler.resolve())
            try output.emit(result, text: Self.words)
        }

        static func words(_ result: PassageWithdrawalResult) -> String {
            let passage = TerminalText.escaped(result.retraction.passage, keepingLineBreaks: false)
            var lines = ["Recorded: the witness withdrew \(passage) of \(result.testimony)."]
            if result.citations.isEmpty {
                lines.append(
                    "No citation cites that passage yet; any later citation of it will not count.")
            } else {
                lines.append("\(result.citations.count) citation(s) of it no longer count:")
                for citation in result.citations {
                    let pinpoint = TerminalText.escaped(citation.pinpoint, keepingLineBreaks: false)
                    let what =
                        switch (citation.element, citation.actor) {
                        case (let element?, let actor?): "\(element) of \(actor)'s liability"
                        case (nil, let actor?): "linkage evidence for \(actor)"
                        case (let element?, nil): element
                        case (nil, nil): "as a whole"
                        }
                    lines.append("  \(citation.citedFor) \(what), \(pinpoint)")
                }
                lines.append("See what changed with 'casebook matrix'.")
            }
            return lines.joined(separator: "\n")
        }
    }
}
