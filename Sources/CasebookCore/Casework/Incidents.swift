import CasebookModel
import CasebookStore
import Foundation

/// What a team records about an incident.
public struct NewIncident: Sendable {
    public var title: String
    public var date: String
    public var place: String?
    public var country: String?
    public var latitude: Double?
    public var longitude: Double?
    public var victims: Int?
    public var victimsEstimated: Bool
    public var victimGroup: String?
    public var description: String?
    /// Whether it is a continuing incident (a detention, a disappearance); its end is `end`.
    public var continuing: Bool
    /// "ongoing" or the date it ended; only for a continuing incident (nil: ongoing).
    public var end: String?
    /// The places of its parts beside its country, each `CC` or `CC:DATE`.
    public var alsoIn: [String]

    public init(
        title: String, date: String, place: String? = nil, country: String? = nil, latitude: Double? = nil,
        longitude: Double? = nil, victims: Int? = nil, victimsEstimated: Bool = false, victimGroup: String? = nil,
        description: String? = nil, continuing: Bool = false, end: String? = nil, alsoIn: [String] = []
    ) {
        self.continuing = continuing
        self.end = end
        self.alsoIn = alsoIn
        self.title = title
        self.date = date
        self.place = place
        self.country = country
        self.latitude = latitude
        self.longitude = longitude
        self.victims = victims
        self.victimsEstimated = victimsEstimated
        self.victimGroup = victimGroup
        self.description = description
    }
}

/// An incident as commands print it.
public struct IncidentSummary: Codable, Sendable, Equatable {
    public let id: RecordID
    public let title: String
    /// The date as given: `2013`, `2013-07-04` or a range `2012/2014`.
    public let date: String
    /// The first and last day the date could mean, for sorting and filtering.
    public let earliest: String
    public let latest: String
    public let place: String?
    public let country: String?
    public let latitude: Double?
    public let longitude: Double?
    public let victims: Int?
    public let victimsEstimated: Bool
    public let victimGroup: String?
    public let description: String?
    /// The crimes this incident is alleged to constitute, as `AL-n` ids.
    public let allegations: [RecordID]
    /// The team's own key for this record, when it was imported or given one.
    public var externalId: String? = nil
    /// For a continuing incident, "ongoing" or the date it ended; nil for one that is not continuing.
    public var continuing: String? = nil
    /// The places of its parts beside its country, each `CC` or `CC:DATE`.
    public var alsoIn: [String] = []
}

extension AppDatabase {
    /// Records an incident after checking its date, country code, coordinates and victim count.
    package func addIncident(_ input: NewIncident) throws -> IncidentSummary {
        let title = try Validate.required(input.title, "incident title")
        let date = try Self.checkIncidentDate(input.date)
        let country = try Self.checkCountry(input.country)
        try Self.checkCoordinates(input.latitude, input.longitude)
        try Self.checkVictims(input.victims)
        let continuingEnd = try Self.checkContinuation(continuing: input.continuing, end: input.end, date: date)
        let alsoIn = try Self.checkParts(input.alsoIn)
        try Self.checkPartsFit(alsoIn, country: country, date: date, end: continuingEnd)
        let id: Int64 = try writeTransaction { tx in
            var record = IncidentRecord(
                title: title, dateText: date.description, dateStart: date.earliestDay, dateEnd: date.latestDay,
                place: Validate.optional(input.place), country: country, latitude: input.latitude,
                longitude: input.longitude, victims: input.victims,
                victimsEstimated: input.victims != nil && input.victimsEstimated,
                victimGroup: Validate.optional(input.victimGroup), description: Validate.optional(input.description),
                createdAt: timestampNow())
            record.continuingEnd = continuingEnd
            record.alsoIn = alsoIn
            try tx.insert(&record)
            return record.id ?? 0
        }
        return try incident(RecordID(.incident, id))
    }

    /// Every incident, in date order.
    package func incidents() throws -> [IncidentSummary] {
        try readTransaction { tx in
            let allegations = try tx.allegationsByIncident()
            return try tx.incidentsByDate().map { try Self.summary(of: $0, allegations: allegations[$0.id ?? 0] ?? []) }
        }
    }

    /// One incident, or `notFound`.
    package func incident(_ id: RecordID) throws -> IncidentSummary {
        try readTransaction { tx in
            guard let record = try tx.fetchOne(IncidentRecord.self, key: id.number) else { throw RecordError.notFound(id) }
            return try Self.summary(of: record, in: tx)
        }
    }

    static func summary(of record: IncidentRecord, in tx: StoreTransaction) throws -> IncidentSummary {
        try summary(of: record, allegations: tx.allegations(ofIncident: record.id ?? 0))
    }

    /// The incident as commands print it, given its allegations.
    static func summary(of record: IncidentRecord, allegations records: [AllegationRecord]) throws -> IncidentSummary {
        let id = record.id ?? 0
        let allegations = records.map { RecordID(.allegation, $0.id ?? 0) }
        return IncidentSummary(
            id: RecordID(.incident, id), title: record.title, date: record.dateText, earliest: record.dateStart,
            latest: record.dateEnd, place: record.place, country: record.country, latitude: record.latitude,
            longitude: record.longitude, victims: record.victims, victimsEstimated: record.victimsEstimated,
            victimGroup: record.victimGroup, description: record.description, allegations: allegations,
            externalId: record.externalId, continuing: record.continuingEnd, alsoIn: Self.parts(record.alsoIn))
    }
}
