import CasebookModel
import GRDB

/// The attack directed against a civilian population that allegations are part of.
package struct AttackRecord: Codable, FetchableRecord, MutablePersistableRecord {
    package static let databaseTableName = "attack"
    package var id: Int64?
    package var title: String
    package var periodText: String?
    package var periodStart: String?
    package var periodEnd: String?
    package var population: String?
    package var policy: String?
    package var widespread: String?
    package var systematic: String?
    package var description: String?
    package var createdAt: String

    package init(
        id: Int64? = nil, title: String, periodText: String? = nil, periodStart: String? = nil, periodEnd: String? = nil,
        population: String? = nil, policy: String? = nil, widespread: String? = nil, systematic: String? = nil,
        description: String? = nil, createdAt: String
    ) {
        self.id = id
        self.title = title
        self.periodText = periodText
        self.periodStart = periodStart
        self.periodEnd = periodEnd
        self.population = population
        self.policy = policy
        self.widespread = widespread
        self.systematic = systematic
        self.description = description
        self.createdAt = createdAt
    }

    package mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// A source cited for one element of an attack.
package struct AttackCitationRecord: Codable, FetchableRecord, MutablePersistableRecord {
    package static let databaseTableName = "attack_citation"
    package var id: Int64?
    package var attackId: Int64
    package var testimonyId: Int64?
    package var evidenceId: Int64?
    package var elementKey: String
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
        id: Int64? = nil, attackId: Int64, testimonyId: Int64? = nil, evidenceId: Int64? = nil, elementKey: String,
        pinpoint: String? = nil, note: String? = nil, createdAt: String, basis: String? = nil
    ) {
        self.id = id
        self.attackId = attackId
        self.testimonyId = testimonyId
        self.evidenceId = evidenceId
        self.elementKey = elementKey
        self.pinpoint = pinpoint
        self.note = note
        self.createdAt = createdAt
        self.basis = basis
    }

    package enum Columns {
        package static let attackId = Column(CodingKeys.attackId)
    }

    package var source: RecordID {
        if let testimonyId { return RecordID(.testimony, testimonyId) }
        return RecordID(.evidence, evidenceId ?? 0)
    }

    package mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
