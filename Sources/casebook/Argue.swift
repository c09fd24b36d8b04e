import ArgumentParser
import CasebookCore
import CasebookModel

extension Casebook {
    struct Argue: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "argue",
            abstract: "Record the team's argument for one element, or show it with its earlier versions.",
            discussion: """
                Some elements are argued rather than shown by a source: a perpetrator's knowledge \
                of the attack, inferred from position, publicity and pattern; an attack's policy, \
                inferred from its regularity. Record the argument for the element of an allegation \
                (AL-n ELEMENT), of an attack (AT-n ELEMENT), or of an actor's liability for an \
                allegation (AL-n --actor A-n ELEMENT). The dossier prints it with the element, before \
                the sources; an element with an argument and no source is "alleged by inference", not \
                missing. Each new argument replaces the one in force and the earlier versions are kept \
                (run without --text or --file to see them); --withdraw withdraws it. Arguments go \
                into documents, so they are leak-scanned with them: never name a witness.

                Examples:
                  casebook argue AL-3 context.knowledge --text "As camp commander from 2001, A-7 received the daily reports …"
                  casebook argue AL-3 --actor A-7 command.knowledge --file knowledge.txt
                  casebook argue AT-1 attack.policy --text "The regularity of the transfers across provinces …"
                  casebook argue AL-3 context.knowledge
                """)

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var handler: HandlerOptions

        @Argument(help: ArgumentHelp("The allegation or attack, for example AL-3 or AT-1.", valueName: "record"))
        var record: String
        @Argument(
            help: ArgumentHelp(
                "The element, for example context.knowledge, torture.2 or attack.policy ('casebook allegation show AL-n' lists them).",
                valueName: "element"))
        var element: String
        @Option(help: ArgumentHelp("The actor, for an element of their liability for the allegation.", valueName: "actor"))
        var actor: String?
        @Option(help: ArgumentHelp("The argument, in the words the dossier should print.", valueName: "text"))
        var text: String?
        @Option(help: ArgumentHelp("A UTF-8 text file holding the argument, instead of --text.", valueName: "file"))
        var file: String?
        @Flag(help: "Withdraw the argument in force (its earlier versions stay).")
        var withdraw = false

        func validate() throws {
            let given = [text != nil, file != nil, withdraw].filter { $0 }.count
            if given > 1 { throw ValidationError("Give one of --text, --file or --withdraw.") }
        }

        func run() throws {
            let target = try parseID(record, .allegation, .attack, option: "argue")
            let actorID = try actor.map { try parseID($0, .actor, option: "--actor") }
            var input = ElementArgumentInput(
                target: target, actor: actorID, element: element, text: text ?? "", file: file)
            input.withdraw = withdraw
            let open = try workspace.openCase()
            if text == nil, file == nil, !withdraw {
                try output.emit(try open.argument(input), text: Self.shown)
            } else {
                try output.emit(try open.argue(input, handler: try handler.resolve()), text: Self.recorded)
            }
        }

        /// "context.knowledge of AL-3" or "command.knowledge of A-7's liability for AL-3".
        static func what(_ argument: ElementArgument) -> String {
            argument.actor.map { "\(argument.element) of \($0)'s liability for \(argument.target)" }
                ?? "\(argument.element) of \(argument.target)"
        }

        static func recorded(_ argument: ElementArgument) -> String {
            let earlier = argument.versions.count - 1
            let kept = earlier == 0 ? "" : " (\(earlier) earlier version\(earlier == 1 ? "" : "s") kept)"
            guard argument.current != nil else { return "Withdrew the argument for \(what(argument))\(kept)." }
            return "Recorded the argument for \(what(argument))\(kept). The dossier prints it with the element."
        }

        static func shown(_ argument: ElementArgument) -> String {
            var lines = [
                argument.current.map { "Argument for \(what(argument)):\n  \($0)" }
                    ?? "No argument in force for \(what(argument))."
            ]
            let earlier = argument.versions.dropLast(argument.current == nil ? 0 : 1)
            if !earlier.isEmpty {
                lines.append("Earlier versions, oldest first:")
                for version in earlier {
                    let when = "\(version.recordedAt) by \(version.handler)"
                    lines.append(version.isWithdrawal ? "  \(when): withdrawn" : "  \(when): \(version.text)")
                }
            }
            return lines.joined(separator: "\n")
        }
    }
}
