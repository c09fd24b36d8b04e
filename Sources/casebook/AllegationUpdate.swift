import ArgumentParser
import CasebookCore

extension Casebook {
    struct AllegationUpdate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "update",
            abstract: "Set the details an allegation's crime needs; options not given are left as they are.",
            discussion: """
                --attack links the allegation to the attack it is part of (the nexus). --attempt marks \
                the crime as attempted (art. 25(3)(f)): the elements that describe its result (each \
                crime lists them; 'casebook crimes KEY') are then not required, and attempt.intent, \
                attempt.substantial-step and attempt.non-completion are proved instead; --no-attempt \
                undoes it and removes the abandonment notes. --abandoned with --actor records how that \
                person abandoned the attempt (abandonment is personal). --destination is for \
                deportation (an ISO 3166-1 code, or unknown), --limb for enforced disappearance, \
                --grounds, --group and --connected for persecution. --crime re-keys a deportation \
                allegation as forcible-transfer (or back): citations for element 1 then support the \
                allegation as a whole, since "to another State" and "within the same State" differ, \
                and the destination is kept. --reviewed confirms a deportation allegation and needs \
                its destination. An empty value clears a field.
                """)

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: OutputOptions
        @Argument(help: ArgumentHelp("The allegation, for example AL-1.", valueName: "allegation"))
        var id: String
        @Option(help: "The attack the conduct was part of, for example AT-1.")
        var attack: String?
        @Flag(help: "The crime was attempted, not completed (art. 25(3)(f)).")
        var attempt = false
        @Flag(help: "The crime was not attempted but completed; removes the abandonment notes.")
        var noAttempt = false
        @Option(help: "How the person named with --actor completely and voluntarily abandoned the attempt (art. 25(3)(f)).")
        var abandoned: String?
        @Option(help: "With --abandoned: the person who abandoned the attempt, for example A-3.")
        var actor: String?
        @Option(help: "Deportation: the State of destination, as an ISO 3166-1 code such as CN, or unknown.")
        var destination: String?
        @Option(help: "Enforced disappearance: the limb pleaded for elements 1–3, a or b.")
        var limb: String?
        @Option(
            help:
                "Persecution: the grounds, comma-separated: political, racial, national, ethnic, cultural, religious, gender, other."
        )
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
            if attempt && noAttempt { throw AllegationError.attemptContradiction }
            var changes = AllegationChanges(
                crime: crime, attack: attack, destination: destination, limb: limb,
                attempted: attempt ? true : noAttempt ? false : nil, abandonment: abandoned,
                grounds: grounds.map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) },
                group: group, connected: connected, reviewed: reviewed)
            changes.actor = actor
            try output.emit(try workspace.openCase().updateAllegation(allegation, changes), text: AttackText.allegation)
        }
    }
}
