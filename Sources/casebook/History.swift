import ArgumentParser
import CasebookCore

extension Casebook {
    struct History: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show every change made to a witness, testimony, incident or actor: who, when, what.",
            discussion: """
                Every update ('witness update', 'witness consent', 'testimony update', 'incident \
                update', 'actor update') is kept in an append-only history: the handler, the UTC \
                time, the field, and its old and new value. The database itself refuses to change or \
                delete a recorded change. For a sealed identity field (real name, other names, \
                contact, date of birth, identifying notes) only the fact that it changed is kept, \
                never a value. Add --json for scripts.

                Example:
                  casebook history W-1
                """)

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: OutputOptions

        @Argument(help: ArgumentHelp("The record, for example W-1, T-1, I-1 or A-1.", valueName: "record"))
        var id: String

        func run() throws {
            let record = try parseID(id, .witness, .testimony, .incident, .actor, option: "casebook history")
            try output.emit(try workspace.openDatabase().history(of: record), text: HistoryText.history)
        }
    }
}
