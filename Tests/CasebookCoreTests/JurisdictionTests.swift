import CasebookCore
import Foundation
import Testing

@testable import CasebookModel
@testable import CasebookStore

/// The jurisdiction assessment, day by day on both sides of every boundary the shipped data
/// holds for the States the sample case touches (arts 11, 12, 13(b), 126, 127).
@Suite("jurisdiction per incident")
struct JurisdictionTests {
    /// Given an incident dated `date` in `country`, attributed to `actors` (id, nationality).
    func assess(_ date: String, in country: String?, actors: [(String, String?)] = []) throws -> IncidentJurisdiction {
        Jurisdiction.assess(
            JurisdictionFacts(
                incident: "I-3", date: try DateSpan(parsing: date), country: country,
                actors: actors.map { AttributedActor(actor: $0.0, nationality: $0.1) }))
    }

    @Test(arguments: [
        // art. 11(1): the Statute's entry into force
        ("2002-06-30", "KP", JurisdictionRoute.none), ("2002-07-01", "KP", .securityCouncil),
        ("2002-06-30", "FR", .none), ("2002-07-01", "FR", .statesParty),
        // art. 126(2): the Republic of Korea and Japan joined later
        ("2003-01-31", "KR", .securityCouncil), ("2003-02-01", "KR", .statesParty),
        ("2007-09-30", "JP", .securityCouncil), ("2007-10-01", "JP", .statesParty),
        // art. 127: Burundi and the Philippines left; Niger's withdrawal is pending
        ("2015-05-01", "BI", .statesParty), ("2017-10-26", "BI", .statesParty), ("2017-10-27", "BI", .securityCouncil),
        ("2019-03-16", "PH", .statesParty), ("2019-03-17", "PH", .securityCouncil),
        ("2027-06-17", "NE", .statesParty), ("2027-06-18", "NE", .securityCouncil),
        // a withdrawal revoked before it took effect changes nothing
        ("2018-01-01", "ZA", .statesParty), ("2026-07-01", "HU", .statesParty),
        // art. 12(3): Ukraine's two declarations, then its membership
        ("2013-11-20", "UA", .securityCouncil), ("2013-11-21", "UA", .declaration), ("2014-02-22", "UA", .declaration),
        ("2014-02-21", "UA", .declaration), ("2022-02-24", "UA", .declaration), ("2024-12-31", "UA", .declaration),
        ("2025-01-01", "UA", .statesParty),
        // Palestine: the 2009 declaration was never given effect; the 2014 one was
        ("2010-06-01", "PS", .securityCouncil), ("2014-06-12", "PS", .securityCouncil), ("2014-06-13", "PS", .declaration),
        ("2015-03-31", "PS", .declaration), ("2015-04-01", "PS", .statesParty),
        // Côte d'Ivoire: its declaration from 2002-09-19 until it joined on 2013-05-01
        ("2002-09-18", "CI", .securityCouncil), ("2002-09-19", "CI", .declaration),
        ("2013-04-30", "CI", .declaration), ("2013-05-01", "CI", .statesParty),
    ])
    func routeOnEachSideOfABoundary(date: String, country: String, route: JurisdictionRoute) throws {
        let result = try assess(date, in: country)
        #expect(result.route == route, "\(country) \(date): \(result.reason)")
        #expect(result.splitDates.isEmpty)
    }

    @Test func beforeTheStatuteNothingCanOpenIt() throws {
        let result = try assess("2002-06-30", in: "FR")
        #expect(result.temporal.status == .no)
        #expect(result.temporal.reason.contains("art. 11(1)"))
        #expect(result.reason.contains("not even a Security Council referral"))
        let after = try assess("2002-07-01", in: "FR")
        #expect(after.temporal.status == .yes)
        #expect(after.territorial.status == .yes)
        #expect(after.territorial.reason.contains("art. 12(2)(a)"))
    }

    @Test func theRepublicOfKoreaBeforeAndAfterItJoined() throws {
        let before = try assess("2003-01-31", in: "KR")
        #expect(before.territorial.status == .no)
        #expect(before.territorial.reason.contains("became a State Party only on 2003-02-01"))
        #expect(before.temporal.status == .yes)
        #expect(before.temporal.reason.contains("art. 11(2)"))
        #expect(before.reason.contains("art. 13(b)"))
        let after = try assess("2003-02-01", in: "KR")
        #expect(after.territorial.status == .yes)
        #expect(after.territorial.reason.contains("the Republic of Korea, a State Party from 2003-02-01 (art. 12(2)(a))"))
    }

    @Test func crimesWhileBurundiWasAPartyStayWithinJurisdiction() throws {
        let during = try assess("2017-10-26", in: "BI")
        #expect(during.territorial.status == .yes)
        #expect(during.territorial.reason.contains("art. 127(2)"))
        let after = try assess("2017-10-27", in: "BI")
        #expect(after.territorial.status == .no)
        #expect(after.territorial.reason.contains("withdrawal has effect from 2017-10-27"))
        #expect(after.territorial.reason.contains("art. 127(1)"))
    }

