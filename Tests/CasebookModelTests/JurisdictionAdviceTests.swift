import Testing

@testable import CasebookModel

/// The advice in a jurisdiction reason: shown to the team by `casebook jurisdiction`, left out of
/// a filing, with the facts and the law around it kept word for word.
@Suite("advice in jurisdiction reasons")
struct JurisdictionAdviceTests {
    @Test func aStraddlingDateAdvisesTheTeamAndTheFilingDropsOnlyTheAdvice() throws {
        let facts = JurisdictionFacts(incident: "I-1", date: try DateSpan(parsing: "2001/2003"), country: "KP")
        let reason = Jurisdiction.assess(facts).reason
        #expect(reason.hasSuffix(JurisdictionAdvice.preciseDate))
        let stated = JurisdictionAdvice.removed(from: reason)
        #expect(!stated.contains("Record a more precise date"))
        #expect(stated.hasPrefix("The incident's date, 2001/2003, straddles 2002-07-01"))
        #expect(stated + " " + JurisdictionAdvice.preciseDate == reason)
    }

    @Test func anUndatedPartAndAMissingNationalityAreAdviceToo() throws {
        let facts = JurisdictionFacts(
            incident: "I-2", date: try DateSpan(parsing: "2010"), country: "KP",
            actors: [AttributedActor(actor: "A-1", nationality: nil)], parts: [IncidentPart(country: "JP")])
        let result = Jurisdiction.assess(facts)
        #expect(result.personal.reason.contains(JurisdictionAdvice.missingNationality))
        #expect(!JurisdictionAdvice.removed(from: result.personal.reason).contains("Record"))
        #expect(JurisdictionAdvice.removed(from: result.personal.reason).hasSuffix("A-1 has no nationality recorded."))
    }
}
