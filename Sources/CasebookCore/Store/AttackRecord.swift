import GRDB

/// The attack directed against a civilian population that allegations are part of.
struct AttackRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "attack"
    var id: Int64?
    var title: String
    var periodText: String?
    var periodStart: String?
    var periodEnd: String?
    var population: String?
    var policy: String?
    var widespread: String?
    var systematic: String?
    var description: String?
    var createdAt: String

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// A source cited for one element of an attack.
struct AttackCitationRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "attack_citation"
    var id: Int64?
    var attackId: Int64
    var testimonyId: Int64?
    var evidenceId: Int64?
    var elementKey: String
    var pinpoint: String?
    var note: String?
    var createdAt: String
    /// How the source knows what it says: first-hand, hearsay, documentary, expert or open-source.
    var basis: String? = nil

    enum Columns {
        static let attackId = Column(CodingKeys.attackId)
    }

    var source: RecordID {
        if let testimonyId { return RecordID(.testimony, testimonyId) }
        return RecordID(.evidence, evidenceId ?? 0)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
