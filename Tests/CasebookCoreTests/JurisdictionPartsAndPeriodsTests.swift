import CasebookCore
import Foundation
import Testing

@testable import CasebookModel

/// A part abroad opens art. 12(2)(a) only for its own days, a continuing incident's end bounds
/// its periods, 12(3) is no weaker than 12(2), and footnote 24 binds enforced disappearance alone.
@Suite("jurisdiction of parts abroad by their dates, continuing periods and footnote 24 per allegation")
struct JurisdictionPartsAndPeriodsTests {
    /// `CC[:DATE]` as `--also-in` takes it.
    static func part(_ text: String) throws -> IncidentPart {
        let (code, date) = IncidentPart.split(text)
        return IncidentPart(country: code, date: try date.map { try DateSpan(parsing: $0) })
    }

    func assess(
        _ date: String, in country: String, continuing: String? = nil, alsoIn: [String] = [],
        allegations: [JurisdictionAllegation] = []
    ) throws -> IncidentJurisdiction {
        Jurisdiction.assess(
            JurisdictionFacts(
                incident: "I-7", date: try DateSpan(parsing: date), country: country,
                continuation: try continuing.map { try IncidentContinuation(parsing: $0) }, parts: try alsoIn.map(Self.part),
                allegations: allegations))
    }

    func allegation(
        _ id: String, _ crime: String, limb: String? = nil, attempted: Bool = false, attack: String? = nil,
        destination: String? = nil
    ) throws -> JurisdictionAllegation {
        JurisdictionAllegation(
            id: id, crime: crime, limb: limb, attempted: attempted, attacks: try attack.map { [try DateSpan(parsing: $0)] } ?? [],
            destination: destination)
    }

    @Test func aDatedPartOpensArticle12_2_aOnlyForItsOwnDaysAndNamesThePart() throws {
        let result = try assess(
            "1978-07", in: "KP", continuing: "ongoing", alsoIn: ["JP:2008-03-10"],
            allegations: [try allegation("AL-1", "imprisonment")])
        #expect(result.route == .statesParty)
        let periods = try #require(result.continuing).periods
        #expect(periods.map(\.route) == [.none, .securityCouncil, .statesParty, .securityCouncil])
        #expect(periods.map(\.from.description) == ["1978-07-01", "2002-07-01", "2008-03-10", "2008-03-11"])
        #expect(periods[2].to?.description == "2008-03-10" && periods[3].to == nil)
        #expect(result.reason.contains("the part in Japan on 2008-03-10, a State Party since 2007-10-01 (art. 12(2)(a))"))
        #expect(!result.reason.contains("the State where the conduct took place (art. 12(2)(a))"))
        #expect(result.parts.map(\.status) == [.yes])
    }

    @Test func aPartDatedBeforeItsStatesEntryIntoForceOpensNothing() throws {
        let result = try assess("2003", in: "KP", continuing: "ongoing", alsoIn: ["JP:2005-04"])
        #expect(result.route == .securityCouncil)
        #expect(try #require(result.continuing).periods.allSatisfy { $0.route == .securityCouncil })
        #expect(result.parts.map(\.status) == [.no])
    }

    @Test func anUndatedPartOfAContinuingIncidentIsUncertainNeverADefiniteRoute() throws {
        let result = try assess("2003", in: "KP", continuing: "ongoing", alsoIn: ["JP"])
        #expect(result.route == .uncertain)
        let periods = try #require(result.continuing).periods
        #expect(!periods.contains { $0.route == .statesParty })
        #expect(periods.last?.route == .uncertain && periods.last?.from.description == "2007-10-01")
        #expect(result.reason.contains("Record the date of the part."))
        #expect(result.parts.map(\.status) == [.uncertain])
        #expect(result.parts[0].reason.contains("Record the date of the part."))
    }

    @Test func aPartWhoseDateStraddlesEntryIntoForceIsUncertain() throws {
        let continuing = try assess("2003", in: "KP", continuing: "ongoing", alsoIn: ["JP:2007"])
        #expect(continuing.route == .uncertain)
        #expect(!(try #require(continuing.continuing).periods.contains { $0.route == .statesParty }))
        let once = try assess("2007", in: "KP", alsoIn: ["JP:2007"])
        #expect(once.route == .uncertain)
        #expect(once.territorial.status == .uncertain)
        #expect(once.parts.map(\.status) == [.uncertain])
    }

    @Test func anEndCoarserOrFinerThanTheStartBoundsThePeriods() throws {
        let ended = try assess("2002", in: "KP", continuing: "2002-06")
        #expect(ended.route == .none)
        let periods = try #require(ended.continuing).periods
        #expect(periods.map(\.route) == [.none])
        #expect(periods.last?.to?.description == "2002-06-30")
        // An end known only to the year that straddles 1 July 2002 leaves the later days uncertain.
        let straddling = try assess("1990", in: "KP", continuing: "2002")
        #expect(straddling.route == .uncertain)
        let later = try #require(straddling.continuing).periods
        #expect(later.last?.to?.description == "2002-12-31")
        #expect(later.last?.route == .uncertain)
        #expect(later.last?.reason.contains("may have ended before these days") == true)
    }

    @Test func footnote24BindsTheDisappearanceAllegationOnlyAndNamesIt() throws {
        let result = try assess(
            "1995", in: "KP", continuing: "ongoing",
            allegations: [
                try allegation("AL-1", "imprisonment"),
                try allegation("AL-2", "enforced-disappearance", attack: "1990/2001"),
            ])
        #expect(result.route == .securityCouncil)
        #expect(result.reason.contains("AL-2 (enforced disappearance)"))
        #expect(result.reason.contains("binds the enforced disappearance allegations only"))
    }

