import Testing

@testable import CasebookCore
@testable import CasebookModel

/// The weighing of an element's sources: counted by independent groups, first-hand groups and
/// best grades, against each standard of proof.
@Suite("corroboration of an element against a standard of proof")
struct CorroborationTests {
    static func source(
        _ id: RecordID, group: String, basis: String? = nil, reliability: SourceReliability? = nil,
        credibility: InformationCredibility? = nil
    ) -> CitedSource {
        var source = CitedSource(source: id, label: "\(id)", pinpoint: nil, note: nil, basis: basis)
        source.group = group
        source.reliability = reliability
        source.credibility = credibility
        return source
    }

    let t1 = Self.source(RecordID(.testimony, 1), group: "W-1", basis: "first-hand", reliability: .b, credibility: .probablyTrue)
    let t2 = Self.source(RecordID(.testimony, 2), group: "W-1", basis: "first-hand", reliability: .a)
    let transcript = Self.source(RecordID(.evidence, 7), group: "W-1", basis: "documentary")
    let t3 = Self.source(RecordID(.testimony, 3), group: "W-2", basis: "hearsay", reliability: .c, credibility: .possiblyTrue)
    let t4 = Self.source(RecordID(.testimony, 4), group: "W-3")
    let report = Self.source(RecordID(.evidence, 9), group: "E-9", basis: "documentary", reliability: .a, credibility: .confirmed)

    @Test func twoTestimoniesAndTheTranscriptOfOneWitnessCountOnce() {
        let weight = Corroboration.assess([t1, t2, transcript], against: .reasonableGrounds)
        #expect(weight.sources == 3)
        #expect(weight.groups == ["W-1"])
        #expect(weight.firstHandGroups == 1)
        #expect(weight.status == .insufficient)
        #expect(weight.shortfall == "one independent source; needs 2")
        #expect(weight.bestReliability == .a && weight.bestCredibility == .probablyTrue)
    }

    @Test func aSecondWitnessMeetsReasonableGroundsButNotSubstantialGrounds() {
        let weight = Corroboration.assess([t1, t3], against: .reasonableGrounds)
        #expect(weight.status == .meets && weight.shortfall == nil)
        let higher = Corroboration.assess([t1, t3], against: .substantialGrounds)
        #expect(higher.status == .insufficient)
        #expect(higher.shortfall == "one first-hand source; needs 2")
    }

    @Test func aTestimonyWithoutABasisIsNeverFirstHand() {
        let weight = Corroboration.assess([t4, t3], against: .reasonableGrounds)
        #expect(weight.firstHandGroups == 0)
        #expect(weight.shortfall == "no first-hand source; needs 1")
    }

    @Test func theHighestStandardAsksForGradesAsWell() {
        let weight = Corroboration.assess([t1, t3, t4], against: .beyondReasonableDoubt)
        #expect(weight.groups.count == 3)
        #expect(weight.shortfall == "one first-hand source; needs 2")
        let ungraded = Corroboration.assess([t4], against: .beyondReasonableDoubt)
        #expect(
            ungraded.shortfall
                == "one independent source; needs 3; no first-hand source; needs 2; best source reliability not graded; needs B or better; best credibility not graded; needs 2 or better"
        )
        let strong = Corroboration.assess(
            [t1, Self.source(RecordID(.testimony, 5), group: "W-4", basis: "first-hand"), report], against: .beyondReasonableDoubt)
        #expect(strong.status == .meets)
    }

    @Test func noSourceIsAGapUnderEveryStandard() {
        for standard in ProofStandard.allCases {
            #expect(Corroboration.assess([], against: standard).status == .gap)
        }
        #expect(Corroboration.assess([t4], against: .reasonableBasis).status == .meets)
    }

    @Test func anUnknownStandardIsRefusedWithTheNearest() throws {
        #expect(throws: RecordError.self) { try ProofStandard.parse("reasonable grunds") }
        #expect(try ProofStandard.parse("Reasonable Grounds") == .reasonableGrounds)
        let error = #expect(throws: RecordError.self) { try ProofStandard.parse("substantial") }
        #expect(error.map { "\($0)" }?.contains("did you mean substantial-grounds?") == true)
    }
}
