import Foundation
import Testing

@testable import CasebookModel

@Suite("calendar days")
struct CalendarDayTests {
    @Test(
        arguments: [
            ("2003-01-31", "2003-02-01"), ("2004-02-28", "2004-02-29"), ("2004-02-29", "2004-03-01"),
            ("2003-02-28", "2003-03-01"), ("2002-12-31", "2003-01-01"), ("2002-06-30", "2002-07-01"),
        ] as [(CalendarDay, CalendarDay)])
    func stepsOverMonthsYearsAndLeapDays(day: CalendarDay, following: CalendarDay) {
        #expect(day.next == following)
        #expect(following.previous == day)
        #expect(day < following)
    }

    @Test func readsOnlyWholeRealDays() throws {
        #expect(CalendarDay(parsing: "2003-02-01")?.description == "2003-02-01")
        #expect(CalendarDay(parsing: "2003-02-29") == nil)
        #expect(CalendarDay(parsing: "2003-02") == nil)
        #expect(CalendarDay(parsing: "1 Feb 2003") == nil)
        let month = try PartialDate(parsing: "2012-02")
        #expect(CalendarDay(earliestOf: month) == "2012-02-01")
        #expect(CalendarDay(latestOf: month) == "2012-02-29")
        #expect(CalendarDay(latestOf: try PartialDate(parsing: "2013")) == "2013-12-31")
    }

    @Test func encodesAsItsText() throws {
        let day: CalendarDay = "2007-10-01"
        #expect(String(decoding: try JSONEncoder().encode([day]), as: UTF8.self) == #"["2007-10-01"]"#)
        #expect(try JSONDecoder().decode([CalendarDay].self, from: Data(#"["2007-10-01"]"#.utf8)) == [day])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([CalendarDay].self, from: Data(#"["2007-13-01"]"#.utf8)) }
    }
}
