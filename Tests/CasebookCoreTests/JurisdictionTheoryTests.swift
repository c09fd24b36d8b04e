import CasebookCore
import Foundation
import Testing

@testable import CasebookModel

/// Continuing incidents split at entry into force, the continuing refusal of an enforced
/// disappearance, partial territoriality, the other doors, and withdrawals with their investigations.
@Suite("jurisdiction over continuing crimes, parts abroad and withdrawn States")
struct JurisdictionTheoryTests {
    func assess(
        _ date: String, in country: String, continuing: String? = nil, alsoIn: [String] = [], crimes: [String] = [],
        attacks: [String] = []
    ) throws -> IncidentJurisdiction {
        let parts = try alsoIn.map { text in
            let (code, date) = IncidentPart.split(text)
            return IncidentPart(country: code, date: try date.map { try DateSpan(parsing: $0) })
        }
        return Jurisdiction.assess(
            JurisdictionFacts(
                incident: "I-3", date: try DateSpan(parsing: date), country: country,
                continuation: try continuing.map { try IncidentContinuation(parsing: $0) }, parts: parts, crimes: crimes,
                attacks: try attacks.map { try DateSpan(parsing: $0) }))
    }

    @Test func aContinuingDetentionAcross2002IsSplitAndItsLaterPartIsIn() throws {
        let result = try assess("1998", in: "KP", continuing: "ongoing", crimes: ["imprisonment"])
        #expect(result.route == .securityCouncil)
        #expect(result.splitDates.isEmpty)
        let continuing = try #require(result.continuing)
        #expect(continuing.end == "ongoing")
        #expect(continuing.periods.map(\.route) == [.none, .securityCouncil])
        #expect(continuing.periods.map(\.within) == [false, true])
        #expect(continuing.periods[0].to?.description == "2002-06-30")
        #expect(continuing.periods[1].from.description == "2002-07-01" && continuing.periods[1].to == nil)
        #expect(result.reason.contains("Only the part from 2002-07-01 is within reach by this route"))
        #expect(result.reason.contains("is a continuing incident, from 1998-01-01 and still going on"))
    }

    @Test func aContinuingDetentionInTheRepublicOfKoreaReachesTheBestRouteOfItsLaterPart() throws {
        let result = try assess("2001-05", in: "KR", continuing: "2004", crimes: ["imprisonment"])
        #expect(result.route == .statesParty)
        let periods = try #require(result.continuing).periods
        #expect(periods.map(\.route) == [.none, .securityCouncil, .statesParty])
        #expect(periods.map(\.from.description) == ["2001-05-01", "2002-07-01", "2003-02-01"])
        #expect(periods.last?.to?.description == "2004-12-31")
    }

    @Test func aDisappearanceBegunBefore2002WithARefusalAfterIsArguable() throws {
        let result = try assess(
            "1978-07", in: "KP", continuing: "ongoing", alsoIn: ["JP:1978-07"], crimes: ["enforced-disappearance"],
            attacks: ["2003/2014"])
        #expect(result.route == .arguable)
        #expect(result.route.rawValue == "arguable (continuing refusal)")
        #expect(result.reason.contains("the refusal to acknowledge it or to give information"))
        #expect(result.reason.contains("This is contested"))
        #expect(result.reason.contains("footnote 24 requires"))
        // The part in Japan was before Japan joined: it does not open art. 12(2)(a).
        #expect(result.parts.map(\.status) == [.no])
        #expect(result.parts[0].reason.contains("Japan"))
    }

    @Test func aDisappearanceWhoseAttackEndedBefore2002IsOutside() throws {
        let result = try assess("1995", in: "KP", continuing: "ongoing", crimes: ["enforced-disappearance"], attacks: ["1990/2001"])
        #expect(result.route == .none)
        #expect(result.reason.contains("footnote 24"))
        let unlinked = try assess("1995", in: "KP", continuing: "ongoing", crimes: ["enforced-disappearance"])
        #expect(unlinked.route == .arguable)
        #expect(unlinked.reason.contains("No attack with a recorded period is linked to it"))
        // Begun after entry into force, a continuing disappearance is simply within the period.
        #expect(try assess("2004", in: "KP", continuing: "ongoing", crimes: ["enforced-disappearance"]).route == .securityCouncil)
    }

