import CasebookCore
import CasebookModel

/// The team's arguments in the sample case: the mental elements a lawyer argues by inference
/// (from position, publicity and pattern) and the attack's policy, inferred from its regularity,
/// so that the demo dossier shows how an argued element reads. Fictional, like the whole sample;
/// the patterns they rely on are the COI's public findings (A/HRC/25/63 paras 75-79).
extension Demo {
    static let arguments: [(target: RecordID, actor: RecordID?, element: String, text: String)] = [
        (
            RecordID(.allegation, 8), RecordID(.actor, 7), "command.knowledge",
            "The commander's knowledge is inferred from his position and the camp's routine: the camp's own daily "
                + "headcounts and work-unit reports went to the commander's office, detention without charge was the camp's "
                + "declared purpose, and it continued unchanged for every family held over the period alleged."
        ),
        (
            RecordID(.allegation, 11), nil, "context.knowledge",
            "Knowledge of the attack is inferred from the publicity and regularity of the conduct: returnees were "
                + "interrogated in the same way in every county, under standing instructions announced to the detainees, "
                + "as part of the treatment of persons returned from China described under the attack."
        ),
        (
            RecordID(.allegation, 12), nil, "context.knowledge",
            "Knowledge of the attack is inferred from the facility's place in the State Security Department's chain "
                + "of detention, which the witnesses describe as receiving detainees from other counties under the same orders."
        ),
        (
            RecordID(.attack, 1), nil, "attack.policy",
            "A State policy is inferred from the regularity of the conduct across provinces and decades: the same "
                + "classification of the population, the same treatment of returnees, and the same camp regime, directed "
                + "by the same central organs; the Commission of Inquiry found the crimes were committed pursuant to "
                + "policies established at the highest level of the State (A/HRC/25/63 para 75)."
        ),
    ]

    /// Records the sample's arguments.
    static func argue(in open: Case, handler: Handler) throws {
        for argument in arguments {
            _ = try open.argue(
                ElementArgumentInput(
                    target: argument.target, actor: argument.actor, element: argument.element, text: argument.text),
                handler: handler)
        }
    }
}
