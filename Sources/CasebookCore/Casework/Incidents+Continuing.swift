import CasebookModel
import CasebookStore
import Foundation

extension AppDatabase {
    /// The stored end of a continuing incident ("ongoing" or a date), nil for one that is not
    /// continuing; refuses an end for an incident that is not continuing, and one before its start.
    static func checkContinuation(continuing: Bool, end: String?, date: DateSpan) throws -> String? {
        guard continuing else {
            guard let end = Validate.optional(end) else { return nil }
            throw RecordError.invalidValue(
                field: "end of a continuing incident", value: end,
                accepted: "only a continuing incident has an end: mark it continuing as well")
        }
        guard let text = Validate.optional(end) else { return IncidentContinuation.ongoingWord }
        let continuation = try IncidentContinuation(parsing: text)
        if case .until(let span) = continuation {
            if span.latestDay < date.earliestDay {
                throw RecordError.invalidValue(
                    field: "end of a continuing incident", value: text,
                    accepted: "it cannot end before it began (\(date)): give a later date or ongoing")
            }
            if span.end != nil {
                throw RecordError.invalidValue(
                    field: "end of a continuing incident", value: text,
                    accepted: "give the end as one day, month or year (the latest it could be), or ongoing")
            }
            if span.earliestDay > today() {
                throw RecordError.invalidValue(
                    field: "end of a continuing incident", value: text,
                    accepted: "an end in the future is not known yet: record it as ongoing")
            }
        }
        return continuation.description
    }

    /// Today as `YYYY-MM-DD` (UTC), for refusing an end that has not come yet.
    static func today() -> String {
        let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: Date())
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 1, parts.day ?? 1)
    }

    /// Refuses a part recorded in the incident's own country, and a part dated outside the
    /// incident's days (from its start to its end, or on, for a continuing incident).
    static func checkPartsFit(_ stored: String?, country: String?, date: DateSpan, end: String?) throws {
        let last: String? =
            switch end.flatMap({ try? IncidentContinuation(parsing: $0) }) {
            case .ongoing?: nil
            case .until(let span)?: span.latestDay
            case nil: date.latestDay
            }
        for part in incidentParts(stored) {
            if part.country == country {
                throw RecordError.invalidValue(
                    field: "place of a part", value: part.description,
                    accepted: "a part is a place beside the incident's own country (\(part.country)): record another State")
            }
            if let own = part.date, own.earliestDay < date.earliestDay || last.map({ own.latestDay > $0 }) ?? false {
                throw RecordError.invalidValue(
                    field: "place of a part", value: part.description,
                    accepted:
                        "the part's date must fall within the incident's days, from \(date.earliestDay)\(last.map { " to \($0)" } ?? " on")"
                )
            }
        }
    }

    /// The places of an incident's parts as stored (`CC[:DATE]` joined by ";"), each code checked
    /// against ISO 3166-1 and each date parsed; nil for none.
    static func checkParts(_ given: [String]) throws -> String? {
        var stored: [String] = []
        for text in given where Validate.optional(text) != nil {
            let (code, dateText) = IncidentPart.split(text)
            guard let country = try? checkCountry(code) else {
                throw RecordError.invalidValue(
                    field: "place of a part", value: text, accepted: "write a country code, or a code and a date: JP or JP:1978-07")
            }
            let date = try dateText.map { try DateSpan(parsing: $0) }
            let part = IncidentPart(country: country, date: date).description
            if !stored.contains(part) { stored.append(part) }
        }
        return stored.isEmpty ? nil : stored.joined(separator: ";")
    }

    /// The stored places of an incident's parts, as `CC[:DATE]` texts.
    static func parts(_ stored: String?) -> [String] {
        (stored ?? "").split(separator: ";").map(String.init)
    }

    /// The stored places as parts the law can judge; a text changed outside Casebook is skipped.
    static func incidentParts(_ stored: String?) -> [IncidentPart] {
        parts(stored).compactMap { text in
            let (code, date) = IncidentPart.split(text)
            guard let date else { return IncidentPart(country: code) }
            return (try? DateSpan(parsing: date)).map { IncidentPart(country: code, date: $0) }
        }
    }
}
