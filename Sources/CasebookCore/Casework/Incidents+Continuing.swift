import CasebookModel
import CasebookStore

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
        if case .until(let span) = continuation, span.latestDay < date.earliestDay {
            throw RecordError.invalidValue(
                field: "end of a continuing incident", value: text,
                accepted: "it cannot end before it began (\(date)): give a later date or ongoing")
        }
        return continuation.description
    }

    /// The places of an incident's parts as stored (`CC[:DATE]` joined by ";"), each code checked
    /// against ISO 3166-1 and each date parsed; nil for none.
    static func checkParts(_ given: [String]) throws -> String? {
        var stored: [String] = []
        for text in given where Validate.optional(text) != nil {
            let (code, dateText) = IncidentPart.split(text)
            guard let country = try checkCountry(code) else {
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
