import CasebookModel
import GRDB

/// A person who gave testimony, known in every output by a pseudonym.
///
/// This row deliberately holds nothing that identifies the person: identities are added
/// encrypted by the protection layer, never in clear.
package struct WitnessRecord: Codable, FetchableRecord, MutablePersistableRecord {
    package static let databaseTableName = "witness"
    package var id: Int64?
    package var pseudonym: String
    package var sex: String?
    package var birthYear: Int?
    package var origin: String?
    package var leftYear: Int?
    package var consent: String
    package var riskNotes: String?
    package var createdAt: String
    /// The team's own key for this record (from its spreadsheets), unique per kind.
    package var externalId: String? = nil

    package init(
        id: Int64? = nil, pseudonym: String, sex: String? = nil, birthYear: Int? = nil, origin: String? = nil, leftYear: Int? = nil,
        consent: String, riskNotes: String? = nil, createdAt: String, externalId: String? = nil
    ) {
        self.id = id
        self.pseudonym = pseudonym
        self.sex = sex
        self.birthYear = birthYear
        self.origin = origin
        self.leftYear = leftYear
        self.consent = consent
        self.riskNotes = riskNotes
        self.createdAt = createdAt
        self.externalId = externalId
    }

    package enum Columns {
        package static let id = Column(CodingKeys.id)
        package static let pseudonym = Column(CodingKeys.pseudonym)
        package static let riskNotes = Column(CodingKeys.riskNotes)
        package static let consent = Column(CodingKeys.consent)
    }

    package mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
