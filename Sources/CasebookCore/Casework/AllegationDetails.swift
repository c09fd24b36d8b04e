import CasebookModel
import CasebookStore

/// The grounds of persecution named in art. 7(1)(h) and art. 7(3).
public enum PersecutionGround: String, CaseIterable, Sendable, Codable {
    case political, racial, national, ethnic, cultural, religious, gender
    /// "Other grounds that are universally recognized as impermissible under international law".
    case other
}

/// What `allegation update` may change; nil leaves a field as it is, an empty text clears it.
public struct AllegationChanges: Sendable {
    public var crime: String?
    public var attack: String?
    public var destination: String?
    public var limb: String?
    public var attempted: Bool?
    public var abandonment: String?
    public var grounds: [String]?
    public var group: String?
    public var connected: String?
    public var reviewed: Bool
    /// The person whose abandonment `abandonment` records (art. 25(3)(f)); abandonment is personal.
    public var actor: String?

    public init(
        crime: String? = nil, attack: String? = nil, destination: String? = nil, limb: String? = nil,
        attempted: Bool? = nil, abandonment: String? = nil, grounds: [String]? = nil, group: String? = nil,
        connected: String? = nil, reviewed: Bool = false
    ) {
        self.crime = crime
        self.attack = attack
        self.destination = destination
        self.limb = limb
        self.attempted = attempted
        self.abandonment = abandonment
        self.grounds = grounds
        self.group = group
        self.connected = connected
        self.reviewed = reviewed
    }

    /// Whether any option was given at all.
    var isEmpty: Bool {
        crime == nil && attack == nil && destination == nil && limb == nil && attempted == nil && abandonment == nil
            && grounds == nil && group == nil && connected == nil && !reviewed && actor == nil
    }
}

/// An allegation with the details its crime needs, as `allegation show` prints it.
public struct AllegationDetails: Codable, Sendable, Equatable {
    public let id: RecordID
    public let incident: RecordID
    public let crime: String
    public let crimeName: String
    public let article: String
    /// The attack the conduct is alleged to be part of (the nexus).
    public let attack: RecordID?
    /// Art. 25(3)(f).
    public let attempted: Bool
    public let abandonment: String?
    /// Deportation: the State of destination (ISO 3166 code).
    public let destinationState: String?
    /// Enforced disappearance: limb "a" or "b" of elements 1–3.
    public let disappearanceLimb: String?
    public let persecutionGrounds: [PersecutionGround]
    public let targetedGroup: String?
    public let connectedAllegation: RecordID?
    /// Made as 'deportation' when the key also covered forcible transfer: to be confirmed.
    public let crimeKeyToReview: Bool
    /// Each person's abandonment of the attempt (art. 25(3)(f)).
    public var abandonments: [ActorNote]? = nil
    /// What an update did besides setting the fields: what it removed or moved, and cautions.
    public var notices: [String]? = nil
    /// Set when the linked attack's period does not cover the incident (checked on update).
    public var attackPeriodMismatch: AttackPeriodMismatch? = nil
}

/// A note about one actor, such as how that actor abandoned an attempt.
public struct ActorNote: Codable, Sendable, Equatable {
    public let actor: RecordID
    public let note: String

    public init(actor: RecordID, note: String) {
        self.actor = actor
        self.note = note
    }
}
