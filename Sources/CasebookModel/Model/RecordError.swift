/// Input about case records that cannot be accepted. Nothing is written when one is thrown.
public enum RecordError: CasebookFailure, Equatable {
    /// Text that is not an id of the form `W-1`.
    case malformedID(String)
    /// An id of the wrong kind for what it was given as, such as an actor given as a source.
    case wrongKind(RecordID, expected: [RecordKind], role: RecordRole)
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
    /// An allegation detail (`detail`: "destination", "limb", "grounds") that does not apply to the allegation's crime.
    case detailNotForCrime(detail: String, allegation: RecordID, crime: String, applies: String)
    /// An actor would become its own superior, directly or through others.
    case superiorCycle(actor: RecordID, superior: RecordID, path: [RecordID])
    /// Linkage evidence cited for an actor the allegation is not attributed to.
    case actorNotAttributed(actor: RecordID, allegation: RecordID)
    /// Two values (in the users' words: "latitude", "longitude") that must be given together, or not at all.
    case valuesTogether(String, String)
    /// A pseudonym another witness already uses.
    case duplicatePseudonym(String, existing: RecordID)
    /// An update given nothing to change.
    case nothingToChange(RecordID)
    /// A sealed identity field whose value cannot be accepted; the value is never repeated.
    case invalidSealedValue(field: String, problem: String)
    /// A date of birth that is not one exact day: a range (`isRange`) or a date without its day.
    case birthDateNotOneDay(field: String, isRange: Bool)
    /// Whether the number of victims is an estimate was set (`estimated`) or cleared, but the
    /// incident has no number of victims.
    case estimateWithoutVictims(RecordID, estimated: Bool)
    /// A tenure (`value`, its start and end) given for an actor without a superior.
    case tenureWithoutSuperior(String)
    /// A superior to remove that the actor does not answer to.
    case notASuperior(actor: RecordID, superior: RecordID)
    /// A transfer of custody to nobody.
    case noRecipient
    /// The evidence item is already recorded as the transcript of another testimony.
    case transcriptOfAnother(RecordID, testimony: RecordID)
    /// The passage of the testimony was already recorded as withdrawn (`withdrawnAs`, as typed then, on `date`).
    case passageAlreadyWithdrawn(RecordID, passage: String, withdrawnAs: String, date: String)

    public var category: FailureCategory { .badInput }

    public var description: String {
        switch self {
        case .malformedID(let text):
            "'\(text)' is not a record id. Ids look like W-1 (witness), T-1 (testimony), I-1 (incident), A-1 (actor), E-1 (evidence item), AL-1 (allegation), AT-1 (attack) or R-1 (recommendation)."
        case .wrongKind(let id, let expected, let role):
            "\(role.words) needs \(expected.map { "\($0.nounWithArticle) (\($0.prefix)-n)" }.joined(separator: " or ")), but \(id) is \(id.kind.nounWithArticle)."
        case .notFound(let id):
            "There is no \(id.kind.noun) \(id) in this case."
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
        case .detailNotForCrime(let detail, let allegation, let crime, let applies):
            "The \(detail) applies to \(applies) only, but \(allegation) is alleged as \(crime); nothing was changed."
        case .superiorCycle(let actor, let superior, let path):
            if actor == superior {
                "\(actor) cannot be its own superior."
            } else {
                "\(superior) cannot be the superior of \(actor): \(superior) already answers to \(actor) (\(path.map(\.description).joined(separator: " → "))), so the command hierarchy would become a loop."
            }
        case .actorNotAttributed(let actor, let allegation):
            "\(allegation) is not attributed to \(actor); attribute it to \(actor) first."
        case .valuesTogether(let first, let second):
            "The \(first) and the \(second) must be given together."
        case .duplicatePseudonym(let pseudonym, let existing):
            "The pseudonym '\(pseudonym)' is already used by \(existing); choose another so documents cannot confuse the two witnesses."
        case .nothingToChange(let id):
            "Nothing to change: give at least one new value for \(id). \(id) was left as it was."
        case .invalidSealedValue(let field, let problem):
            "The \(field) given \(problem). It is sealed, so it is not repeated here."
        case .birthDateNotOneDay(let field, let isRange):
            "The \(field) given \(isRange ? "is a range" : "lacks the day"), but a date of birth is one exact day, YYYY-MM-DD (for example 1975-03-02); an uncertain year is recorded as the year of birth alone. It is sealed, so it is not repeated here."
        case .estimateWithoutVictims(let id, _):
            "Whether the number of victims is an estimate cannot be recorded: \(id) has no number of victims; give the number too."
        case .tenureWithoutSuperior(let value):
            "'\(value)' is not a valid tenure; a start and an end give the period under a superior, so they need the superior."
        case .notASuperior(let actor, let superior):
            "'\(superior)' is not a valid superior to remove; \(actor) does not answer to \(superior)."
        case .noRecipient:
            "The recipient must not be empty."
        case .transcriptOfAnother(let evidence, let testimony):
            "\(evidence) is already the transcript of \(testimony); an evidence item is the transcript of one testimony only. Clear it there first. Nothing was changed."
        case .passageAlreadyWithdrawn(let testimony, let passage, let earlier, let date):
            "'\(passage)' of \(testimony) is already recorded as withdrawn ('\(earlier)', on \(date)); nothing was changed."
        }
    }
}
