import GRDB

/// Something that happened to victims at a place and time, which may constitute crimes.
package struct IncidentRecord: Codable, FetchableRecord, MutablePersistableRecord {
    package static let databaseTableName = "incident"
    package var id: Int64?
    package var title: String
    package var dateText: String
    package var dateStart: String
    package var dateEnd: String
    package var place: String?
    package var country: String?
    package var latitude: Double?
    package var longitude: Double?
    package var victims: Int?
    package var victimsEstimated: Bool
    package var victimGroup: String?
    package var description: String?
    package var createdAt: String
    /// The team's own key for this record (from its spreadsheets), unique per kind.
    package var externalId: String? = nil
    /// Nil for an incident that is not continuing; "ongoing", or the date it ended.
    package var continuingEnd: String? = nil
    /// The places of its parts beside its country, `CC[:DATE]` joined by ";"; nil for none.
    package var alsoIn: String? = nil

    package init(
        id: Int64? = nil, title: String, dateText: String, dateStart: String, dateEnd: String, place: String? = nil,
        country: String? = nil, latitude: Double? = nil, longitude: Double? = nil, victims: Int? = nil, victimsEstimated: Bool,
        victimGroup: String? = nil, description: String? = nil, createdAt: String, externalId: String? = nil
    ) {
        self.id = id
        self.title = title
        self.dateText = dateText
        self.dateStart = dateStart
        self.dateEnd = dateEnd
        self.place = place
        self.country = country
        self.latitude = latitude
        self.longitude = longitude
        self.victims = victims
        self.victimsEstimated = victimsEstimated
        self.victimGroup = victimGroup
        self.description = description
        self.createdAt = createdAt
        self.externalId = externalId
    }

    package mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    /// The columns requests filter and order by.
    package enum Columns {
        package static let id = Column(CodingKeys.id)
        package static let dateStart = Column(CodingKeys.dateStart)
    }
}
