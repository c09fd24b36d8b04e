import Testing

@testable import CasebookCore
@testable import CasebookModel
@testable import CasebookStore

/// Issue 14 §1: the register keeps source, number and State exactly, one recommendation per
/// (source, number); assessments are kept, never overwritten; the team's recommendations are
/// checked for SMART form; and a recommendation is cited as "126.45 (Chile), A/HRC/42/10".
@Suite("the recommendations register")
struct RecommendationRegisterTests {
    let upr3 = "UPR 3 (2019), A/HRC/42/10"
    var handler: Handler { get throws { try Handler("kim") } }

    func chile(_ response: String? = "supported", text: String = "Ratify the Convention against Torture.") -> RecommendationInput {
        RecommendationInput(
            source: upr3, number: "126.45", state: "Chile", text: text, response: response, themes: "Torture; detention")
    }

    @Test func citationUsesTheNumberTheStateAndTheDocumentSymbol() {
        #expect(RecommendationCitation.format(number: "126.45", state: "Chile", source: upr3) == "126.45 (Chile), A/HRC/42/10")
        #expect(
            RecommendationCitation.format(number: "89(b)", state: "Commission of Inquiry", source: "A/HRC/25/63")
                == "89(b) (Commission of Inquiry), A/HRC/25/63")
        #expect(RecommendationCitation.documentSymbol(in: "UPR 2 (2014), A/HRC/27/10/Add.1.") == "A/HRC/27/10/Add.1")
        #expect(RecommendationCitation.documentSymbol(in: "A/HRC/WG.6/33/PRK/1") == "A/HRC/WG.6/33/PRK/1")
        // A source with no UN symbol is cited as given.
        #expect(
            RecommendationCitation.format(number: "4", state: "Team", source: "Internal review 2023")
                == "4 (Team), Internal review 2023")
        #expect(RecommendationCitation.short(number: "126.45", state: "Chile") == "126.45, Chile")
    }

    @Test func sameSourceAndNumberIsOneRecommendationAndAnUpdateSaysSo() throws {
        let db = try makeSmallCase()
        let first = try db.saveRecommendation(chile(), handler: handler)
        #expect(first.outcome == .added)
        #expect(first.recommendation.id == RecordID(.recommendation, 1))
        #expect(first.recommendation.themes == ["Torture", "detention"])
        #expect(try db.recommendations(RecommendationFilter(theme: "TORTURE")).count == 1)
        #expect(first.recommendation.citation == "126.45 (Chile), A/HRC/42/10")
        #expect(try db.saveRecommendation(chile(), handler: handler).outcome == .unchanged)
        let second = try db.saveRecommendation(chile("noted"), handler: handler)
        #expect(second.outcome == .updated)
        #expect(second.recommendation.id == first.recommendation.id)
        #expect(second.recommendation.response == .noted)
        #expect(second.recommendation.changes.map(\.field) == ["response"])
        #expect(second.recommendation.changes.first?.old == "supported")
        #expect(try db.recommendations().count == 1)
        // Another source with the same number is another recommendation.
        var other = chile()
        other.source = "UPR 2 (2014), A/HRC/27/10"
        #expect(try db.saveRecommendation(other, handler: handler).outcome == .added)
        #expect(try db.recommendations().count == 2)
        #expect(try db.recommendations(RecommendationFilter(source: upr3)).count == 1)
    }

    @Test func commissionRecommendationsHaveNoResponse() throws {
        let db = try makeSmallCase()
        let coi = try db.saveRecommendation(
            RecommendationInput(
                source: "A/HRC/25/63", number: "89(r)", state: "Commission of Inquiry", text: "Ratify the Rome Statute."),
            handler: handler)
        #expect(coi.recommendation.response == nil)
        #expect(try db.recommendations(RecommendationFilter(response: "supported")).isEmpty)
    }

    @Test func badResponseTextAndStatusAreRefusedWithSuggestions() throws {
        let db = try makeSmallCase()
        #expect(throws: RecommendationError.unknownResponse("suported", suggestions: ["supported"])) {
            try db.saveRecommendation(chile("suported"), handler: handler)
        }
        #expect(throws: RecommendationError.textTooLong(characters: 5_001)) {
            try db.saveRecommendation(chile(text: String(repeating: "a", count: 5_001)), handler: handler)
        }
        _ = try db.saveRecommendation(chile(text: String(repeating: "a", count: 5_000)), handler: handler)
        // Characters are counted as the database counts them: an accented letter written as a
        // letter and a combining accent is two, so the text is refused here, not by SQLite.
        #expect(throws: RecommendationError.textTooLong(characters: 6_000)) {
            try db.saveRecommendation(chile(text: String(repeating: "e\u{301}", count: 3_000)), handler: handler)
        }
        #expect(throws: RecommendationError.unknownStatus("done", suggestions: [])) {
            try db.assessRecommendation(
                NewAssessment(recommendation: RecordID(.recommendation, 1), status: "done"), handler: handler)
        }
    }

    @Test func theRegisterKnowsTheStateUnderReviewTheCycleAndTheDayItWasMade() throws {
        let db = try makeSmallCase()
        // Known documents: the shipped table gives the State, the cycle and the day.
        let third = try db.saveRecommendation(chile(), handler: handler).recommendation
        #expect([third.stateUnderReview, third.cycle.map(String.init), third.madeOn] == ["KP", "3", "2019-05-14"])
        let coi = try db.saveRecommendation(
            RecommendationInput(source: "A/HRC/25/63", number: "89(s)", state: "Commission of Inquiry", text: "Accept OHCHR."),
            handler: handler
        ).recommendation
        #expect(coi.stateUnderReview == "KP" && coi.cycle == nil && coi.madeOn == "2014-02-07")
        // Another State's review: the State and the day are needed; the cycle is read from the source.
        var other = RecommendationInput(source: "UPR 4 (2023), A/HRC/52/9", number: "45.1", state: "Peru", text: "Free them.")
        #expect(throws: RecommendationError.noStateUnderReview(source: "UPR 4 (2023), A/HRC/52/9")) {
            try db.saveRecommendation(other, handler: handler)
        }
        other.stateUnderReview = "XK9"
        #expect(throws: RecommendationError.self) { try db.saveRecommendation(other, handler: handler) }
        other.stateUnderReview = "ir"
        #expect(throws: RecommendationError.noDateMade(source: "UPR 4 (2023), A/HRC/52/9")) {
            try db.saveRecommendation(other, handler: handler)
        }
        other.madeOn = "2023-01"
        #expect(throws: RecommendationError.badDateMade("2023-01")) { try db.saveRecommendation(other, handler: handler) }
        other.madeOn = "2023-01-27"
        let iran = try db.saveRecommendation(other, handler: handler).recommendation
        #expect([iran.stateUnderReview, iran.cycle.map(String.init), iran.madeOn] == ["IR", "4", "2023-01-27"])
        other.cycle = "0"
        #expect(throws: RecommendationError.badCycle("0")) { try db.saveRecommendation(other, handler: handler) }
        #expect(try db.recommendations().count == 3, "a refused save wrote something")
    }

    @Test func anAssessmentRestsOnlyOnEventsAfterTheRecommendation() throws {
        let db = try makeSmallCase()
        let r1 = try db.saveRecommendation(chile(), handler: handler).recommendation.id
        _ = try db.addIncident(NewIncident(title: "Detention of returnees", date: "2021-03"))
        // I-1 (2011/2012) is older than the review of May 2019; the interview (2019-05-03) too, and it is cited for nothing.
        #expect(throws: RecommendationError.self) {
            try db.assessRecommendation(
                NewAssessment(recommendation: r1, status: "not-implemented", sources: [RecordID(.incident, 1)]), handler: handler)
        }
        do {
            _ = try db.assessRecommendation(
                NewAssessment(
                    recommendation: r1, status: "not-implemented", sources: [RecordID(.testimony, 1), RecordID(.incident, 2)]),
                handler: handler)
            Issue.record("an interview of 2019-05-03 was accepted as evidence of what happened after 2019-05-14")
        } catch let RecommendationError.olderThanRecommendation(citation, madeOn, sources) {
            #expect(citation == "126.45 (Chile), A/HRC/42/10")
            #expect(madeOn == "2019-05-14")
            #expect(sources.map(\.id) == [RecordID(.testimony, 1)])
            #expect(sources.first?.dated == "interview of 2019-05-03")
        }
        #expect(try db.recommendation(r1).assessments.isEmpty, "a refused assessment was written")
        let assessed = try db.assessRecommendation(
            NewAssessment(
                recommendation: r1, status: "not-implemented", sources: [RecordID(.incident, 2)],
                context: [RecordID(.incident, 1)]),
            handler: handler)
        #expect(assessed.latestAssessment?.sources.map(\.background) == [false, true])
    }

    @Test func assessmentsAreKeptOldestFirstAndTheirSourcesMustExist() throws {
        let db = try makeSmallCase()
        let r1 = try db.saveRecommendation(chile(), handler: handler).recommendation.id
        _ = try db.assessRecommendation(
            NewAssessment(
                recommendation: r1, status: "not-implemented", note: "No change.", date: "2023-06-01",
                context: [RecordID(.testimony, 1), RecordID(.incident, 1)]),
            handler: handler)
        let later = try db.assessRecommendation(
            NewAssessment(recommendation: r1, status: "unclear", date: "2024-02-01"), handler: handler)
        #expect(later.assessments.map(\.status) == [.notImplemented, .unclear])
        #expect(later.latestAssessment?.date == "2024-02-01")
        #expect(later.latestAssessment?.sources.isEmpty == true)
        #expect(later.assessments[0].sources.map(\.id) == [RecordID(.testimony, 1), RecordID(.incident, 1)])
        #expect(later.assessments[0].sources[1].label == "incident Beatings at a holding centre")
        #expect(later.assessments[0].handler == "kim")
        #expect(throws: RecordError.notFound(RecordID(.evidence, 7))) {
            try db.assessRecommendation(
                NewAssessment(recommendation: r1, status: "implemented", sources: [RecordID(.evidence, 7)]), handler: handler)
        }
        #expect(throws: RecommendationError.notAnAssessmentSource(RecordID(.actor, 1))) {
            try db.assessRecommendation(
                NewAssessment(recommendation: r1, status: "implemented", sources: [RecordID(.actor, 1)]), handler: handler)
        }
        #expect(try db.recommendation(r1).assessments.count == 2)
    }

    @Test func ourRecommendationIsStoredEvenWhenFlaggedAndFollowsMustExist() throws {
        let db = try makeSmallCase()
        let r1 = try db.saveRecommendation(chile(), handler: handler).recommendation.id
        let ours = try db.addOurRecommendation(
            NewOurRecommendation(text: "Ensure respect for human rights.", theme: "Torture", follows: r1), handler: handler)
        #expect(ours.id == "OR-1")
        #expect(ours.theme == "Torture")
        #expect(ours.smart.findings.count == 3)
        #expect(ours.followsCitation == "as recommended previously (126.45, Chile)")
        #expect(throws: RecordError.notFound(RecordID(.recommendation, 9))) {
            try db.addOurRecommendation(
                NewOurRecommendation(text: "x", theme: "y", follows: RecordID(.recommendation, 9)), handler: handler)
        }
        #expect(try db.ourRecommendations().count == 1)
    }
}

