import CasebookCore
import Testing

@testable import CasebookModel

@Suite("allegations, citations and the proof matrix")
struct ProofMatrixTests {
    let t1 = RecordID(.testimony, 1), i1 = RecordID(.incident, 1), a2 = RecordID(.actor, 2), al1 = RecordID(.allegation, 1)

    @Test func theSameAllegationTwiceNamesTheExistingOne() throws {
        let db = try makeSmallCase()
        let first = try db.allege(incident: i1, crime: "torture")
        #expect(first.id == al1)
        #expect(throws: RecordError.duplicateAllegation(existing: al1, incident: i1, crime: "torture")) {
            try db.allege(incident: i1, crime: "Torture")
        }
        #expect(try db.allege(incident: i1, crime: "imprisonment").id == RecordID(.allegation, 2))
    }

    @Test func everyElementWithoutASourceIsAGap() throws {
        let db = try makeSmallCase()
        _ = try db.allege(incident: i1, crime: "torture")
        var matrix = try db.proofMatrix()
        #expect(matrix.gapCount == 5)
        _ = try db.cite(NewCitation(allegation: al1, source: t1, element: "torture.1", pinpoint: "para. 12"))
        _ = try db.cite(NewCitation(allegation: al1, source: t1, element: "context.attack"))
        matrix = try db.proofMatrix()
        let elements = matrix.allegations[0].elements
        // One citation no longer closes context.attack: it is proved by a linked, proved attack
        // plus the nexus (issue 11); see AttackProofTests.
        #expect(elements.filter(\.isGap).map(\.key) == ["torture.2", "torture.3", "context.attack", "context.knowledge"])
        #expect(elements[0].sources.first?.pinpoint == "para. 12")
        #expect(elements[0].sources.first?.label == "testimony of Witness A, 2019-05-03")
    }

    @Test func attributionWithoutLinkageEvidenceIsAGap() throws {
        let db = try makeSmallCase()
        _ = try db.allege(incident: i1, crime: "murder")
        _ = try db.attribute(allegation: al1, actor: a2, mode: "ordering")
        #expect(try db.proofMatrix().gapCount == 4)
        _ = try db.cite(NewCitation(allegation: al1, source: t1, actor: a2))
        let proof = try db.proofMatrix().allegations[0]
        #expect(proof.attributions.map(\.isGap) == [false])
        #expect(proof.gapCount == 3)
    }

    @Test func citeChecksEveryReference() throws {
        let db = try makeSmallCase()
        _ = try db.allege(incident: i1, crime: "torture")
        #expect(throws: RecordError.wrongKind(RecordID(.actor, 1), expected: [.testimony, .evidence], role: .part("source"))) {
            try db.cite(NewCitation(allegation: al1, source: RecordID(.actor, 1)))
        }
        #expect(throws: RecordError.notFound(RecordID(.testimony, 9))) {
            try db.cite(NewCitation(allegation: al1, source: RecordID(.testimony, 9)))
        }
        #expect(
            throws: LawError.elementOfOtherCrime(
                "murder.1", crime: "torture", valid: ["torture.1", "torture.2", "torture.3", "context.attack", "context.knowledge"])
        ) {
            try db.cite(NewCitation(allegation: al1, source: t1, element: "murder.1"))
        }
        #expect(throws: RecordError.actorNotAttributed(actor: a2, allegation: al1)) {
            try db.cite(NewCitation(allegation: al1, source: t1, actor: a2))
        }
        _ = try db.cite(NewCitation(allegation: al1, source: t1, element: "torture.1"))
        #expect(throws: RecordError.duplicateCitation(allegation: al1, source: t1, element: "torture.1")) {
            try db.cite(NewCitation(allegation: al1, source: t1, element: "torture.1"))
        }
        #expect(try db.status().citations == 1)
    }

    @Test func linkCreatesWhatIsMissingInOneStep() throws {
        let db = try makeSmallCase()
        let result = try db.link(
            LinkRequest(source: t1, incident: i1, crime: "torture", actor: a2, mode: "direct", element: "torture.2"))
        #expect(result.allegationCreated && result.attributionCreated)
        let again = try db.link(LinkRequest(source: t1, incident: i1, crime: "torture", element: "torture.1"))
        #expect(again.allegation == al1 && !again.allegationCreated)
        let status = try db.status()
        #expect(status.allegations == 1 && status.attributions == 1 && status.citations == 2)
    }

    @Test func aFailedLinkLeavesNothingBehind() throws {
        let db = try makeSmallCase()
        // The allegation and attribution would be new, but the source does not exist.
        #expect(throws: RecordError.notFound(RecordID(.testimony, 5))) {
            try db.link(LinkRequest(source: RecordID(.testimony, 5), incident: i1, crime: "torture", actor: a2, mode: "direct"))
        }
        #expect(throws: RecordError.valuesTogether("actor", "mode of liability")) {
            try db.link(LinkRequest(source: t1, incident: i1, crime: "torture", actor: a2))
        }
        let status = try db.status()
        #expect(status.allegations == 0 && status.attributions == 0 && status.citations == 0)
    }

    @Test func matrixFiltersByCrimeAndActor() throws {
        let db = try makeSmallCase()
        _ = try db.link(LinkRequest(source: t1, incident: i1, crime: "torture", actor: a2, mode: "direct"))
        _ = try db.link(LinkRequest(source: t1, incident: i1, crime: "imprisonment"))
        #expect(try db.proofMatrix(MatrixFilter(crime: "imprisonment")).allegations.map(\.crime) == ["imprisonment"])
        #expect(try db.proofMatrix(MatrixFilter(actor: a2)).allegations.map(\.crime) == ["torture"])
        #expect(throws: RecordError.notFound(RecordID(.actor, 9))) { try db.proofMatrix(MatrixFilter(actor: RecordID(.actor, 9))) }
    }
}
