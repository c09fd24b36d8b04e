import GRDB

/// A person who gave testimony, known in every output by a pseudonym.
///
/// This row deliberately holds nothing that identifies the person: identities are added
/// encrypted by the protection layer, never in clear.
struct WitnessRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "witness"
    var id: Int64?
    var pseudonym: String
    var sex: String?
    var birthYear: Int?
    var origin: String?
    var leftYear: Int?
    var consent: String
    var riskNotes: String?
    var createdAt: String
    /// The team's own key for this record (from its spreadsheets), unique per kind.
    var externalId: String? = nil

    enum Columns {
        static let pseudonym = Column(CodingKeys.pseudonym)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
