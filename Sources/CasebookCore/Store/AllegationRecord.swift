import GRDB

/// An incident alleged to constitute one crime against humanity.
struct AllegationRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "allegation"
    var id: Int64?
    var incidentId: Int64
    var crimeKey: String
    var createdAt: String
    /// The attack this conduct is alleged to be part of (the nexus).
    var attackId: Int64? = nil
    /// Art. 25(3)(f): the crime was attempted, not completed.
    var attempted: Bool = false
    /// How the attempt was abandoned, if it was (art. 25(3)(f), second sentence).
    var abandonment: String? = nil
    /// For deportation: the ISO 3166 code of the State the people were deported to.
    var destinationState: String? = nil
    /// For enforced disappearance: limb "a" or "b" of elements 1–3.
    var disappearanceLimb: String? = nil
    /// For persecution: the grounds (art. 7(1)(h)).
    var persecutionGrounds: [String] = []
    /// For persecution: the group or collectivity targeted.
    var targetedGroup: String? = nil
    /// For persecution: the allegation it is committed in connection with (element 4).
    var connectedAllegationId: Int64? = nil
    /// A 'deportation' allegation made when the key also covered forcible transfer.
    var crimeKeyToReview: Bool = false

    enum Columns {
        static let incidentId = Column(CodingKeys.incidentId)
        static let crimeKey = Column(CodingKeys.crimeKey)
        static let attackId = Column(CodingKeys.attackId)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// An allegation attributed to an actor under one mode of liability.
struct AttributionRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "attribution"
    var id: Int64?
    var allegationId: Int64
    var actorId: Int64
    var mode: String
    var createdAt: String

    enum Columns {
        static let allegationId = Column(CodingKeys.allegationId)
        static let actorId = Column(CodingKeys.actorId)
        static let mode = Column(CodingKeys.mode)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// A source cited for an allegation: for one element, for an actor's link to it, or for both.
struct CitationRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "citation"
    var id: Int64?
    var allegationId: Int64
    var testimonyId: Int64?
    var evidenceId: Int64?
    var elementKey: String?
    var actorId: Int64?
    var pinpoint: String?
    var note: String?
    var createdAt: String
    /// How the source knows what it says: first-hand, hearsay, documentary, expert or open-source.
    var basis: String? = nil

    enum Columns {
        static let allegationId = Column(CodingKeys.allegationId)
        static let testimonyId = Column(CodingKeys.testimonyId)
        static let evidenceId = Column(CodingKeys.evidenceId)
        static let elementKey = Column(CodingKeys.elementKey)
        static let actorId = Column(CodingKeys.actorId)
        static let pinpoint = Column(CodingKeys.pinpoint)
    }

    /// The testimony or evidence item cited.
    var source: RecordID {
        if let testimonyId { return RecordID(.testimony, testimonyId) }
        return RecordID(.evidence, evidenceId ?? 0)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// One person's abandonment of an attempt (art. 25(3)(f), second sentence): personal, so kept per actor.
struct AbandonmentRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "attempt_abandonment"
    var id: Int64?
    var allegationId: Int64
    var actorId: Int64
    var note: String
    var createdAt: String

    enum Columns {
        static let allegationId = Column(CodingKeys.allegationId)
        static let actorId = Column(CodingKeys.actorId)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
