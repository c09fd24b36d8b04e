import Foundation
import Testing

@testable import CasebookProtection

/// E-mail encodings that could hide a name: a character split between two encoded words, parts
/// nested deeper than Casebook reads, a charset or transfer encoding it does not know. The first
/// is decoded; the others are reported as not read.
@Suite("reading e-mail encodings that split or hide text")
struct MailEncodingTests {
    func decode(_ mail: String) throws -> DecodedText {
        try #require(TextDecoding.decode(Array(mail.utf8), mediaType: "message/rfc822", name: "a.eml", keepingOrigins: true))
    }

    @Test(arguments: [
        // 김 is EA B9 80: its bytes split between two words, in base64 and in Q.
        "=?UTF-8?B?6rk=?= =?UTF-8?B?gOyyoOyImA==?=", "=?utf-8?Q?=EA=B9?=\r\n =?UTF-8?Q?=80=EC=B2=A0=EC=88=98?=",
        "=?euc-kr?B?sQ==?= =?EUC-KR?B?6MO2vPY=?=",
    ])
    func aCharacterSplitBetweenEncodedWordsIsReadWhole(_ subject: String) throws {
        let decoded = try decode("From: a\r\nSubject: \(subject)\r\n\r\nhi\r\n")
        #expect(decoded.text.contains("subject: 김철수\n"), "\(decoded.text)")
    }

    @Test func unlabelledKoreanBytesAreReadAsCP949() throws {
        let mail =
            Array("From: a\r\nTo: b\r\nSubject: ".utf8) + [0xB1, 0xE8, 0xC3, 0xB6, 0xBC, 0xF6] + Array("\r\n\r\nhi\r\n".utf8)
        let decoded = try #require(TextDecoding.decode(mail, mediaType: nil, name: "a.eml", keepingOrigins: false))
        #expect(decoded.text.contains("김철수"))
        #expect(decoded.unread.isEmpty)
    }

    @Test func partsNestedTooDeepAreReportedAsNotRead() throws {
        var mail = "From: a\r\nTo: b\r\n"
        for level in 0...MailDecoder.deepestPart {
            mail += "Content-Type: multipart/mixed; boundary=\"b\(level)x\"\r\n\r\n--b\(level)x\r\n"
        }
        mail += "Content-Type: text/plain\r\n\r\nKim Chol-su\r\n"
        #expect(try decode(mail).unread == ["parts nested more than 20 deep"])
    }

    @Test func anUnknownCharsetOrTransferEncodingIsReportedAsNotRead() throws {
        let body =
            "From: a\r\nTo: b\r\nSubject: =?x-secret?B?6rmA?=\r\n"
            + "Content-Type: text/plain; charset=x-private\r\nContent-Transfer-Encoding: x-uuencode\r\n\r\nbegin 644 a\r\n"
        #expect(
            try decode(body).unread == [
                "a header word in the charset x-secret", "a part in the transfer encoding x-uuencode",
                "a part in the charset x-private",
            ])
    }
}
