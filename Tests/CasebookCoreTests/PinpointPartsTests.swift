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

    @Test func aNarrowerWithdrawalDoesNotCoverAWiderCitationButSeveralTogetherDo() {
        #expect(!covers("p. 2, para. 9", "p. 2"))
        #expect(covers("p. 2", "p. 2, para. 9"))
        #expect(covers("ｐａｒａ．５", "para. 5"))
        #expect(covers("paras. 14-10", "para. 12"))
        #expect(covers("¶ 5", "para. 5"))
        let twelve = PinpointParts("para. 12")
        let thirteen = PinpointParts("para. 13")
        #expect(PinpointParts.covered(PinpointParts("paras. 12-13"), by: [twelve, thirteen]))
        #expect(!PinpointParts.covered(PinpointParts("paras. 12-14"), by: [twelve, thirteen]))
    }

    @Test func partsThatNameNoPlaceAreUnreadable() {
        for passage in ["the bit about the date", "para.", "p. -5", "paras. 1-999999", "para. ٥", "para. 5, Ryom Sol-gyong"] {
            #expect(!PinpointParts(passage).unreadable.isEmpty, "\(passage)")
        }
        #expect(PinpointParts("p. 3, para. 12; l. 4").unreadable.isEmpty)
        #expect(PinpointParts("00:12:30").unreadable.isEmpty)
    }

    @Test func thresholdsReadTermByTermFromTheStandardsDefault() throws {
        let base = ProofStandard.substantialGrounds.threshold
        let read = try ProofThreshold.parse("groups=3 reliability<=any", base: base)
        #expect(read == ProofThreshold(groups: 3, firstHand: 2, reliability: nil, credibility: .possiblyTrue))
        #expect(read.description == "groups=3 first-hand=2 reliability<=any credibility<=3")
        #expect(try ProofThreshold.parse(read.description, base: base) == read)
        for bad in ["", "groups=2 groups=3", "groups<=3", "groups=+2", "groups=2 =3", "first-hand=-1"] {
            #expect(throws: RecordError.self, "\(bad)") { try ProofThreshold.parse(bad, base: base) }
        }
    }
}
