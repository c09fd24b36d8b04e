import CasebookModel
/// Input about allegations, their details and their citations that the law does not allow.
/// Nothing is written when one is thrown.
public enum AllegationError: CasebookFailure, Equatable {
    /// Re-keying would give the incident a second allegation of the same crime.
    case rekeyClash(allegation: RecordID, existing: RecordID, incident: RecordID, crime: String)
    /// `--abandoned` for an allegation that is not marked attempted.
    case abandonmentNeedsAttempt(RecordID)
    /// `--abandoned` without the person who abandoned.
    case abandonmentNeedsActor(RecordID)
    /// `--actor` on `allegation update` without `--abandoned`.
    case actorNeedsAbandonment
    /// `--attempt` and `--no-attempt` together.
    case attemptContradiction
    /// `--reviewed` confirms a deportation with no State of destination.
    case reviewNeedsDestination(RecordID)
    /// Persecution connected with an allegation that leads back to it.
    case connectedCycle(RecordID, path: [RecordID])
    /// `--grounds` with an empty item, such as ",,".
    case emptyGround(String)
    /// An element of an attempt cited for an allegation that is not marked attempted.
    case attemptElementNeedsAttempt(element: String, allegation: RecordID)
    /// context.knowledge cited for an actor alleged under art. 28 only.
    case knowledgeOfSuperior(actor: RecordID, allegation: RecordID, modes: [String])
    /// An update with nothing to change.
    case nothingToChange(RecordID, options: String)

    public var category: FailureCategory { .badInput }

    public var description: String {
        switch self {
        case .rekeyClash(let allegation, let existing, let incident, let crime):
            "\(allegation) cannot be re-keyed: \(incident) is already alleged to be \(crime), as \(existing); nothing was changed."
        case .abandonmentNeedsAttempt(let id):
            "--abandoned needs --attempt: abandonment concerns an attempt, and \(id) is not marked attempted; add --attempt (art. 25(3)(f)). Nothing was changed."
        case .abandonmentNeedsActor(let id):
            "--abandoned needs --actor A-n: abandonment frees only the person who abandoned (art. 25(3)(f)), so name that person, attributed to \(id). Nothing was changed."
        case .actorNeedsAbandonment:
            "--actor on 'allegation update' names the person who abandoned the attempt; give --abandoned TEXT with it. Nothing was changed."
        case .attemptContradiction:
            "--attempt and --no-attempt contradict each other; give one. Nothing was changed."
        case .reviewNeedsDestination(let id):
            "--reviewed confirms \(id) as deportation, which needs the State of destination: add --destination CC (or --destination unknown if it is not known yet), or re-key it with --crime forcible-transfer. Nothing was changed."
        case .connectedCycle(let id, let path):
            "\(id) cannot be connected that way: the connections would go round in a circle (\(path.map(\.description).joined(separator: " → "))); persecution must be connected with another crime, not back to itself. Nothing was changed."
        case .emptyGround(let text):
            "'\(text)' has an empty ground of persecution; write the grounds separated by commas, for example political,religious, or --grounds \"\" to clear them. Nothing was changed."
        case .attemptElementNeedsAttempt(let element, let allegation):
            "The element '\(element)' concerns an attempt, and \(allegation) is not marked attempted; run 'casebook allegation update \(allegation) --attempt' first."
        case .knowledgeOfSuperior(let actor, let allegation, let modes):
            "\(actor) is attributed to \(allegation) under art. 28 only (\(modes.joined(separator: ", "))): the crime's context.knowledge is the physical perpetrators' knowledge (cite it without --actor), and \(actor)'s own knowledge is proved with --element \(modes.map { "\($0).knowledge" }.joined(separator: " or "))."
        case .nothingToChange(let id, let options):
            "Nothing to change for \(id): give at least one of \(options)."
        }
    }
}
