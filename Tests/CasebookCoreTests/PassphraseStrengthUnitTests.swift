import Testing

@testable import CasebookCore

/// The strength rule for a new passphrase, case by case.
@Suite("the passphrase strength rule")
struct PassphraseStrengthUnitTests {
    @Test(arguments: [
        "k", "correct", "elevenchars", "aaaaaaaaaaaa", "ZZZZZZZZZZZZZZZZZZZZ", "123456789012", "890123456789",
        "abcdefghijkl", "LKJIHGFEDCBA", "qwertyuiopas", "abababababababababab", "abcdabcdabcdabcd", "lowercaseonly",
        "999999999999999999", "한국어비밀번호입니다아", "🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂",
    ])
    func refused(_ text: String) {
        #expect(!PassphraseStrength.isStrong(text), "\(text)")
    }

    @Test(arguments: [
        "river stone lantern", "first passphrase", "casebook-demo", "a long passphrase only the team knows",
        "Tr0ub4dor&3x", "lowercaseonlybutlong", "물 돌 등불 바람 소리 하늘", "Ürümqi-1955 Ωmega",
    ])
    func accepted(_ text: String) {
        #expect(PassphraseStrength.isStrong(text), "\(text)")
    }
}
