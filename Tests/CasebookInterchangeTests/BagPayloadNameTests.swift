import Testing

@testable import CasebookCore
@testable import CasebookInterchange

/// A payload's name in a bag comes from whoever supplied the file, so it is made safe to write.
@Suite("bag payload names")
struct BagPayloadNameTests {
    @Test func bagPayloadNamesCannotLeaveTheDataFolder() {
        #expect(Case.safeFileName("../../etc/passwd") == "_.._etc_passwd")
        #expect(Case.safeFileName("..") == "file")
        #expect(Case.safeFileName("a\nb%c.txt") == "a_b_c.txt")
        #expect(!Case.safeFileName("x/y\\z").contains("/"))
    }
}
