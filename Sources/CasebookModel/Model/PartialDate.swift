import Foundation

/// A date known to the year, the month or the day, as witnesses remember them.
///
/// "Summer 2013" cannot be stored as a day without inventing precision the evidence
/// does not have, so every date keeps the precision it was given with.
public struct PartialDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int?
    public let day: Int?

    /// Parses `2013`, `2013-07` or `2013-07-04`, refusing impossible dates such as `2013-02-30`.
    public init(parsing text: String) throws(DateError) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let parts = trimmed.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard (1...3).contains(parts.count),
            parts[0].count == 4, parts.dropFirst().allSatisfy({ $0.count == 2 }),
            parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) })
        else { throw .malformed(text) }
        let numbers = parts.compactMap { Int($0) }
        guard numbers.count == parts.count else { throw .malformed(text) }
        year = numbers[0]
        month = numbers.count > 1 ? numbers[1] : nil
        day = numbers.count > 2 ? numbers[2] : nil
        guard year >= 1 else { throw .impossible(text, reason: "there is no year 0") }
        if let month, !(1...12).contains(month) {
            throw .impossible(text, reason: "there is no month \(month)")
        }
        if let month, let day {
            let last = PartialDate.daysIn(month: month, year: year)
            guard (1...last).contains(day) else {
                throw .impossible(text, reason: "that month has \(last) days")
            }
        }
    }

    /// The first calendar day the date could mean, as `YYYY-MM-DD`.
    public var earliestDay: String {
        String(format: "%04d-%02d-%02d", year, month ?? 1, day ?? 1)
    }

    /// The last calendar day the date could mean, as `YYYY-MM-DD`.
    public var latestDay: String {
        let lastMonth = month ?? 12
        let lastDay = day ?? PartialDate.daysIn(month: lastMonth, year: year)
        return String(format: "%04d-%02d-%02d", year, lastMonth, lastDay)
    }

    public var description: String {
        var text = String(format: "%04d", year)
        if let month { text += String(format: "-%02d", month) }
        if let day { text += String(format: "-%02d", day) }
        return text
    }

    public static func < (lhs: PartialDate, rhs: PartialDate) -> Bool {
        lhs.earliestDay < rhs.earliestDay
    }

    package static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}

/// A single partial date or a range of them (`2012/2014`), the way incidents are dated.
public struct DateSpan: Hashable, Sendable, CustomStringConvertible {
    public let start: PartialDate
    public let end: PartialDate?

    /// Parses `2013`, `2013-07-04`, or a range `2012/2014`; a range must not end before it starts.
    public init(parsing text: String) throws(DateError) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { throw .malformed(text) }
        let parts = trimmed.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard parts.count <= 2 else { throw .malformed(text) }
        start = try Self.part(parts[0], of: text)
        if parts.count == 2 {
            let end = try Self.part(parts[1], of: text)
            guard end.latestDay >= start.earliestDay else { throw .reversedRange(text) }
            self.end = end
        } else {
            end = nil
        }
    }

    /// One side of a range; a malformed side is reported with the whole text the user typed.
    private static func part(_ part: String, of text: String) throws(DateError) -> PartialDate {
        do {
            return try PartialDate(parsing: part)
        } catch .malformed {
            throw .malformed(text)
        }
    }

    /// The first day the span could include.
    public var earliestDay: String { start.earliestDay }
    /// The last day the span could include.
    public var latestDay: String { (end ?? start).latestDay }

    public var description: String {
        end.map { "\(start)/\($0)" } ?? start.description
    }
}

/// A date the user typed that cannot be stored.
public enum DateError: CasebookFailure, Equatable {
    /// Not in any of the accepted forms.
    case malformed(String)
    /// In the right form, but no such day exists.
    case impossible(String, reason: String)
    /// A range whose end comes before its start.
    case reversedRange(String)

    public var category: FailureCategory { .badInput }

    public var description: String {
        switch self {
        case .malformed(let text):
            "'\(text)' is not a date Casebook understands. Write YYYY, YYYY-MM or YYYY-MM-DD (for example 2013-07-04), or a range such as 2012/2014."
        case .impossible(let text, let reason):
            "'\(text)' is not a real date: \(reason)."
        case .reversedRange(let text):
            "The date range '\(text)' ends before it starts; write the earlier date first."
        }
    }
}
