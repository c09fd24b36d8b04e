import Testing

@testable import CasebookProtection

/// The strength rule for a new passphrase, case by case.
@Suite("the passphrase strength rule")
struct PassphraseStrengthUnitTests {
    @Test(arguments: [
        "k", "correct", "elevenchars", "aaaaaaaaaaaa", "ZZZZZZZZZZZZZZZZZZZZ", "123456789012", "890123456789",
        "abcdefghijkl", "LKJIHGFEDCBA", "qwertyuiopas", "abababababababababab", "abcdabcdabcdabcd", "lowercaseonly",
        "999999999999999999", "한국어비밀번호입니다아", "🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂",
        // Mostly a repeat or a run, with a character or two added; common passwords.
        "aaaaaaaaaaaA", "aaaaaaaaaaaA1", "Password1234", "Qwertyuiop12", "1qaz2wsx3edc", "abcdefghijk1", "1234567890ab",
        "0987654321Aa", "Iloveyou1234", String(repeating: " ", count: 11) + "a", String(repeating: "\t", count: 11) + "a",
        String(repeating: "a", count: 11) + "\u{200B}", String(repeating: "a\u{301}", count: 11) + "B",
        String(repeating: "ａ", count: 11) + "Ａ", "🙂😀🙃😎🥲🙂😀🙃😎🥲🙂😀🙃😎🥲🙂", String(repeating: "ㅁ", count: 11) + "A",
        "abcabcabcabcX1",
    ])
    func refused(_ text: String) {
        #expect(!PassphraseStrength.isStrong(text), "\(text)")
    }

    @Test(arguments: [
        "river stone lantern", "first passphrase", "casebook-demo", "a long passphrase only the team knows",
        "Tr0ub4dor&3x", "lowercaseonlybutlong", "물 돌 등불 바람 소리 하늘", "Ürümqi-1955 Ωmega", "second passphrase here",
        "import passphrase", "a second long passphrase", "third passphrase here", "Hoeryong 1997 winter",
    ])
    func accepted(_ text: String) {
        #expect(PassphraseStrength.isStrong(text), "\(text)")
    }
}
