import CasebookModel
import GRDB

/// An incident alleged to constitute one crime against humanity.
package struct AllegationRecord: Codable, FetchableRecord, MutablePersistableRecord {
    package static let databaseTableName = "allegation"
    package var id: Int64?
    package var incidentId: Int64
    package var crimeKey: String
    package var createdAt: String
    /// The attack this conduct is alleged to be part of (the nexus).
    package var attackId: Int64? = nil
    /// Art. 25(3)(f): the crime was attempted, not completed.
    package var attempted: Bool = false
    /// How the attempt was abandoned, if it was (art. 25(3)(f), second sentence).
    package var abandonment: String? = nil
    /// For deportation: the ISO 3166 code of the State the people were deported to.
    package var destinationState: String? = nil
    /// For enforced disappearance: limb "a" or "b" of elements 1–3.
    package var disappearanceLimb: String? = nil
    /// For persecution: the grounds (art. 7(1)(h)).
    package var persecutionGrounds: [String] = []
    /// For persecution: the group or collectivity targeted.
    package var targetedGroup: String? = nil
    /// For persecution: the allegation it is committed in connection with (element 4).
    package var connectedAllegationId: Int64? = nil
    /// A 'deportation' allegation made when the key also covered forcible transfer.
    package var crimeKeyToReview: Bool = false

    package init(
        id: Int64? = nil, incidentId: Int64, crimeKey: String, createdAt: String, attackId: Int64? = nil, attempted: Bool = false,
        abandonment: String? = nil, destinationState: String? = nil, disappearanceLimb: String? = nil,
        persecutionGrounds: [String] = [], targetedGroup: String? = nil, connectedAllegationId: Int64? = nil,
        crimeKeyToReview: Bool = false
    ) {
        self.id = id
        self.incidentId = incidentId
        self.crimeKey = crimeKey
        self.createdAt = createdAt
        self.attackId = attackId
        self.attempted = attempted
        self.abandonment = abandonment
        self.destinationState = destinationState
        self.disappearanceLimb = disappearanceLimb
        self.persecutionGrounds = persecutionGrounds
        self.targetedGroup = targetedGroup
        self.connectedAllegationId = connectedAllegationId
        self.crimeKeyToReview = crimeKeyToReview
    }

    package enum Columns {
        package static let incidentId = Column(CodingKeys.incidentId)
        package static let crimeKey = Column(CodingKeys.crimeKey)
        package static let attackId = Column(CodingKeys.attackId)
    }

    package mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// An allegation attributed to an actor under one mode of liability.
package struct AttributionRecord: Codable, FetchableRecord, MutablePersistableRecord {
    package static let databaseTableName = "attribution"
    package var id: Int64?
    package var allegationId: Int64
    package var actorId: Int64
    package var mode: String
    package var createdAt: String

    package init(id: Int64? = nil, allegationId: Int64, actorId: Int64, mode: String, createdAt: String) {
        self.id = id
        self.allegationId = allegationId
        self.actorId = actorId
        self.mode = mode
        self.createdAt = createdAt
    }

    package enum Columns {
        package static let allegationId = Column(CodingKeys.allegationId)
        package static let actorId = Column(CodingKeys.actorId)
        package static let mode = Column(CodingKeys.mode)
    }

    package mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// A source cited for an allegation: for one element, for an actor's link to it, or for both.
package struct CitationRecord: Codable, FetchableRecord, MutablePersistableRecord {
    package static let databaseTableName = "citation"
    package var id: Int64?
    package var allegationId: Int64
    package var testimonyId: Int64?
    package var evidenceId: Int64?
    package var elementKey: String?
    package var actorId: Int64?
    package var pinpoint: String?
    package var note: String?
    package var createdAt: String
    /// How the source knows what it says: first-hand, hearsay, documentary, expert or open-source.
    package var basis: String? = nil
    /// How likely what the citation relies on is to be true, 1 to 6.
    package var credibility: Int? = nil
    /// The words of the source relied on, short, quoted in documents.
    package var extract: String? = nil

    package init(
        id: Int64? = nil, allegationId: Int64, testimonyId: Int64? = nil, evidenceId: Int64? = nil, elementKey: String? = nil,
        actorId: Int64? = nil, pinpoint: String? = nil, note: String? = nil, createdAt: String, basis: String? = nil
    ) {
        self.id = id
        self.allegationId = allegationId
        self.testimonyId = testimonyId
        self.evidenceId = evidenceId
        self.elementKey = elementKey
        self.actorId = actorId
        self.pinpoint = pinpoint
        self.note = note
        self.createdAt = createdAt
        self.basis = basis
    }

    package enum Columns {
        package static let allegationId = Column(CodingKeys.allegationId)
        package static let testimonyId = Column(CodingKeys.testimonyId)
        package static let evidenceId = Column(CodingKeys.evidenceId)
        package static let elementKey = Column(CodingKeys.elementKey)
        package static let actorId = Column(CodingKeys.actorId)
        package static let pinpoint = Column(CodingKeys.pinpoint)
    }

    /// The testimony or evidence item cited.
    package var source: RecordID {
        if let testimonyId { return RecordID(.testimony, testimonyId) }
        return RecordID(.evidence, evidenceId ?? 0)
    }

    package mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// One person's abandonment of an attempt (art. 25(3)(f), second sentence): personal, so kept per actor.
package struct AbandonmentRecord: Codable, FetchableRecord, MutablePersistableRecord {
    package static let databaseTableName = "attempt_abandonment"
    package var id: Int64?
    package var allegationId: Int64
    package var actorId: Int64
    package var note: String
    package var createdAt: String

    package init(id: Int64? = nil, allegationId: Int64, actorId: Int64, note: String, createdAt: String) {
        self.id = id
        self.allegationId = allegationId
        self.actorId = actorId
        self.note = note
        self.createdAt = createdAt
    }

    package enum Columns {
        package static let allegationId = Column(CodingKeys.allegationId)
        package static let actorId = Column(CodingKeys.actorId)
    }

    package mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
