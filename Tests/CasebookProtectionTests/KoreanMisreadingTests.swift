import Foundation
import Testing

@testable import CasebookModel
@testable import CasebookProtection

/// Korean text in code page 949 under a label that says otherwise (an e-mail body marked
/// `us-ascii`, an encoded word marked `iso-8859-1`, a vCard with no `CHARSET`, a PNG text chunk),
/// kept as `\xB1…` escapes in a file name, read as Latin-1 mojibake, or valid UTF-8 by chance: each
/// is read as CP949 too, and ordinary UTF-8 text gives no false hit.
@Suite("Korean text under a wrong charset label or none is read as CP949 too")
struct KoreanMisreadingTests {
    /// 김철수 in CP949.
    static let kim: [UInt8] = [0xB1, 0xE8, 0xC3, 0xB6, 0xBC, 0xF6]
    /// 채철호 in CP949: C3 A4 C3 B6 C8 A3, which is also valid UTF-8 ("äöȣ").
    static let chae: [UInt8] = [0xC3, 0xA4, 0xC3, 0xB6, 0xC8, 0xA3]

    static func guardSealing(_ names: String...) -> LeakGuard {
        LeakGuard(
            scanner: LeakScanner(
                identities: names.enumerated().map { index, name in
                    ProtectedIdentity(witness: RecordID(.witness, Int64(index + 1)), field: .name, value: name)
                }))
    }

    func decode(_ bytes: [UInt8], name: String) throws -> DecodedText {
        try #require(TextDecoding.decode(bytes, mediaType: nil, name: name, keepingOrigins: true))
    }

    static let mail = "From: a@example.org\r\nTo: b@example.org\r\nMIME-Version: 1.0\r\n"

    @Test(arguments: [
        "Content-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\nV2l0bmVzczogsejDtrz2\r\n",
        "Content-Type: text/plain; charset=us-ascii\r\nContent-Transfer-Encoding: base64\r\n\r\nV2l0bmVzczogsejDtrz2\r\n",
        "Content-Type: text/plain; charset=iso-8859-1\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n=B1=E8=C3=B6=BC=F6\r\n",
        "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n=B1=E8=C3=\r\n=B6=BC=F6\r\n",
        "Content-Transfer-Encoding: quoted-printable\r\n\r\n=B1=E8=C3=B6=BC=F6\r\n",
        "Subject: =?iso-8859-1?B?sejDtrz2?=\r\n\r\nhi\r\n", "Subject: =?us-ascii?Q?=B1=E8=C3=B6=BC=F6?=\r\n\r\nhi\r\n",
        "Subject: =?windows-1252?Q?=B1=E8?= =?windows-1252?Q?=C3=B6=BC=F6?=\r\n\r\nhi\r\n",
    ])
    func aMailPartOrWordMislabelledIsReadAsCP949(_ rest: String) throws {
        let decoded = try decode(Array((Self.mail + rest).utf8), name: "a.eml")
        #expect(decoded.text.contains("김철수"), "\(decoded.text)")
        #expect(decoded.origins?.count == decoded.text.utf8.count)
    }

    @Test func aVCardInQuotedPrintableWithoutCharsetIsReadAsCP949() throws {
        let card = "BEGIN:VCARD\r\nVERSION:2.1\r\nFN;ENCODING=QUOTED-PRINTABLE:=B1=E8=C3=\r\n=B6=BC=F6\r\nEND:VCARD\r\n"
        #expect(try decode(Array(card.utf8), name: "a.vcf").text.contains("김철수"))
        let utf8 = "BEGIN:VCARD\r\nVERSION:2.1\r\nN;ENCODING=QUOTED-PRINTABLE:=EA=B9=80=EC=B2=A0=EC=88=98\r\nEND:VCARD\r\n"
        #expect(try decode(Array(utf8.utf8), name: "b.vcf").text.contains("김철수"))
    }

    @Test func aMailInUTF8WithAccentsGetsNoSecondReading() throws {
        let text = Self.mail + "Content-Type: text/plain; charset=utf-8\r\n\r\nLe témoin a déclaré à Genève.\r\n"
        let decoded = try decode(Array(text.utf8), name: "a.eml")
        #expect(!decoded.text.unicodeScalars.contains { (0xAC00...0xD7A3).contains($0.value) }, "\(decoded.text)")
    }

