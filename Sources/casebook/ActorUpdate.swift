import ArgumentParser
import CasebookCore
import CasebookModel

extension Casebook {
    struct ActorUpdate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "update",
            abstract: "Change an actor, or place it under a superior; every change is kept in its history.",
            discussion: """
                Options not given are left as they are; an empty value (--position "") clears a field. \
                --superior adds a superior (or, with --from/--to, changes the period under an existing \
                one); an actor may answer to several. A change that would make an actor its own \
                superior, directly or through others, is refused. Each changed field is printed and \
                kept, with who changed it and when, in the history ('casebook history A-n').

                Example:
                  casebook actor update A-2 --position "Provincial bureau" --superior A-1 --from 2008
                """)

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var handler: HandlerOptions

        @Argument(help: ArgumentHelp("The actor to change, for example A-2.", valueName: "actor"))
        var id: String
        @Option(help: "A new name.")
        var name: String?
        @Option(help: "person or institution.")
        var kind: String?
        @Option(help: "A new position or rank.")
        var position: String?
        @Option(help: "A superior this actor answers to, for example A-1.")
        var superior: String?
        @Option(help: "Start of the period under that superior.")
        var from: String?
        @Option(help: "End of the period under that superior.")
        var to: String?
        @Option(name: .customLong("alias"), help: "An alias to add; repeat for several.")
        var aliases: [String] = []
        @Option(help: "A superior this actor no longer answers to.")
        var removeSuperior: String?
        @Option(
            help: ArgumentHelp(
                "A new nationality, as a two-letter ISO 3166-1 code, for example KP; \"\" clears it.", valueName: "CC"))
        var nationality: String?

        func run() throws {
            let actor = try parseID(id, .actor, option: "actor update")
            let changes = ActorChanges(
                name: name, kind: try kind.map { try ActorKind.parse($0) }, position: position, addAliases: aliases,
                superior: try superior.map { try parseID($0, .actor, option: "--superior") }, tenureFrom: from,
                tenureTo: to, removeSuperior: try removeSuperior.map { try parseID($0, .actor, option: "--remove-superior") },
                nationality: nationality)
            let update = try workspace.openCase().updateActor(actor, changes, handler: try handler.resolve())
            try output.emit(update) { HistoryText.update($0, name: $0.record.name) }
        }
    }
}
