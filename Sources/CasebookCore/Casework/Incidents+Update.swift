import CasebookModel
import CasebookStore
import Foundation

/// Changes to an existing incident; nil leaves a field as it is, and an empty text clears it.
public struct IncidentChanges: Sendable {
    public var title: String?
    public var date: String?
    public var place: String?
    public var country: String?
    /// New coordinates: give both or neither.
    public var latitude: Double?
    public var longitude: Double?
    public var victims: Int?
    /// Whether the number of victims is an estimate (true) or exact (false).
    public var victimsEstimated: Bool?
    public var victimGroup: String?
    public var description: String?
    /// Whether it is a continuing incident: true marks it (ongoing unless `end` is given), false unmarks it.
    public var continuing: Bool?
    /// "ongoing" or the date a continuing incident ended.
    public var end: String?
    /// The places of its parts beside its country, replacing those recorded; an empty list clears them.
    public var alsoIn: [String]?

    public init(
        title: String? = nil, date: String? = nil, place: String? = nil, country: String? = nil, latitude: Double? = nil,
        longitude: Double? = nil, victims: Int? = nil, victimsEstimated: Bool? = nil, victimGroup: String? = nil,
        description: String? = nil, continuing: Bool? = nil, end: String? = nil, alsoIn: [String]? = nil
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

    /// Whether no option was given at all.
    public var isEmpty: Bool {
        title == nil && date == nil && place == nil && country == nil && latitude == nil && longitude == nil && victims == nil
            && victimsEstimated == nil && victimGroup == nil && description == nil && continuing == nil && end == nil
            && alsoIn == nil
    }
}

extension AppDatabase {
    /// Changes the given fields of an incident in one transaction and records each change in the history.
    package func updateIncident(
        _ id: RecordID, _ changes: IncidentChanges, handler: Handler
    ) throws -> RecordUpdate<IncidentSummary> {
        guard id.kind == .incident else { throw RecordError.wrongKind(id, expected: [.incident], role: .subject) }
        guard !changes.isEmpty else { throw RecordError.nothingToChange(id) }
        let title = try changes.title.map { try Validate.required($0, "incident title") }
        let date = try changes.date.map { try Self.checkIncidentDate($0) }
        let country = try changes.country.map { try Self.checkCountry($0) }
        try Self.checkCoordinates(changes.latitude, changes.longitude)
        try Self.checkVictims(changes.victims)
        let alsoIn = try changes.alsoIn.map { try Self.checkParts($0) }
        let changed: [FieldChange] = try writeTransaction { tx in
            guard var record = try tx.fetchOne(IncidentRecord.self, key: id.number) else { throw RecordError.notFound(id) }
            let before = Self.snapshot(of: record)
            if let title { record.title = title }
            if let date {
                record.dateText = date.description
                record.dateStart = date.earliestDay
                record.dateEnd = date.latestDay
            }
            if let place = changes.place { record.place = Validate.optional(place) }
            if let country { record.country = country }
            if let latitude = changes.latitude, let longitude = changes.longitude {
                record.latitude = latitude
                record.longitude = longitude
            }
            if let victims = changes.victims { record.victims = victims }
            if let estimated = changes.victimsEstimated {
                guard record.victims != nil else {
                    throw RecordError.estimateWithoutVictims(id, estimated: estimated)
                }
                record.victimsEstimated = estimated
            }
            if let group = changes.victimGroup { record.victimGroup = Validate.optional(group) }
            if let description = changes.description { record.description = Validate.optional(description) }
            // A new date is checked against the recorded end as `add` checks it, so that what is
            // stored can always be exported and imported again.
            if changes.continuing != nil || changes.end != nil || (date != nil && record.continuingEnd != nil) {
                let continuing = changes.continuing ?? (record.continuingEnd != nil)
                let span = try Self.storedSpan(record.dateText, of: id)
                let end = changes.end ?? (changes.continuing == false ? nil : record.continuingEnd)
                record.continuingEnd = try Self.checkContinuation(continuing: continuing, end: end, date: span)
            }
            if let alsoIn { record.alsoIn = alsoIn }
            if record.alsoIn != nil,
                alsoIn != nil || date != nil || country != nil || changes.end != nil || changes.continuing != nil
            {
                try Self.checkPartsFit(
                    record.alsoIn, country: record.country, date: try Self.storedSpan(record.dateText, of: id),
                    end: record.continuingEnd)
            }
            let fieldChanges = TrackedField.changes(.incident, before: before, after: Self.snapshot(of: record))
            if !fieldChanges.isEmpty { try tx.update(record) }
            try Self.appendHistory(fieldChanges, of: id, handler: handler, in: tx)
            return fieldChanges
        }
        return RecordUpdate(id: id, changes: changed, record: try incident(id))
    }

    /// The incident's tracked fields, for comparing before and after an update.
    static func snapshot(of record: IncidentRecord) -> [String: String] {
        var values = ["title": record.title, "date": record.dateText]
        values["place"] = record.place
        values["country"] = record.country
        if let latitude = record.latitude, let longitude = record.longitude { values["coordinates"] = "\(latitude), \(longitude)" }
        values["victims"] = record.victims.map { record.victimsEstimated ? "\($0) (estimate)" : String($0) }
        values["victim-group"] = record.victimGroup
        values["description"] = record.description
        values["continuing"] = record.continuingEnd
        values["also-in"] = record.alsoIn.map { $0.replacingOccurrences(of: ";", with: ", ") }
        return values
    }

    /// The country code as stored (upper case), nil for an empty text.
    /// An incident's date, which cannot begin after today: a future date is a typing slip.
    static func checkIncidentDate(_ text: String) throws -> DateSpan {
        let date = try DateSpan(parsing: text)
        if date.earliestDay > today() {
            throw RecordError.invalidValue(
                field: "incident date", value: text, accepted: "an incident cannot begin after today: check the year")
        }
        return date
    }

    package static func checkCountry(_ given: String?) throws -> String? {
        guard let given = Validate.optional(given) else { return nil }
        let upper = given.uppercased()
        guard upper.count == 2, upper.allSatisfy({ $0.isASCII && $0.isLetter }), CountryCodes.isAssigned(upper) else {
            throw RecordError.invalidValue(
                field: "country code", value: given,
                accepted: "give an officially assigned two-letter ISO 3166-1 code, for example KP for North Korea or CN for China")
        }
        return upper
    }

    /// Refuses coordinates out of range, or one without the other.
    static func checkCoordinates(_ latitude: Double?, _ longitude: Double?) throws {
        switch (latitude, longitude) {
        case (nil, nil): break
        case (let lat?, let lon?):
            guard (-90...90).contains(lat) else {
                throw RecordError.invalidValue(field: "latitude", value: String(lat), accepted: "it must be between -90 and 90")
            }
            guard (-180...180).contains(lon) else {
                throw RecordError.invalidValue(field: "longitude", value: String(lon), accepted: "it must be between -180 and 180")
            }
        default: throw RecordError.valuesTogether("latitude", "longitude")
        }
    }

    /// Refuses a negative number of victims.
    package static func checkVictims(_ victims: Int?) throws {
        if let victims, victims < 0 {
            throw RecordError.invalidValue(
                field: "number of victims", value: String(victims),
                accepted: "it cannot be negative: write a whole number, 0 or more")
        }
    }
}