    @Test(arguments: [
        #"\xB1\xE8ö\xBC\xF6.txt"#,  // a CP949 file name as PosixFile shows it
        "±èÃ¶¼ö",  // CP949 read as Latin-1
        "Witness ±èÃ¶¼ö said",
    ])
    func misreadKoreanIsFound(_ text: String) {
        #expect(throws: ProtectionError.self) { try Self.guardSealing("김철수").check(text, place: "test") }
    }

    @Test func cp949ThatIsValidUTF8IsReadAsCP949Too() throws {
        let text = try #require(String(validating: Self.chae, as: UTF8.self))
        #expect(text == "äöȣ")
        #expect(throws: ProtectionError.self) { try Self.guardSealing("채철호").check("Zeuge: \(text).", place: "test") }
        #expect(MisreadText.readings(of: text).contains("채철호"))
    }

    @Test(arguments: [
        "Le témoin a déclaré à Genève : « Ça suffit ». Größe, Übung, Straße.",
        "Свидетель сказал, что это было ночью.", "증인은 그날 밤 끌려갔다고 말했다. 채씨·김씨",
        "Ο μάρτυρας είπε ότι ήταν νύχτα.", "The witness said “it was night” — café, naïve, Zürich.",
    ])
    func ordinaryUTF8TextGivesNoFalseHit(_ text: String) throws {
        try Self.guardSealing("채철호", "김철수", "최영호", "Chae Chol-ho").check(text, place: "test")
    }

    @Test func plainASCIITextHasNoSecondReading() {
        #expect(MisreadText.readings(of: "Kim Chol-su said so.").isEmpty)
        #expect(KoreanSecondReading.of(Array("plain".utf8), labelled: nil) == nil)
        #expect(KoreanSecondReading.of(Self.kim, labelled: "euc-kr") == nil)
    }

    @Test func cp949InAPNGTextChunkOrJPEGCommentReadsAsHangul() {
        let png = MetadataReader.read(
            Data(
                HiddenDataTests.pngHead + HiddenDataTests.pngChunk("tEXt", Array("Author".utf8) + [0] + Self.kim)
                    + HiddenDataTests.pngChunk("iTXt", Array("Title".utf8) + [0, 0, 0, 0, 0] + Self.kim)
                    + HiddenDataTests.pngChunk("IEND", [])))
        #expect(png.fields.filter { $0.value.contains("김철수") }.count == 2, "\(png.fields)")
        let comment: [UInt8] = [0xFF, 0xFE, 0x00, UInt8(Self.kim.count + 2)] + Self.kim
        let jpeg = MetadataReader.read(Data([0xFF, 0xD8] + comment + HiddenDataTests.jpegBody))
        #expect(jpeg.fields.contains { $0.key == "jpeg.comment" && $0.value == "김철수" }, "\(jpeg.fields)")
    }

    @Test func aPNGTextChunksLanguageTagIsRead() {
        let png = MetadataReader.read(
            Data(
                HiddenDataTests.pngHead
                    + HiddenDataTests.pngChunk(
                        "iTXt", Array("Comment".utf8) + [0, 0, 0] + Array("kim-cholsu".utf8) + [0, 0] + Array("ok".utf8))
                    + HiddenDataTests.pngChunk("IEND", [])))
        #expect(png.fields.contains { $0.key == "png.language" && $0.value == "kim-cholsu" }, "\(png.fields)")
        #expect(throws: ProtectionError.self) {
            try Self.guardSealing("김철수").check(png.fields.map(\.value).joined(separator: "\n"), place: "test")
        }
    }

    @Test func textAfterANULInAPNGTextChunkIsRead() {
        let png = MetadataReader.read(
            Data(
                HiddenDataTests.pngHead
                    + HiddenDataTests.pngChunk("tEXt", Array("Comment".utf8) + [0] + Array("ok\u{0}Kim Chol-su".utf8))
                    + HiddenDataTests.pngChunk("IEND", [])))
        #expect(png.fields.contains { $0.value.contains("Kim Chol-su") }, "\(png.fields)")
    }
}
