import Testing

@testable import CasebookModel

@Suite("record ids")
struct RecordIDTests {
    @Test func parsesEveryKind() throws {
        #expect(try RecordID(parsing: "W-1") == RecordID(.witness, 1))
        #expect(try RecordID(parsing: "al-12") == RecordID(.allegation, 12))
        #expect(try RecordID(parsing: " E-3 ") == RecordID(.evidence, 3))
        #expect(RecordID(.actor, 7).description == "A-7")
    }

    @Test(arguments: ["W1", "W-", "W-0", "W--1", "X-1", "W-1.5", "W-+1", "", "1"])
    func refusesMalformed(text: String) {
        #expect(throws: RecordError.malformedID(text)) { try RecordID(parsing: text) }
    }

    @Test func refusesWrongKind() {
        #expect(throws: RecordError.wrongKind(RecordID(.actor, 1), expected: [.testimony, .evidence], role: .part("source"))) {
            try RecordID(parsing: "A-1", expecting: [.testimony, .evidence], for: .part("source"))
        }
    }
}