    @Test func aDeclarationCoversItsPeriodOnly() throws {
        let inside = try assess("2015-06", in: "UA")
        #expect(inside.route == .declaration)
        #expect(inside.territorial.status == .yes)
        #expect(inside.territorial.reason.contains("2014-02-20 to 2024-12-31"))
        #expect(inside.territorial.reason.contains("art. 12(3)"))
        #expect(inside.temporal.reason.contains("art. 12(3)"))
        let outside = try assess("2013-11-20", in: "UA")
        #expect(outside.territorial.status == .no)
        #expect(outside.territorial.reason.contains("none of its declarations covers this date"))
    }

    @Test func aRepublicOfKoreaNationalBringsDPRKConductWithinArticle12_2b() throws {
        let result = try assess("2013-07", in: "KP", actors: [("A-1", "KP"), ("A-2", "KR")])
        #expect(result.route == .statesParty)
        #expect(result.territorial.status == .no)
        #expect(result.territorial.reason.contains("the Democratic People's Republic of Korea, which is not a State Party"))
        #expect(result.personal.status == .yes)
        #expect(result.personal.reason.contains("A-2 is a national of the Republic of Korea, a State Party from 2003-02-01"))
        #expect(result.personal.reason.contains("art. 12(2)(b)"))
        #expect(!result.personal.reason.contains("A-1 is a national"))
        #expect(result.reason.contains("art. 12(2)(b)"))
        // Before the Republic of Korea joined, the same actor founds nothing.
        let before = try assess("2003-01-31", in: "KP", actors: [("A-2", "KR")])
        #expect(before.route == .securityCouncil)
        #expect(before.personal.status == .no)
        #expect(before.personal.reason.contains("became a State Party only on 2003-02-01"))
    }

    @Test func anInstitutionsStateFoundsNoPersonalJurisdiction() throws {
        func facts(_ actors: [AttributedActor]) throws -> IncidentJurisdiction {
            Jurisdiction.assess(
                JurisdictionFacts(incident: "I-3", date: try DateSpan(parsing: "2013-07"), country: "KP", actors: actors))
        }
        // An institution recorded under a State Party founds nothing: the Court tries persons.
        let alone = try facts([AttributedActor(actor: "A-5", nationality: "KR", isInstitution: true)])
        #expect(alone.personal.status == .no)
        #expect(alone.route == .securityCouncil)
        #expect(alone.personal.reason.contains("No natural person is attributed to I-3; A-5 is an institution"))
        #expect(alone.personal.reason.contains("the Court tries natural persons only (art. 25(1))"))
        #expect(!alone.personal.reason.contains("is a national of"))
        // A person of the same nationality does found it, and the institution is still explained.
        let both = try facts([
            AttributedActor(actor: "A-5", nationality: "KR", isInstitution: true),
            AttributedActor(actor: "A-6", nationality: "KP"),
        ])
        #expect(both.personal.status == .no)
        #expect(both.personal.reason.contains("A-6 is a national of the Democratic People's Republic of Korea"))
        #expect(both.personal.reason.contains("A-5 is an institution"))
        let person = try facts([AttributedActor(actor: "A-6", nationality: "KR")])
        #expect(person.personal.status == .yes)
        #expect(person.route == .statesParty)
    }

    @Test func dprkIncidentsNeedASecurityCouncilReferral() throws {
        let facts = try ["2009", "2011-03", "2013-07-04", "2012/2014", "2019/2024"].enumerated().map { index, date in
            JurisdictionFacts(
                incident: "I-\(index + 1)", date: try DateSpan(parsing: date), country: "KP",
                actors: [AttributedActor(actor: "A-1", nationality: "KP")])
        }
        let report = Jurisdiction.assess(facts)
        #expect(report.incidents.map(\.route) == Array(repeating: .securityCouncil, count: 5))
        #expect(report.incidents.map(\.incident) == ["I-1", "I-2", "I-3", "I-4", "I-5"])
        #expect(report.count(.securityCouncil) == 5)
        #expect(report.count(.statesParty) == 0)
        for incident in report.incidents {
            #expect(incident.territorial.status == .no)
            #expect(incident.personal.status == .no)
            #expect(incident.temporal.status == .yes)
            #expect(incident.reason.contains("only a Security Council referral could open it (art. 13(b))"))
        }
    }

    @Test func aRangeStraddlingABoundaryIsUncertainAndNamesTheDate() throws {
        let result = try assess("2006/2008", in: "JP")
        #expect(result.route == .uncertain)
        #expect(result.splitDates == ["2007-10-01"])
        #expect(result.reason.contains("straddles 2007-10-01"))
        #expect(result.reason.contains("From 2006-01-01 to 2007-09-30, 13(b)"))
        #expect(result.reason.contains("From 2007-10-01 to 2008-12-31, 12(2)"))
        #expect(result.territorial.status == .uncertain)
        #expect(result.territorial.reason.contains("2007-10-01"))
    }

