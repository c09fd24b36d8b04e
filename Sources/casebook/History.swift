import ArgumentParser
import CasebookCore

extension Casebook {
    struct History: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Show every change made to a witness, testimony, incident, actor, evidence item or the case facts: who, when, what.",
            discussion: """
                Every update ('witness update', 'witness consent', 'testimony update', 'testimony \
                retract', 'incident update', 'actor update', 'evidence update') is kept in an append-only history: the handler, the UTC \
                time, the field, and its old and new value. The database itself refuses to change or \
                delete a recorded change. For a sealed identity field (real name, other names, \
                contact, date of birth, identifying notes) only the fact that it changed is kept, \
                never a value. 'casebook history case' shows the changes made with 'casebook case \
                set'. Add --json for scripts.

                Example:
                  casebook history W-1
                """)

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: OutputOptions

        @Argument(
            help: ArgumentHelp(
                "The record, for example W-1, T-1, I-1, A-1 or E-1; or case, for the case facts.", valueName: "record"))
        var id: String

        func run() throws {
            if id.trimmingCharacters(in: .whitespaces).lowercased() == "case" {
                try output.emit(try workspace.openCase().caseHistory(), text: HistoryText.caseHistory)
                return
            }
            let record = try parseID(id, .witness, .testimony, .incident, .actor, .evidence, option: "casebook history")
            try output.emit(try workspace.openCase().history(of: record), text: HistoryText.history)
        }
    }
}
