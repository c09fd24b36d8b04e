import GRDB

/// A person or an institution alleged to bear responsibility.
struct ActorRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "actor"
    var id: Int64?
    var name: String
    var kind: String
    var position: String?
    var aliases: [String]
    var createdAt: String
    /// The team's own key for this record (from its spreadsheets), unique per kind.
    var externalId: String? = nil
    /// The ISO 3166-1 alpha-2 code of the actor's nationality, upper case.
    var nationality: String? = nil

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// One link of the command hierarchy: an actor answering to a superior for a period.
struct SuperiorLinkRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "actor_superior"
    var id: Int64?
    var actorId: Int64
    var superiorId: Int64
    var tenureFrom: String?
    var tenureTo: String?

    enum Columns {
        static let actorId = Column(CodingKeys.actorId)
        static let superiorId = Column(CodingKeys.superiorId)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
