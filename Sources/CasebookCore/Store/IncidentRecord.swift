import GRDB

/// Something that happened to victims at a place and time, which may constitute crimes.
struct IncidentRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "incident"
    var id: Int64?
    var title: String
    var dateText: String
    var dateStart: String
    var dateEnd: String
    var place: String?
    var country: String?
    var latitude: Double?
    var longitude: Double?
    var victims: Int?
    var victimsEstimated: Bool
    var victimGroup: String?
    var description: String?
    var createdAt: String
    /// The team's own key for this record (from its spreadsheets), unique per kind.
    var externalId: String? = nil

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
