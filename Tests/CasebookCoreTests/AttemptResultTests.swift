import CasebookCore
import Testing

@testable import CasebookModel
@testable import CasebookStore

/// An attempt replaces the elements that describe the crime's result, wherever they are, keeps
/// the others, and adds the intent to commit the completed crime (art. 25(3)(f)).
@Suite("attempt replaces the result elements of each crime")
struct AttemptResultTests {
    let t1 = RecordID(.testimony, 1), i1 = RecordID(.incident, 1), al1 = RecordID(.allegation, 1)

    func elements(_ db: AppDatabase) throws -> [ElementProof] {
        try db.proofMatrix().allegations[0].elements
    }

    @Test func eachCrimeListsItsResultElements() throws {
        #expect(try RomeStatute.crime("murder").resultElements == [1])
        #expect(try RomeStatute.crime("extermination").resultElements == [1, 2])
        #expect(try RomeStatute.crime("sexual-violence.sexual-slavery").resultElements == [1, 2])
        #expect(try RomeStatute.crime("enforced-disappearance").resultElements == [1, 2, 3])
        for crime in RomeStatute.crimes {
            #expect(!crime.resultElements.isEmpty, "\(crime.key)")
            #expect(crime.resultElements.allSatisfy { (1...crime.specificElements.count).contains($0) }, "\(crime.key)")
        }
        #expect(
            AttemptElement.replacedKeys(try RomeStatute.crime("extermination")) == ["extermination.1", "extermination.2"])
    }

    @Test func theIntentToCommitTheCompletedCrimeIsAnElement() {
        #expect(AttemptElement.allCases.map(\.key) == ["attempt.intent", "attempt.substantial-step", "attempt.non-completion"])
        #expect(AttemptElement.intent.text.hasPrefix("The perpetrator intended to commit the completed crime"))
        #expect(AttemptElement.intent.text.contains("(art. 25(3)(f))"))
    }

    @Test func attemptedExterminationNeedsNeitherTheDeathsNorTheMassKilling() throws {
        let db = try makeSmallCase()
        _ = try db.allege(incident: i1, crime: "extermination")
        _ = try db.updateAllegation(al1, AllegationChanges(attempted: true))
        let proof = try elements(db)
        for key in ["extermination.1", "extermination.2"] {
            let element = try #require(proof.first { $0.key == key })
            #expect(element.notRequired?.contains("replaces this result element") == true, "\(key)")
            #expect(!element.isGap, "\(key)")
        }
        #expect(proof.first { $0.key == "context.knowledge" }?.notRequired == nil)
        #expect(proof.suffix(3).map(\.key) == ["attempt.intent", "attempt.substantial-step", "attempt.non-completion"])
        for key in ["attempt.intent", "attempt.substantial-step", "attempt.non-completion", "context.knowledge"] {
            _ = try db.cite(NewCitation(allegation: al1, source: t1, element: key))
        }
        #expect(try elements(db).filter(\.isGap).map(\.key) == ["context.attack"])
    }

    @Test func attemptedEnforcedDisappearanceKeepsTheStateAndTheIntentToRemove() throws {
        let db = try makeSmallCase()
        _ = try db.allege(incident: i1, crime: "enforced-disappearance")
        _ = try db.updateAllegation(al1, AllegationChanges(attempted: true))
        let proof = try elements(db)
        let replaced = proof.filter { $0.notRequired != nil }.map(\.key)
        #expect(replaced == ["enforced-disappearance.1", "enforced-disappearance.2", "enforced-disappearance.3"])
        for key in ["enforced-disappearance.4", "enforced-disappearance.5", "enforced-disappearance.6"] {
            #expect(proof.first { $0.key == key }?.isGap == true, "\(key)")
        }
        #expect(proof.contains { $0.key == "attempt.intent" && $0.isGap })
    }
}
