import ArgumentParser
import CasebookCore

extension Casebook {
    struct AttackAdd: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Record an attack; prints its id (AT-n).")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: OutputOptions
        @Option(help: "A short title, for example \"Attack on persons seen as a threat to the political system\".")
        var title: String
        @OptionGroup var fields: AttackFields

        func run() throws {
            let input = AttackInput(
                title: title, period: fields.period, population: fields.population, policy: fields.policy,
                widespread: fields.widespread, systematic: fields.systematic, description: fields.description)
            try output.emit(try workspace.openCase().addAttack(input)) { "Added \($0.id) \($0.title)." }
        }
    }
}
