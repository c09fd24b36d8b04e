import GRDB

/// One version of the team's argument for one element: of an allegation's crime, of an attack,
/// or of an actor's liability for an allegation. The newest version is the argument; an empty
/// text withdraws it; the earlier ones stay, as the table is append-only.
///
/// A lawyer argues the mental elements by inference (from position, publicity, pattern): such an
/// element has no source that says it, but it is alleged, and the argument is what the dossier prints.
package struct ElementArgumentRecord: Codable, FetchableRecord, MutablePersistableRecord {
    package static let databaseTableName = "element_argument"
    package var id: Int64?
    package var allegationId: Int64?
    package var attackId: Int64?
    package var actorId: Int64?
    package var elementKey: String
    package var text: String
    package var handler: String
    /// UTC, to the second.
    package var recordedAt: String

    package init(
        allegationId: Int64?, attackId: Int64?, actorId: Int64?, elementKey: String, text: String, handler: String,
        recordedAt: String
    ) {
        self.allegationId = allegationId
        self.attackId = attackId
        self.actorId = actorId
        self.elementKey = elementKey
        self.text = text
        self.handler = handler
        self.recordedAt = recordedAt
    }

    package mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