/// The SMART check of the team's recommendations, on good and bad examples.
@Suite("the SMART check")
struct SMARTCheckTests {
    @Test(arguments: [
        "Ratify the Convention against Torture before the next review.",
        "Release all political prisoners held in kwanliso within 12 months.",
        "Grant OHCHR and the Special Rapporteur unimpeded access to places of detention by 2027.",
        "Repeal article 62 of the Criminal Code and publish the number of persons convicted under it.",
    ])
    func goodRecommendationsPass(_ text: String) {
        let check = SMARTCheck.check(text)
        #expect(check.isSMART, "\(check.findings)")
        #expect(check.startsWithActionVerb && check.namesInstitutionOrInstrument && check.hasMeasureOrDeadline)
    }

    @Test func vagueRecommendationFailsAllThree() {
        let check = SMARTCheck.check("Ensure respect for human rights.")
        #expect(!check.startsWithActionVerb)
        #expect(!check.namesInstitutionOrInstrument)
        #expect(!check.hasMeasureOrDeadline)
        #expect(check.findings.count == 3)
        #expect(check.findings[0].contains("does not start with an action verb (it starts with 'ensure')"))
        #expect(check.findings[1].contains("names no institution, law or instrument"))
        #expect(check.findings[2].contains("no measurable output or deadline"))
    }

    @Test func eachMissingPartIsFlaggedAlone() {
        let noVerb = SMARTCheck.check("The State should ratify the Convention against Torture before the next review.")
        #expect(noVerb.findings.count == 1 && !noVerb.startsWithActionVerb)
        let noInstitution = SMARTCheck.check("Release all political prisoners within 12 months.")
        #expect(noInstitution.findings.count == 1 && !noInstitution.namesInstitutionOrInstrument)
        let noMeasure = SMARTCheck.check("Ratify the Convention against Torture.")
        #expect(noMeasure.findings.count == 1 && !noMeasure.hasMeasureOrDeadline)
        // The State's own name is not an institution.
        #expect(!SMARTCheck.check("Release the DPRK's prisoners.").namesInstitutionOrInstrument)
    }
}
