/// Dates in the words a filing uses ("4 July 2013", "July 2013", "between 2012 and 2014"), at
/// the precision they were recorded with and no finer: a date known to the month is never
/// printed as a day.
extension PartialDate {
    public static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December",
    ]

    /// "4 July 2013", "July 2013" or "2013".
    public var words: String {
        guard let month else { return String(year) }
        let name = Self.monthNames[month - 1]
        guard let day else { return "\(name) \(year)" }
        return "\(day) \(name) \(year)"
    }

    /// The words with the preposition a sentence needs: "on 4 July 2013", "in July 2013", "in 2013".
    public var phrase: String { (day == nil ? "in " : "on ") + words }
}

extension DateSpan {
    /// "4 July 2013", or "between March 2012 and 2014" for a range.
    public var words: String {
        guard let end else { return start.words }
        return "between \(start.words) and \(end.words)"
    }

    /// "on 4 July 2013", "in 2013", "between 2012 and 2014".
    public var phrase: String { end == nil ? start.phrase : words }
}

extension CalendarDay {
    /// "1 July 2002".
    public var words: String { "\(day) \(PartialDate.monthNames[month - 1]) \(year)" }
}