    @Test func footnote24IsCheckedAgainstTheDayJurisdictionBeginsForTheRoute() throws {
        let result = try assess(
            "2010", in: "JP", allegations: [try allegation("AL-3", "enforced-disappearance", attack: "2003/2006")])
        #expect(result.route == .none)
        #expect(result.reason.contains("2007-10-01"))
        #expect(result.reason.contains("footnote 24"))
        let later = try assess(
            "2010", in: "JP", allegations: [try allegation("AL-3", "enforced-disappearance", attack: "2008/2012")])
        #expect(later.route == .statesParty)
    }

    @Test func aDisappearanceBegunBefore2002IsArguableUnderEitherLimbButNeverForAnAttempt() throws {
        let none = try assess(
            "1995", in: "KP", continuing: "ongoing", allegations: [try allegation("AL-4", "enforced-disappearance")])
        #expect(none.route == .arguable)
        let second = try assess(
            "1995", in: "KP", continuing: "ongoing", allegations: [try allegation("AL-4", "enforced-disappearance", limb: "b")])
        #expect(second.route == .arguable)
        let first = try assess(
            "1995", in: "KP", continuing: "ongoing", allegations: [try allegation("AL-4", "enforced-disappearance", limb: "a")])
        // Footnote 25: "detained" includes maintaining an existing detention, so limb (a) continues too.
        #expect(first.route == .arguable)
        #expect(first.reason.contains("pleads limb (a)"))
        #expect(first.reason.contains("maintained an existing detention (Elements of Crimes, art. 7(1)(i), footnote 25)"))
        let attempt = try assess(
            "1995", in: "KP", continuing: "ongoing",
            allegations: [try allegation("AL-4", "enforced-disappearance", attempted: true)])
        #expect(attempt.route == JurisdictionRoute.none)
        // The reason leads with the allegation that decides the route, then the days' own reach.
        #expect(attempt.reason.hasPrefix("AL-4 (enforced disappearance) is pleaded as an attempt"), "\(attempt.reason)")
        #expect(attempt.reason.contains("So no allegation of this incident is within jurisdiction."))
    }

    @Test func theLastPeriodOfAStillContinuingIncidentHasNoEnd() throws {
        let result = try assess("1995", in: "KP", continuing: "ongoing")
        #expect(result.temporal.reason.contains("From 2002-07-01 on (yes)"), "\(result.temporal.reason)")
        #expect(!result.temporal.reason.contains("On 2002-07-01"))
        let ended = try assess("1995", in: "KP", continuing: "2005")
        #expect(ended.temporal.reason.contains("From 2002-07-01 to 2005-12-31 (yes)"), "\(ended.temporal.reason)")
    }

    @Test func aDeclarationsPeriodIsAnEquivalentPreconditionNotAWeakerRoute() throws {
        let palestine = try assess("2014", in: "PS", continuing: "ongoing")
        #expect(palestine.route == .statesParty)
        #expect(!palestine.reason.contains("is reached only by a weaker route"))
        #expect(palestine.reason.contains("art. 12(2) or 12(3), equivalent preconditions"))
        #expect(palestine.reason.contains("from 2014-06-13"))
        let ivoire = try assess("2003", in: "CI", continuing: "2014")
        #expect(ivoire.reason.contains("The whole period is within the Court's temporal jurisdiction."))
        #expect(!ivoire.reason.contains("weaker"))
    }

    @Test func aContinuingIncidentsFindingsSpeakOfThePeriod() throws {
        let result = try assess("1978-07", in: "KR", continuing: "ongoing")
        #expect(result.temporal.status == .yes)
        #expect(result.territorial.status == .yes)
        #expect(!result.temporal.reason.contains("It depends on when within"))
        #expect(result.temporal.reason.contains("from 2002-07-01"))
        #expect(result.territorial.reason.contains("from 2003-02-01"))
    }

    @Test func otherDoorsNameAccessionOnlyWhereItCouldOpenTheIncident() throws {
        let korea = try assess("2012", in: "KP")
        #expect(korea.reason.contains("arts 11(2), 126(2)"))
        #expect(korea.reason.contains("unless that State also makes a declaration under art. 12(3)"))
        #expect(!korea.reason.contains("one of them"))
        let japan = try assess("2005", in: "JP")
        #expect(japan.route == .securityCouncil)
        #expect(!japan.reason.contains("accession"))
    }

    @Test func aWithdrawalsSentenceIsInTheIncidentsReasonToo() throws {
        let burundi = try assess("2016", in: "BI")
        #expect(burundi.reason.contains("authorised on 2017-10-25"))
        let part = try assess("2016-05", in: "KP", alsoIn: ["PH:2016-05"])
        #expect(part.route == .statesParty)
        #expect(part.reason.contains("authorised on 2021-09-15"))
    }

    @Test func aDeportationsDestinationInAStatePartyIsWhereTheCrimeWasCompleted() throws {
        let result = try assess("2012", in: "KP", allegations: [try allegation("AL-5", "deportation", destination: "KR")])
        #expect(result.route == .statesParty)
        #expect(
            result.reason.contains("the deportation's destination, the Republic of Korea, where the crime was completed in 2012"))
        #expect(result.reason.contains("6 September 2018"))
        let before = try assess("2002-09", in: "KP", allegations: [try allegation("AL-5", "deportation", destination: "KR")])
        #expect(before.route == .securityCouncil)
    }

    @Test func aNameEndingInSTakesAnApostropheAlone() throws {
        let result = try assess("2020", in: "PH")
        #expect(result.temporal.reason.contains("from which the Philippines' withdrawal has effect"), "\(result.temporal.reason)")
        #expect(!result.temporal.reason.contains("Philippines's"))
    }
}