    @Test func anAbductionBegunOnAStatePartysTerritoryMeetsArticle12_2_a() throws {
        let result = try assess("2009-05", in: "KP", alsoIn: ["JP:2009-05"], crimes: ["enforced-disappearance"])
        #expect(result.route == .statesParty)
        #expect(result.territorial.status == .yes)
        #expect(result.territorial.reason.contains("part of the crime took place in Japan (recorded as also in JP:2009-05)"))
        #expect(result.territorial.reason.contains("ICC-RoC46(3)-01/18-37"))
        #expect(result.parts.map(\.status) == [.yes])
        // A deportation completed in a State Party, the part's date the incident's own.
        let deportation = try assess("2012", in: "KP", alsoIn: ["KR"], crimes: ["deportation"])
        #expect(deportation.route == .statesParty)
        #expect(deportation.parts.first?.reason.contains("the Republic of Korea") == true)
    }

    @Test func aSecurityCouncilRouteNamesTheOtherDoors() throws {
        let result = try assess("2012", in: "KP")
        #expect(result.route == .securityCouncil)
        #expect(
            result.reason.contains(
                "Other doors: a declaration by the Democratic People's Republic of Korea (where the conduct took place)"))
        #expect(result.reason.contains("art. 12(3), which may reach back to crimes committed since 1 July 2002"))
        #expect(result.reason.contains("accession to the Statute"))
    }

    @Test func aWithdrawnStateSaysWhenTheInvestigationWasAuthorised() throws {
        let burundi = try assess("2016", in: "BI")
        #expect(
            burundi.territorial.reason.contains(
                "authorised on 2017-10-25, two days before the withdrawal took effect on 2017-10-27"))
        let philippines = try assess("2016", in: "PH")
        #expect(philippines.territorial.reason.contains("authorised on 2021-09-15, after the withdrawal took effect on 2019-03-17"))
        #expect(
            philippines.territorial.reason.contains("Appeals Chamber, \"Judgment on the appeal of the Republic of the Philippines"))
        #expect(philippines.territorial.reason.contains("majority did not decide whether the withdrawal bars the Court"))
        #expect(!burundi.territorial.reason.contains("UNVERIFIED") && !burundi.territorial.reason.contains("[verify"))
        #expect(!philippines.territorial.reason.contains("UNVERIFIED") && !philippines.territorial.reason.contains("[verify"))
        // Venezuela I came by referral: no authorisation was needed, and it came before the withdrawal.
        let venezuela = try assess("2018", in: "VE")
        #expect(venezuela.territorial.reason.contains("referred to the Prosecutor by a group of States Parties on 2018-09-27"))
        #expect(venezuela.territorial.reason.contains("ICC-02/18-45, para. 1"))
        let hungary = try assess("2018", in: "HU")
        #expect(!hungary.territorial.reason.contains("Venezuela"))
        #expect(WithdrawalInvestigation.known["BI"]?.beforeWithdrawal == true)
        #expect(WithdrawalInvestigation.known["PH"]?.beforeWithdrawal == false)
    }

    @Test func theJSONKeepsItsFieldsAndAddsPartsAndContinuing() throws {
        let report = Jurisdiction.assess([
            JurisdictionFacts(incident: "I-1", date: try DateSpan(parsing: "2012"), country: "KP"),
            JurisdictionFacts(
                incident: "I-2", date: try DateSpan(parsing: "1998"), country: "KP", continuation: .ongoing,
                parts: [IncidentPart(country: "KR")]),
        ])
        let data = Data(try JSONOutput.encode(report.incidents).utf8)
        let array = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        for object in array {
            for key in ["incident", "date", "country", "route", "reason", "splitDates", "temporal", "territorial", "personal"] {
                #expect(object[key] != nil, "\(key)")
            }
            #expect(object.keys.contains("continuing") && object.keys.contains("parts"))
        }
        #expect(array[0]["continuing"] is NSNull)
        #expect((array[0]["parts"] as? [Any])?.isEmpty == true)
        let continuing = try #require(array[1]["continuing"] as? [String: Any])
        #expect(continuing["end"] as? String == "ongoing")
        let periods = try #require(continuing["periods"] as? [[String: Any]])
        #expect(periods.first?["from"] as? String == "1998-01-01")
        #expect(periods.first?["within"] as? Bool == false)
        let parts = try #require(array[1]["parts"] as? [[String: Any]])
        #expect(parts.first?["country"] as? String == "KR")
        #expect(try JSONDecoder().decode(JurisdictionReport.self, from: Data(try JSONOutput.encode(report).utf8)) == report)
    }
}
