import ArgumentParser
import CasebookCore

extension Casebook {
    struct AttackShow: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Show an attack, each of its elements with their sources, and the allegations linked to it.")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: OutputOptions
        @Argument(help: ArgumentHelp("The attack, for example AT-1.", valueName: "attack"))
        var id: String

        func run() throws {
            let attack = try parseID(id, .attack, option: "attack show")
            try output.emit(try workspace.openCase().attack(attack), text: AttackText.attack)
        }
    }
}
