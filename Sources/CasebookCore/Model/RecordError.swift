/// Input about case records that cannot be accepted. Nothing is written when one is thrown.
public enum RecordError: CasebookFailure, Equatable {
    /// Text that is not an id of the form `W-1`.
    case malformedID(String)
    /// An id of the wrong kind for the option, such as an actor given as a source.
    case wrongKind(RecordID, expected: [RecordKind], option: String)
    /// An id that names no record.
    case notFound(RecordID)
    /// A required text field that is empty or only spaces.
    case emptyField(String)
    /// A value outside what the field accepts (a consent scope, a latitude, a year).
    case invalidValue(field: String, value: String, accepted: String)
    /// The incident is already alleged to be this crime.
    case duplicateAllegation(existing: RecordID, incident: RecordID, crime: String)
    /// The allegation is already attributed to this actor under this mode.
    case duplicateAttribution(allegation: RecordID, actor: RecordID, mode: String)
    /// The same source is already cited in exactly the same way.
    case duplicateCitation(allegation: RecordID, source: RecordID, element: String?)
    /// The same source is already cited for the same element of the attack.
    case duplicateAttackCitation(attack: RecordID, source: RecordID, element: String)
    /// An allegation detail that does not apply to the allegation's crime.
    case detailNotForCrime(option: String, allegation: RecordID, crime: String, applies: String)
    /// An actor would become its own superior, directly or through others.
    case superiorCycle(actor: RecordID, superior: RecordID, path: [RecordID])
    /// Linkage evidence cited for an actor the allegation is not attributed to.
    case actorNotAttributed(actor: RecordID, allegation: RecordID)
    /// Two options that must be given together, or not at all.
    case optionsTogether(String, String)
    /// A pseudonym another witness already uses.
    case duplicatePseudonym(String, existing: RecordID)
    /// An update command given no option to change; `command` is how it was typed.
    case nothingToChange(RecordID, command: String)
    /// A sealed identity field whose value cannot be accepted; the value is never repeated.
    case invalidSealedValue(field: String, problem: String)
    /// An option that only makes sense with another value the record does not have.
    case optionNeeds(option: String, reason: String)

    public var category: FailureCategory { .badInput }

    public var description: String {
        switch self {
        case .malformedID(let text):
            "'\(text)' is not a record id. Ids look like W-1 (witness), T-1 (testimony), I-1 (incident), A-1 (actor), E-1 (evidence item), AL-1 (allegation), AT-1 (attack) or R-1 (recommendation)."
        case .wrongKind(let id, let expected, let option):
            "\(option) needs \(expected.map { "\($0.nounWithArticle) (\($0.prefix)-n)" }.joined(separator: " or ")), but \(id) is \(id.kind.nounWithArticle)."
        case .notFound(let id):
            "There is no \(id.kind.noun) \(id) in this case. Run '\(Self.listCommand(id.kind))' to see them."
        case .emptyField(let field):
            "The \(field) must not be empty."
        case .invalidValue(let field, let value, let accepted):
            "'\(value)' is not a valid \(field); \(accepted)."
        case .duplicateAllegation(let existing, let incident, let crime):
            "\(incident) is already alleged to be \(crime), as \(existing); nothing was created."
        case .duplicateAttribution(let allegation, let actor, let mode):
            "\(allegation) is already attributed to \(actor) as \(mode); nothing was created."
        case .duplicateCitation(let allegation, let source, let element):
            "\(source) is already cited for \(element ?? "the allegation as a whole") of \(allegation) with the same pinpoint; nothing was created."
        case .duplicateAttackCitation(let attack, let source, let element):
            "\(source) is already cited for \(element) of \(attack) with the same pinpoint; nothing was created."
        case .detailNotForCrime(let option, let allegation, let crime, let applies):
            "\(option) applies to \(applies) only, but \(allegation) is alleged as \(crime); nothing was changed."
        case .superiorCycle(let actor, let superior, let path):
            if actor == superior {
                "\(actor) cannot be its own superior."
            } else {
                "\(superior) cannot be the superior of \(actor): \(superior) already answers to \(actor) (\(path.map(\.description).joined(separator: " → "))), so the command hierarchy would become a loop."
            }
        case .actorNotAttributed(let actor, let allegation):
            "\(allegation) is not attributed to \(actor); attribute it first with 'casebook attribute --allegation \(allegation) --actor \(actor) --mode MODE'."
        case .optionsTogether(let first, let second):
            "\(first) and \(second) must be given together."
        case .duplicatePseudonym(let pseudonym, let existing):
            "The pseudonym '\(pseudonym)' is already used by \(existing); choose another so documents cannot confuse the two witnesses."
        case .nothingToChange(let id, let command):
            "Nothing to change: give '\(command) \(id)' at least one option to change (see '\(command) --help'). \(id) was left as it was."
        case .invalidSealedValue(let field, let problem):
            "The \(field) given \(problem). It is sealed, so it is not repeated here."
        case .optionNeeds(let option, let reason):
            "\(option) \(reason)."
        }
    }

    private static func listCommand(_ kind: RecordKind) -> String {
        switch kind {
        case .witness: "casebook witness list"
        case .testimony: "casebook testimony list"
        case .incident: "casebook incident list"
        case .actor: "casebook actor list"
        case .evidence: "casebook evidence list"
        case .allegation: "casebook matrix"
        case .recommendation: "casebook recommendation list"
        case .attack: "casebook attack list"
        }
    }
}