    @Test func aRangeOverSeveralBoundariesNamesEach() throws {
        let result = try assess("2002/2004", in: "KR")
        #expect(result.route == .uncertain)
        #expect(result.splitDates == ["2002-07-01", "2003-02-01"])
        #expect(result.reason.contains("straddles 2002-07-01 and 2003-02-01"))
        #expect(result.temporal.status == .uncertain)
    }

    @Test(
        arguments: [
            ("2003", "KR", ["2003-02-01"]), ("2007", "JP", ["2007-10-01"]), ("2002", "KP", ["2002-07-01"]),
            ("2017-10", "BI", ["2017-10-27"]), ("2013-11", "UA", ["2013-11-21"]), ("2006-06", "ME", ["2006-06-03"]),
        ] as [(String, String, [CalendarDay])])
    func aYearOrMonthStraddlingABoundaryIsUncertain(date: String, country: String, splits: [CalendarDay]) throws {
        let result = try assess(date, in: country)
        #expect(result.route == .uncertain)
        #expect(result.splitDates == splits)
        for split in splits { #expect(result.reason.contains(split.description)) }
    }

    @Test func aPartialDateWhollyOnOneSideIsSettled() throws {
        #expect(try assess("2003-01", in: "KR").route == .securityCouncil)
        #expect(try assess("2003-02", in: "KR").route == .statesParty)
        #expect(try assess("2007-10", in: "JP").route == .statesParty)
        #expect(try assess("2002-06", in: "FR").route == .none)
    }

    @Test func theSameRouteForDifferentReasonsIsNotUncertain() throws {
        // In Japan in 2007, by a Korean national: art. 12(2)(b) all year, and (a) from 1 October.
        let result = try assess("2007", in: "JP", actors: [("A-2", "KR")])
        #expect(result.route == .statesParty)
        #expect(result.splitDates.isEmpty)
        #expect(result.reason.hasPrefix("Throughout 2007:"))
        #expect(result.personal.status == .yes)
        #expect(result.territorial.status == .uncertain)
    }

    @Test func anUnknownCountryAsksForIt() throws {
        let missing = try assess("2013", in: nil)
        #expect(missing.territorial.status == .uncertain)
        #expect(missing.territorial.reason.contains("No country is recorded for I-3"))
        #expect(missing.territorial.reason.hasSuffix("record where the conduct took place."))
        #expect(!missing.territorial.reason.contains("casebook"))
        #expect(missing.route == .uncertain)
        #expect(missing.reason.contains("the country where the conduct took place"))
        let invented = try assess("2013", in: "XX")
        #expect(invented.territorial.status == .uncertain)
        #expect(invented.territorial.reason.contains("'XX'"))
        #expect(invented.route == .uncertain)
        // A State Party's national settles it whatever the place; before 2002 nothing does.
        #expect(try assess("2013", in: nil, actors: [("A-2", "JP")]).route == .statesParty)
        #expect(try assess("2001", in: nil).route == .none)
    }

    @Test func aMissingNationalityAsksForIt() throws {
        let result = try assess("2013", in: "KP", actors: [("A-1", "KP"), ("A-4", nil)])
        #expect(result.personal.status == .uncertain)
        #expect(result.personal.reason.contains("A-4 has no nationality recorded"))
        #expect(!result.personal.reason.contains("casebook"))
        #expect(result.route == .uncertain)
        #expect(try assess("2013", in: "JP", actors: [("A-4", nil)]).route == .statesParty)
        let nobody = try assess("2013", in: "KP")
        #expect(nobody.personal.status == .no)
        #expect(nobody.personal.reason.contains("No actor is attributed to I-3"))
        #expect(nobody.route == .securityCouncil)
    }

    @Test func lowerCaseCodesAreReadAsCodes() throws {
        #expect(try assess("2004", in: "kr", actors: [("A-1", "jp")]).territorial.status == .yes)
    }

    @Test func theJSONHasTheContractedShape() throws {
        let report = Jurisdiction.assess([
            JurisdictionFacts(incident: "I-3", date: try DateSpan(parsing: "2012/2014"), country: "KP"),
            JurisdictionFacts(incident: "I-4", date: try DateSpan(parsing: "2005"), country: "KR"),
        ])
        let data = Data(try JSONOutput.encode(report.incidents).utf8)
        let array = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        #expect(array.count == 2)
        #expect(array[0]["incident"] as? String == "I-3")
        #expect(array[0]["route"] as? String == "13(b)")
        #expect(array[1]["route"] as? String == "12(2)")
        for key in ["temporal", "territorial", "personal"] {
            let finding = try #require(array[0][key] as? [String: Any])
            #expect(Set(finding.keys) == ["status", "reason"])
            #expect(["yes", "no", "uncertain"].contains(finding["status"] as? String ?? ""))
        }
        let summary = try #require(
            try JSONSerialization.jsonObject(with: Data(try JSONOutput.encode(report.summary).utf8)) as? [String: Int])
        #expect(summary == ["12(2)": 1, "12(3)": 0, "13(b)": 1, "arguable (continuing refusal)": 0, "none": 0, "uncertain": 0])
        #expect(try JSONDecoder().decode(JurisdictionReport.self, from: Data(try JSONOutput.encode(report).utf8)) == report)
    }
}
