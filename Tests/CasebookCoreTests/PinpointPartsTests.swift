import Testing

@testable import CasebookCore
@testable import CasebookModel

/// A withdrawn passage covers the citations that name the same place, however they were typed.
@Suite("pinpoints read as the places they name")
struct PinpointPartsTests {
    func covers(_ withdrawn: String, _ cited: String) -> Bool { PinpointParts(withdrawn).covers(PinpointParts(cited)) }

    @Test func theSamePlaceTypedDifferentlyIsCovered() {
        #expect(covers("para. 12", "para 12"))
        #expect(covers("Para.12", "p. 3, para. 12"))
        #expect(covers("paras. 10-14", "para. 12"))
        #expect(covers("paragraphs 10–14", "paras. 12-13"))
        #expect(covers("p. 3", "p. 3, para. 12"))
        #expect(covers("pp. 3-4", "pp. 3-4; para. 9"))
        #expect(covers("p. 3, para. 12", "para. 12"))
    }

    @Test func anotherPlaceOrNoPinpointIsNotCovered() {
        #expect(!covers("para. 12", "para. 120"))
        #expect(!covers("para. 12", "p. 12"))
        #expect(!covers("p. 3, para. 12", "p. 4, para. 12"))
        #expect(!covers("p. 3", "para. 12"))
        #expect(!covers("para. 12", ""))
        #expect(!covers(" . ", "para. 12"))
        #expect(!covers("para. 12", "paras. 10-14"))
    }

    @Test func thresholdsReadTermByTermFromTheStandardsDefault() throws {
        let base = ProofStandard.substantialGrounds.threshold
        let read = try ProofThreshold.parse("groups=3 reliability<=any", base: base)
        #expect(read == ProofThreshold(groups: 3, firstHand: 2, reliability: nil, credibility: .possiblyTrue))
        #expect(read.description == "groups=3 first-hand=2 reliability<=any credibility<=3")
        #expect(try ProofThreshold.parse(read.description, base: base) == read)
        #expect(throws: RecordError.self) { try ProofThreshold.parse("", base: base) }
    }
}
