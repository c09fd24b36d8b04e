import CSV
import Foundation
import Testing

@testable import CasebookModel

/// The States Parties table the program carries must say exactly what its source CSV says, row by
/// row, so that neither can be edited without the other.
@Suite("States Parties data agrees with its source")
struct StatesPartiesDataTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("data/icc-states-parties")

    /// The CSV's rows by column name.
    static func rows() throws -> [[String: String]] {
        let text = try String(contentsOf: folder.appendingPathComponent("states-parties.csv"), encoding: .utf8)
        let reader = try CSVReader(string: text, hasHeaderRow: true)
        var rows: [[String: String]] = []
        while reader.next() != nil {
            guard let row = reader.currentRow, let header = reader.headerRow else { continue }
            rows.append(Dictionary(uniqueKeysWithValues: zip(header, row)))
        }
        return rows
    }

    static func day(_ text: String?) -> CalendarDay? {
        text.flatMap { $0.isEmpty ? nil : CalendarDay(parsing: $0) }
    }

    @Test func everyPartyRowMatches() throws {
        let rows = try Self.rows().filter { $0["kind"] == "party" }
        try #require(rows.count == 127)
        #expect(StatesParties.all.count == rows.count)
        for (row, party) in zip(rows, StatesParties.all) {
            #expect(party.code == row["iso3166_alpha2"])
            #expect(party.name == row["state"])
            #expect(party.deposited == Self.day(row["deposit_date"]))
            #expect(party.entryIntoForce == Self.day(row["entry_into_force"]))
            #expect(party.withdrawalNotified == Self.day(row["withdrawal_notified"]))
            #expect(party.withdrawalEffective == Self.day(row["withdrawal_effective"]))
        }
    }

    @Test func everyDeclarationRowMatches() throws {
        let rows = try Self.rows().filter { $0["kind"] == "declaration" }
        try #require(rows.count == 5)
        #expect(StatesParties.allDeclarations.count == rows.count)
        for (row, declaration) in zip(rows, StatesParties.allDeclarations) {
            #expect(declaration.code == row["iso3166_alpha2"])
            #expect(declaration.name == row["state"])
            #expect(declaration.lodged == Self.day(row["deposit_date"]))
            let notes = row["notes"] ?? ""
            let covers = notes.range(of: #"covers=\d{4}-\d{2}-\d{2}/\d{4}-\d{2}-\d{2}"#, options: .regularExpression)
                .map { notes[$0].dropFirst("covers=".count).split(separator: "/").map(String.init) }
            #expect(declaration.covers?.lowerBound == covers.flatMap { Self.day($0[0]) })
            #expect(declaration.covers?.upperBound == covers.flatMap { Self.day($0[1]) })
            // The period starts on the CSV's entry_into_force column, when there is one.
            #expect(declaration.covers?.lowerBound == Self.day(row["entry_into_force"]))
        }
    }

    @Test func everyRowIsOfAKnownKindAndCountry() throws {
        for row in try Self.rows() {
            #expect(["party", "declaration"].contains(row["kind"] ?? ""))
            #expect(CountryCodes.isAssigned(row["iso3166_alpha2"] ?? ""), "\(row["state"] ?? "?")")
            for column in ["deposit_date", "entry_into_force", "withdrawal_notified", "withdrawal_effective"] {
                let text = row[column] ?? ""
                #expect(text.isEmpty || CalendarDay(parsing: text) != nil, "\(row["state"] ?? "?") \(column): '\(text)'")
            }
        }
    }

    @Test func theReadmeTravelsWithTheData() throws {
        let readme = try String(contentsOf: Self.folder.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains("[UNVERIFIED]"))
        #expect(readme.contains("UNTC"))
    }

    @Test(
        arguments: [
            ("KR", "2002-11-13", "2003-02-01", nil, nil),
            ("JP", "2007-07-17", "2007-10-01", nil, nil),
            ("BI", "2004-09-21", "2004-12-01", "2016-10-27", "2017-10-27"),
            ("PH", "2011-08-30", "2011-11-01", "2018-03-17", "2019-03-17"),
            ("ZA", "2000-11-27", "2002-07-01", "2016-10-19", nil),
            ("UA", "2024-10-25", "2025-01-01", nil, nil),
        ] as [(String, String, String, String?, String?)])
    func rowsTheTestsRelyOn(code: String, deposited: String, inForce: String, notified: String?, effective: String?) throws {
        let party = try #require(StatesParties.party(code))
        #expect(party.deposited == CalendarDay(parsing: deposited))
        #expect(party.entryIntoForce == CalendarDay(parsing: inForce))
        #expect(party.withdrawalNotified == notified.flatMap { CalendarDay(parsing: $0) })
        #expect(party.withdrawalEffective == effective.flatMap { CalendarDay(parsing: $0) })
    }

    func days(_ first: CalendarDay, _ last: CalendarDay) -> ClosedRange<CalendarDay> { first...last }

    @Test func declarationsTheTestsRelyOn() {
        let ukraine = StatesParties.declarations(of: "UA").compactMap(\.covers)
        #expect(ukraine == [days("2013-11-21", "2014-02-22"), days("2014-02-20", "2024-12-31")])
        let palestine = StatesParties.declarations(of: "PS")
        #expect(palestine.count == 2)
        #expect(palestine[0].covers == nil)  // 2009: never given effect
        #expect(palestine[1].covers == days("2014-06-13", "2015-03-31"))
        #expect(StatesParties.party("KP") == nil)
        #expect(StatesParties.declarations(of: "KP").isEmpty)
    }
}
