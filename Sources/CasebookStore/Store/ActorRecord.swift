import CasebookModel
import GRDB

/// A person or an institution alleged to bear responsibility.
package struct ActorRecord: Codable, FetchableRecord, MutablePersistableRecord {
    package static let databaseTableName = "actor"
    package var id: Int64?
    package var name: String
    package var kind: ActorKind
    package var position: String?
    package var aliases: [String]
    package var createdAt: String
    /// The team's own key for this record (from its spreadsheets), unique per kind.
    package var externalId: String? = nil
    /// The ISO 3166-1 alpha-2 code of the actor's nationality, upper case.
    package var nationality: String? = nil

    package init(
        id: Int64? = nil, name: String, kind: ActorKind, position: String? = nil, aliases: [String], createdAt: String,
        externalId: String? = nil, nationality: String? = nil
    ) {
        self.nationality = nationality
        self.id = id
        self.name = name
        self.kind = kind
        self.position = position
        self.aliases = aliases
        self.createdAt = createdAt
        self.externalId = externalId
    }

    package mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// One link of the command hierarchy: an actor answering to a superior for a period.
package struct SuperiorLinkRecord: Codable, FetchableRecord, MutablePersistableRecord {
    package static let databaseTableName = "actor_superior"
    package var id: Int64?
    package var actorId: Int64
    package var superiorId: Int64
    package var tenureFrom: String?
    package var tenureTo: String?

    package init(id: Int64? = nil, actorId: Int64, superiorId: Int64, tenureFrom: String? = nil, tenureTo: String? = nil) {
        self.id = id
        self.actorId = actorId
        self.superiorId = superiorId
        self.tenureFrom = tenureFrom
        self.tenureTo = tenureTo
    }

    package enum Columns {
        package static let actorId = Column(CodingKeys.actorId)
        package static let superiorId = Column(CodingKeys.superiorId)
    }

    package mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
