import CasebookModel
import CasebookStore

/// Input about allegations, their details and their citations that the law does not allow.
/// Nothing is written when one is thrown.
public enum AllegationError: CasebookFailure, Equatable {
    /// Re-keying would give the incident a second allegation of the same crime.
    case rekeyClash(allegation: RecordID, existing: RecordID, incident: RecordID, crime: String)
    /// An abandonment for an allegation that is not marked attempted.
    case abandonmentNeedsAttempt(RecordID)
    /// An abandonment without the person who abandoned.
    case abandonmentNeedsActor(RecordID)
    /// An actor given with an allegation update, without the abandonment the actor is for.
    case actorNeedsAbandonment
    /// Marked attempted and not attempted at once.
    case attemptContradiction
    /// A review that confirms a deportation with no State of destination.
    case reviewNeedsDestination(RecordID)
    /// Persecution connected with an allegation that leads back to it.
    case connectedCycle(RecordID, path: [RecordID])
    /// Grounds of persecution with an empty item, such as ",,".
    case emptyGround(String)
    /// An element of an attempt cited for an allegation that is not marked attempted.
    case attemptElementNeedsAttempt(element: String, allegation: RecordID)
    /// context.knowledge cited for an actor alleged under art. 28 only.
    case knowledgeOfSuperior(actor: RecordID, allegation: RecordID, modes: [String])
    /// An update of an allegation or an attack with nothing to change.
    case nothingToChange(RecordID)
    /// A mode of liability attributed to an institution: the Court tries natural persons only.
    /// `heads` are the persons recorded under it, by id and name, for the message to suggest.
    case institutionAttributed(actor: RecordID, name: String, heads: [InstitutionHead])
    /// A person alleged responsible, recorded again as an institution.
    case attributedPersonToInstitution(actor: RecordID, name: String, allegations: [RecordID])

    public var category: FailureCategory { .badInput }

    public var description: String {
        switch self {
        case .rekeyClash(let allegation, let existing, let incident, let crime):
            "\(allegation) cannot be re-keyed: \(incident) is already alleged to be \(crime), as \(existing); nothing was changed."
        case .abandonmentNeedsAttempt(let id):
            "An abandonment concerns an attempt, and \(id) is not marked attempted; mark it attempted first (art. 25(3)(f)). Nothing was changed."
        case .abandonmentNeedsActor(let id):
            "An abandonment frees only the person who abandoned (art. 25(3)(f)), so name that person, attributed to \(id). Nothing was changed."
        case .actorNeedsAbandonment:
            "The actor given with an allegation update names the person who abandoned the attempt; give the abandonment with it. Nothing was changed."
        case .attemptContradiction:
            "An allegation cannot be marked attempted and not attempted at once; give one. Nothing was changed."
        case .reviewNeedsDestination(let id):
            "Confirming \(id) as deportation needs the State of destination (or 'unknown' if it is not known yet); give it, or re-key \(id) as forcible-transfer. Nothing was changed."
        case .connectedCycle(let id, let path):
            "\(id) cannot be connected that way: the connections would go round in a circle (\(path.map(\.description).joined(separator: " → "))); persecution must be connected with another crime, not back to itself. Nothing was changed."
        case .emptyGround(let text):
            "'\(text)' has an empty ground of persecution; write the grounds separated by commas, for example political,religious, or none to clear them. Nothing was changed."
        case .attemptElementNeedsAttempt(let element, let allegation):
            "The element '\(element)' concerns an attempt, and \(allegation) is not marked attempted; mark it attempted first."
        case .knowledgeOfSuperior(let actor, let allegation, let modes):
            "\(actor) is attributed to \(allegation) under art. 28 only (\(modes.joined(separator: ", "))): the crime's context.knowledge is the physical perpetrators' knowledge (cite it for no actor), and \(actor)'s own knowledge is proved with the element \(modes.map { "\($0).knowledge" }.joined(separator: " or "))."
        case .nothingToChange(let id):
            "Nothing to change for \(id): give at least one new value."
        case .attributedPersonToInstitution(let actor, let name, let allegations):
            "\(actor) \(name) is alleged responsible in \(allegations.map(\.description).joined(separator: ", ")), and a mode of liability "
                + "cannot be attributed to an institution (the Court tries natural persons only, art. 25(1)). If \(actor) is the "
                + "institution, record it as a new actor and the person who headed it under it. Nothing was changed."
        case .institutionAttributed(let actor, let name, let heads):
            "\(actor) \(name) is an institution: it is the apparatus through which the crimes were committed, not an accused, "
                + "and the Court tries natural persons only (art. 25(1)). Attribute the mode to the person who headed it"
                + (heads.isEmpty
                    ? " (record that office holder as a person actor whose superior is \(actor))"
                    : ", for example one recorded under it: " + heads.map { "\($0.id) \($0.name)" }.joined(separator: " or "))
                + ". Nothing was created."
        }
    }
}

/// A person recorded under an institution, as a refusal to attribute to the institution suggests them.
public struct InstitutionHead: Sendable, Equatable {
    public let id: RecordID
    public let name: String

    package init(id: RecordID, name: String) {
        self.id = id
        self.name = name
    }
}
