import Foundation
import Testing

@testable import CasebookProtection

/// A vCard's property values read as a phone shows them: quoted-printable with its soft line
/// breaks and charset, base64, folded lines.
@Suite("reading vCard property values")
struct VCardDecodingTests {
    func decode(_ card: String, name: String = "contact.vcf") throws -> DecodedText {
        try #require(TextDecoding.decode(Array(card.utf8), mediaType: nil, name: name, keepingOrigins: true))
    }

    @Test(arguments: [
        "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=EA=B9=80=EC=B2=\r\n=A0=EC=88=98\r\n",
        "FN;CHARSET=EUC-KR;QUOTED-PRINTABLE:=B1=E8=C3=B6=BC=F6\r\n", "FN;ENCODING=b:6rmA7LKg7IiY\r\n",
        "NOTE;ENCODING=BASE64;CHARSET=UTF-8:6rmA7\r\n LKg7IiY\r\n",
    ])
    func anEncodedValueIsDecoded(_ line: String) throws {
        let decoded = try decode("BEGIN:VCARD\r\nVERSION:2.1\r\n" + line + "END:VCARD\r\n")
        #expect(decoded.text.contains("김철수"), "\(decoded.text)")
        #expect(decoded.origins?.count == decoded.text.utf8.count)
    }

    @Test func aCardIsKnownByItsFirstLine() throws {
        let decoded = try decode("BEGIN:VCARD\nFN;ENCODING=QUOTED-PRINTABLE:Kim Ch=\nol-su\nEND:VCARD\n", name: "contact")
        #expect(decoded.text.contains("Kim Chol-su"))
    }

    @Test func anUnknownEncodingIsReportedAsNotRead() throws {
        let decoded = try decode("BEGIN:VCARD\r\nFN;ENCODING=x-rot13;CHARSET=x-private:Xvz\r\nEND:VCARD\r\n")
        #expect(decoded.unread == ["a value in the encoding x-rot13", "a value in the charset x-private"])
    }
}
