import ArgumentParser
import CasebookCore

extension Casebook {
    struct AllegationUpdate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "update",
            abstract: "Set the details an allegation's crime needs; options not given are left as they are.",
            discussion: """
                --attack links the allegation to the attack it is part of (the nexus). --attempt marks \
                the crime as attempted (art. 25(3)(f)); --abandoned records how the attempt was \
                abandoned. --destination is for deportation, --limb for enforced disappearance, \
                --grounds, --group and --connected for persecution. --crime re-keys a deportation \
                allegation as forcible-transfer (or back), and --reviewed confirms it. An empty \
                value clears a field.
                """)

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: OutputOptions
        @Argument(help: ArgumentHelp("The allegation, for example AL-1.", valueName: "allegation"))
        var id: String
        @Option(help: "The attack the conduct was part of, for example AT-1.")
        var attack: String?
        @Flag(inversion: .prefixedNo, help: "The crime was attempted, not completed (art. 25(3)(f)).")
        var attempt: Bool?
        @Option(help: "How the attempt was completely and voluntarily abandoned (art. 25(3)(f)).")
        var abandoned: String?
        @Option(help: "Deportation: the State of destination, as an ISO 3166 code such as CN.")
        var destination: String?
        @Option(help: "Enforced disappearance: the limb pleaded for elements 1–3, a or b.")
        var limb: String?
        @Option(help: "Persecution: the grounds, comma-separated: political, racial, national, ethnic, cultural, religious, gender, other.")
        var grounds: String?
        @Option(help: "Persecution: the group or collectivity targeted.")
        var group: String?
        @Option(help: "Persecution: the allegation it was committed in connection with, for example AL-2.")
        var connected: String?
        @Option(help: "Re-key between deportation and forcible-transfer.")
        var crime: String?
        @Flag(help: "Confirm a deportation allegation made before deportation and forcible transfer were separated.")
        var reviewed = false

        func run() throws {
            let allegation = try parseID(id, .allegation, option: "allegation update")
            let changes = AllegationChanges(
                crime: crime, attack: attack, destination: destination, limb: limb, attempted: attempt,
                abandonment: abandoned,
                grounds: grounds.map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) },
                group: group, connected: connected, reviewed: reviewed)
            try output.emit(try workspace.openDatabase().updateAllegation(allegation, changes), text: AttackText.allegation)
        }
    }
}
