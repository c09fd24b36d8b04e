import ArgumentParser
import CasebookCore

extension Casebook {
    struct AttackUpdate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "update", abstract: "Change an attack's fields; those not given are left as they are.")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: OutputOptions
        @Argument(help: ArgumentHelp("The attack, for example AT-1.", valueName: "attack"))
        var id: String
        @Option(help: "A new title.")
        var title: String?
        @OptionGroup var fields: AttackFields

        func run() throws {
            let attack = try parseID(id, .attack, option: "attack update")
            let input = AttackInput(
                title: title, period: fields.period, population: fields.population, policy: fields.policy,
                widespread: fields.widespread, systematic: fields.systematic, description: fields.description)
            try output.emit(try workspace.openCase().updateAttack(attack, input)) { "Updated \($0.id) \($0.title)." }
        }
    }
}
