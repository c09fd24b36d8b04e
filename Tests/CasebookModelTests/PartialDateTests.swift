import Testing

@testable import CasebookModel

@Suite("partial dates and ranges")
struct PartialDateTests {
    @Test(arguments: [
        ("2013", "2013-01-01", "2013-12-31"),
        ("2013-07", "2013-07-01", "2013-07-31"),
        ("2012-02", "2012-02-01", "2012-02-29"),
        ("2013-07-04", "2013-07-04", "2013-07-04"),
        ("2012/2014", "2012-01-01", "2014-12-31"),
        ("2013-03/2013-09-15", "2013-03-01", "2013-09-15"),
    ])
    func acceptsForms(text: String, earliest: String, latest: String) throws {
        let span = try DateSpan(parsing: text)
        #expect(span.earliestDay == earliest)
        #expect(span.latestDay == latest)
        #expect(span.description == text)
    }

    @Test(arguments: ["yesterday", "13", "2013-7-4", "2013/", "2013-07-04T10:00", "", "２０１３", "2013//2014", "+2013"])
    func refusesMalformed(text: String) {
        #expect(throws: DateError.malformed(text)) { try DateSpan(parsing: text) }
    }

    @Test func refusesImpossibleDays() {
        #expect(throws: DateError.impossible("2013-13-40", reason: "there is no month 13")) {
            try DateSpan(parsing: "2013-13-40")
        }
        #expect(throws: DateError.impossible("2013-02-29", reason: "that month has 28 days")) {
            try DateSpan(parsing: "2013-02-29")
        }
        #expect(throws: DateError.impossible("1900-02-29", reason: "that month has 28 days")) {
            try DateSpan(parsing: "1900-02-29")
        }
        #expect(throws: Never.self) { try DateSpan(parsing: "2000-02-29") }
    }

    @Test func refusesReversedRange() {
        #expect(throws: DateError.reversedRange("2014/2012")) { try DateSpan(parsing: "2014/2012") }
        #expect(throws: DateError.reversedRange("2013-09/2013-03")) { try DateSpan(parsing: "2013-09/2013-03") }
    }

    @Test func rangeWithinTheSameYearIsAllowed() throws {
        // "2013-07/2013" ends on 2013-12-31, after 2013-07-01: a valid, if odd, range.
        #expect(try DateSpan(parsing: "2013-07/2013").latestDay == "2013-12-31")
    }
}
