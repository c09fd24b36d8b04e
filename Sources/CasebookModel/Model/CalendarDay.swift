import Foundation

/// One calendar day, the unit in which treaty dates (entry into force, a withdrawal taking
/// effect, the period of a declaration) are fixed.
///
/// Jurisdiction turns on single days — a crime on 31 January 2003 in the Republic of Korea is
/// outside art. 12(2), one on 1 February 2003 inside — so dates are compared and stepped as whole
/// days, never as instants with a time zone that could move them.
public struct CalendarDay: Hashable, Sendable, Comparable, CustomStringConvertible, Codable {
    public let year: Int
    public let month: Int
    public let day: Int

    /// A day from its parts; nil when no such day exists (2013-02-29).
    public init?(year: Int, month: Int, day: Int) {
        guard year >= 1, (1...12).contains(month),
            (1...PartialDate.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// A day written `YYYY-MM-DD`; nil for anything else.
    public init?(parsing text: String) {
        guard let date = try? PartialDate(parsing: text), let month = date.month, let day = date.day else { return nil }
        self.init(year: date.year, month: month, day: day)
    }

    /// The first day a partial date could mean (2013-07 → 2013-07-01).
    public init(earliestOf date: PartialDate) {
        year = date.year
        month = date.month ?? 1
        day = date.day ?? 1
    }

    /// The last day a partial date could mean (2013-07 → 2013-07-31).
    public init(latestOf date: PartialDate) {
        year = date.year
        month = date.month ?? 12
        day = date.day ?? PartialDate.daysIn(month: month, year: year)
    }

    /// The day after this one.
    public var next: CalendarDay {
        if day < PartialDate.daysIn(month: month, year: year) { return CalendarDay(unchecked: year, month, day + 1) }
        if month < 12 { return CalendarDay(unchecked: year, month + 1, 1) }
        return CalendarDay(unchecked: year + 1, 1, 1)
    }

    /// The day before this one.
    public var previous: CalendarDay {
        if day > 1 { return CalendarDay(unchecked: year, month, day - 1) }
        if month > 1 { return CalendarDay(unchecked: year, month - 1, PartialDate.daysIn(month: month - 1, year: year)) }
        return CalendarDay(unchecked: year - 1, 12, 31)
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        String(format: "%04d-%02d-%02d", year, month, day)
    }

    public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let day = CalendarDay(parsing: text) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "not a YYYY-MM-DD day: \(text)"))
        }
        self = day
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    /// Parts already known to form a real day (stepping from a real day).
    package init(unchecked year: Int, _ month: Int, _ day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }
}

extension CalendarDay: ExpressibleByStringLiteral {
    /// A day written in the shipped reference data; a malformed literal is a defect that the
    /// data's agreement test with its source CSV catches before any build ships.
    public init(stringLiteral text: String) {
        guard let day = CalendarDay(parsing: text) else { preconditionFailure("'\(text)' is not a YYYY-MM-DD day") }
        self = day
    }
}
