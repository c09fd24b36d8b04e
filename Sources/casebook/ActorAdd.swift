import ArgumentParser
import CasebookCore
import CasebookModel

extension Casebook {
    struct ActorAdd: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Record a person or an institution.",
            discussion: """
                --superior places the actor in the command hierarchy; --from and --to give the \
                period the actor answered to that superior (a year, a month or a day).
                """)

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: OutputOptions

        @Option(help: "The actor's name, for example \"State Security Department\".")
        var name: String
        @Option(help: "person or institution.")
        var kind: String
        @Option(help: "Position or rank.")
        var position: String?
        @Option(help: "The actor this one answers to, for example A-1.")
        var superior: String?
        @Option(help: "Start of the period under that superior.")
        var from: String?
        @Option(help: "End of the period under that superior.")
        var to: String?
        @Option(name: .customLong("alias"), help: "Another name the actor is known by; repeat for several.")
        var aliases: [String] = []
        @Option(help: ArgumentHelp("The actor's nationality, as a two-letter ISO 3166-1 code, for example KP.", valueName: "CC"))
        var nationality: String?

        func run() throws {
            let input = NewActor(
                name: name, kind: try ActorKind.parse(kind), position: position, aliases: aliases,
                superior: try superior.map { try parseID($0, .actor, option: "--superior") }, tenureFrom: from, tenureTo: to,
                nationality: nationality)
            try output.emit(try workspace.openCase().addActor(input)) { "Added \($0.id) \($0.name)." }
        }
    }
}
