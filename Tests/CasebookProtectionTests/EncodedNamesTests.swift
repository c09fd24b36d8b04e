import CasebookModel
import Foundation
import Testing

@testable import CasebookProtection

/// Percent-escapes and encoded words in a file name or any other text the scan checks are read
/// as what they stand for.
@Suite("reading percent-escaped and encoded-word names")
struct EncodedNamesTests {
    @Test(arguments: [
        "%EA%B9%80%EC%B2%A0%EC%88%98.txt", "%25EA%25B9%2580%25EC%25B2%25A0%25EC%2588%2598.txt", "%B1%E8%C3%B6%BC%F6.txt",
        "=?UTF-8?B?6rmA7LKg7IiYLnR4dA==?=", "=?UTF-8?B?6rk=?= =?UTF-8?B?gOyyoOyImA==?=.txt", "=?euc-kr?Q?=B1=E8=C3=B6=BC=F6?=.txt",
    ])
    func anEncodedNameIsRead(_ name: String) {
        #expect(EncodedNames.readings(of: name).contains { $0.contains("김철수") }, "\(EncodedNames.readings(of: name))")
    }

    @Test func textWithoutEscapesHasNoOtherReading() {
        #expect(EncodedNames.readings(of: "statement 100% true.txt").isEmpty)
    }

    @Test func theLeakGuardChecksTheReadings() throws {
        let identity = ProtectedIdentity(witness: RecordID(.witness, 1), field: .name, value: "김철수")
        let check = LeakGuard(scanner: LeakScanner(identities: [identity]))
        #expect(throws: ProtectionError.self) {
            try check.check("E-1_%EA%B9%80%EC%B2%A0%EC%88%98.txt", place: "the payload file names")
        }
        try check.check("E-1_statement.txt", place: "the payload file names")
    }
}
