import Foundation
import Testing

@testable import CasebookModel
@testable import CasebookProtection

/// The second adversarial round on the matching rule: OCR's "rn" for m and "|" for l or I must
/// be found; a two-syllable Hangul name must not fire at the start of a longer word, nor a short
/// romanised name when the next word goes on with the given name ("Kim Jong Il" is not 김정).
@Suite("the leak scan reads rn and | and knows where a name ends")
struct NameBoundaryMatchingTests {
    typealias Case = LeakMatchingTests.Case

    static func hit(_ sealed: String, _ text: String) -> Case { LeakMatchingTests.hit(sealed, text) }
    static func miss(_ sealed: String, _ text: String) -> Case { LeakMatchingTests.miss(sealed, text) }

    static let cases: [Case] = [
        // "rn" for m, "|" for l or I, alone and together, in any case and order.
        hit("김철수", "Kirn Chol-su testified"), hit("김철수", "KIRN CHOL-SU"), hit("Kim Chol-su", "Kirn Chol-su"),
        hit("김철수", "Kim Cho|-su"), hit("김철수", "K|m Chol-su"), hit("김철수", "Kirn Cho|-su"), hit("김철수", "Cho|-su Kirn"),
        hit("Min Young-hee", "Min Young-hee"), hit("Min Young-hee", "Rnin Young-hee"), hit("Nam Song-il", "Nam Song-i|"),
        hit("김민", "Kirn Min said"), hit("김정", "Kirn Jong said"),
        // A pipe as a separator still separates.
        hit("김철수", "W-1|Kim Chol-su|1975"), hit("김철수", "name|Kim Chol-su"), hit("김철수", "| Kim Chol-su |"),
        // The look-alike forms keep the rule of the spelling they stand for.
        miss("Kim", "Kirnberg"), miss("김정", "Kirnberg Jong"), miss("김철수", "Kirn Choi-su"),
        // Two-syllable Hangul names: a word of their own, or with particles and titles only.
        hit("이수", "이수는 말했다"), hit("이수", "이수 씨가 왔다"), hit("이수", "증인 이수"), hit("이수", "이수님께서"),
        miss("이수", "교육을 이수했다"), miss("이수", "이수자 명단"), miss("이수", "이수증을 받았다"), miss("이수", "과정을 이수한 뒤"),
        miss("고문", "고문관이 왔다"), miss("이수", "미이수 과목"),
        // A romanised name followed by a syllable of a longer given name is another person.
        miss("김정", "Kim Jong Il ruled"), miss("김정", "Kim Jong Il"), miss("김정", "KIM JONG IL"), miss("김정", "Kim Jong Un"),
        miss("김정", "Kim Jong Su testified"), miss("김정", "KIM JONG SU"), miss("김정", "Kirn Jong Il"),
        miss("박철", "Pak Chol Su was there"), miss("리영", "Ri Yong Hui"),
        // ... but not an ordinary word, punctuation between, or a syllable in small letters.
        hit("김정", "Kim Jong said"), hit("김정", "Kim Jong in the camp"), hit("김정", "Kim Jong In Court"),
        hit("김정", "Kim Jong. Su came later"), hit("김정", "Kim Jong, Su and Han"), hit("김정", "Kim Jong su"),
        hit("김정", "Kim Jong To Testify"), hit("박철", "Pak Chol"), hit("김정", "met KIM JONG IN THE CAMP"),
        // A line break ends the name: a subject line, then the body.
        hit("김철수", "Subject: Kim Chol-su\r\n\r\nSee attached."), hit("김정", "Kim Jong\nSu came later"),
        hit("김정", "Kim Jong See attached"),
    ]

    @Test(arguments: cases)
    func matches(_ row: Case) {
        LeakMatchingTests().matches(row)
    }

    @Test func aPublicFigureReadWithLookAlikesIsStillExempt() {
        let scanner = LeakScanner(identities: [ProtectedIdentity(witness: RecordID(.witness, 7), field: .name, value: "김정")])
        // "Il" holds a small l after a capital, which the look-alike readings also take for i.
        #expect(scanner.firstHit(in: "Kim Jong Il, Kim Jong Il. Kim Jong Il") == nil)
    }

    @Test func theRnFormsOfASpelling() {
        #expect(OCRReadings.rnForms(of: "Kim Chol-su") == ["Kirn Chol-su"])
        #expect(OCRReadings.rnForms(of: "Mun Myong") == ["Rnun Rnyong", "Rnun Myong", "Mun Rnyong"])
        #expect(OCRReadings.rnForms(of: "김철수").isEmpty)
        #expect(OCRReadings.rnForms(of: "1975-03-02").isEmpty)
    }

    @Test func redactionCoversThePipeForm() {
        let scanner = LeakScanner(identities: [ProtectedIdentity(witness: RecordID(.witness, 1), field: .name, value: "김철수")])
        let text = "A: Kim Cho|-su and Kirn Chol-su."
        var redacted = text
        for range in LeakScanner.merged(scanner.ranges(in: text, extraTerms: [])).reversed() {
            redacted.replaceSubrange(range, with: "[REDACTED]")
        }
        #expect(redacted == "A: [REDACTED] and [REDACTED].")
    }
}
