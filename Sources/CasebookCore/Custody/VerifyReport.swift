import CasebookModel
import CasebookStore

/// The kinds of problem `verify` can find, each named as a lawyer would report it.
public enum VerifyProblemKind: String, Codable, Sendable {
    case objectChanged = "object changed"
    case objectMissing = "object missing"
    case unknownObject = "unknown object in the store"
    case recordChanged = "evidence record changed"
    case eventEdited = "event edited"
    case eventDeleted = "event deleted"
    case eventsReordered = "events reordered"
    case signatureInvalid = "signature invalid"
    case signatureMissing = "signature missing"
    case keyMissing = "key missing"
    case anchorMismatch = "anchor no longer matches"
    case itemDeleted = "evidence item deleted"
    case keyReplaced = "key replaced"
    case keyUntrusted = "key not trusted"
    case consentChanged = "consent differs from the log"
    case anchorMissing = "anchor missing"
    case anchorUnlogged = "anchor not in the log"
    case anchorChanged = "anchor record changed"
    case authorityUnverified = "timestamp authority not verified"
    case keyUnlogged = "key not in the log"
    case trustedKeyUnseen = "trusted key never seen in the log"
    case keyOfAnotherHandler = "signed with another handler's key"
    case eventRewritten = "event rewritten"
    case anchorDamaged = "timestamp reply damaged"
    case unknownAction = "unknown action"
    case timeBackwards = "time goes backwards"
    case timeInFuture = "time in the future"
    case objectNotReadOnly = "object not read-only"
    case objectLinked = "object linked elsewhere"
    case sealedIdentityChanged = "sealed identity differs from the log"
    case witnessDeleted = "witness deleted"
    case witnessUnlogged = "witness not in the log"
}

/// One problem, with the item, event or file it concerns.
public struct VerifyProblem: Codable, Sendable, Equatable {
    public let kind: VerifyProblemKind
    /// `E-3`, `event 12`, or a path in the store.
    public let subject: String
    public let message: String
}

/// Which part of the custody log an imported timestamp covers.
public struct AnchorCoverage: Codable, Sendable, Equatable {
    public let throughSequence: Int64
    public let headHash: String
    public let time: String?
    public let holds: Bool
    /// `verified` (checked against `--tsa-ca`), `checked at import` (against the certificate
    /// stored with it), or `unverified authority`.
    public let authority: String

    public init(throughSequence: Int64, headHash: String, time: String?, holds: Bool, authority: String) {
        self.throughSequence = throughSequence
        self.headHash = headHash
        self.time = time
        self.holds = holds
        self.authority = authority
    }
}

/// What `verify` checked and found.
public struct VerifyReport: Codable, Sendable, Equatable {
    public let objectsChecked: Int
    public let bytesChecked: Int64
    public let eventsChecked: Int
    public let signaturesChecked: Int
    public let problems: [VerifyProblem]
    /// Things worth knowing that are not tampering (an interrupted ingest's leftovers).
    public let notes: [String]
    /// What the team can give to make the check prove more; the command line says how.
    public var advice: [VerifyAdvice] = []
    public let anchors: [AnchorCoverage]
    /// The sequence number of the `verified` event recorded, when everything was intact.
    public let verifiedEvent: Int64?
    /// The newest event (the `verified` event when one was recorded): worth writing down outside
    /// the case, so that a later `verify --expect-head` proves the log still holds it unchanged.
    public var head: CustodyHead?

    public var intact: Bool { problems.isEmpty }

    enum CodingKeys: String, CodingKey {
        case intact, objectsChecked, bytesChecked, eventsChecked, signaturesChecked, problems, notes, advice, anchors,
            verifiedEvent, head
    }

    public init(
        objectsChecked: Int, bytesChecked: Int64, eventsChecked: Int, signaturesChecked: Int, problems: [VerifyProblem],
        notes: [String], anchors: [AnchorCoverage], verifiedEvent: Int64?
    ) {
        self.objectsChecked = objectsChecked
        self.bytesChecked = bytesChecked
        self.eventsChecked = eventsChecked
        self.signaturesChecked = signaturesChecked
        self.problems = problems
        self.notes = notes
        self.anchors = anchors
        self.verifiedEvent = verifiedEvent
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            objectsChecked: try c.decode(Int.self, forKey: .objectsChecked),
            bytesChecked: try c.decode(Int64.self, forKey: .bytesChecked),
            eventsChecked: try c.decode(Int.self, forKey: .eventsChecked),
            signaturesChecked: try c.decode(Int.self, forKey: .signaturesChecked),
            problems: try c.decode([VerifyProblem].self, forKey: .problems), notes: try c.decode([String].self, forKey: .notes),
            anchors: try c.decode([AnchorCoverage].self, forKey: .anchors),
            verifiedEvent: try c.decodeIfPresent(Int64.self, forKey: .verifiedEvent))
        head = try c.decodeIfPresent(CustodyHead.self, forKey: .head)
        advice = try c.decodeIfPresent([VerifyAdvice].self, forKey: .advice) ?? []
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(intact, forKey: .intact)
        try c.encode(objectsChecked, forKey: .objectsChecked)
        try c.encode(bytesChecked, forKey: .bytesChecked)
        try c.encode(eventsChecked, forKey: .eventsChecked)
        try c.encode(signaturesChecked, forKey: .signaturesChecked)
        try c.encode(problems, forKey: .problems)
        try c.encode(notes, forKey: .notes)
        try c.encode(advice, forKey: .advice)
        try c.encode(anchors, forKey: .anchors)
        try c.encodeIfPresent(verifiedEvent, forKey: .verifiedEvent)
        try c.encodeIfPresent(head, forKey: .head)
    }
}
