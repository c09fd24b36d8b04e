import Foundation
import Testing

@testable import CasebookProtection

/// Text that is not UTF-8 and may not say so: a Korean text file saved by Windows (CP949), a page
/// that declares its charset only in markup, ISO-2022-KR, UTF-16 without a byte-order mark. Each
/// is read in its charset, so a name in it is found, or reported as not read; none is passed as
/// stray bytes.
@Suite("reading text in legacy and unlabelled charsets")
struct LegacyTextTests {
    /// 김철수 in CP949 (EUC-KR).
    static let kimCP949: [UInt8] = [0xB1, 0xE8, 0xC3, 0xB6, 0xBC, 0xF6]

    func decode(_ bytes: [UInt8], name: String, mediaType: String? = nil) throws -> DecodedText {
        try #require(TextDecoding.decode(bytes, mediaType: mediaType, name: name, keepingOrigins: true))
    }

    @Test func aKoreanTextFileWithoutACharsetIsReadAsCP949() throws {
        let decoded = try decode(Array("Witness: ".utf8) + Self.kimCP949 + [0x0A], name: "statement.txt")
        #expect(decoded.text.contains("Witness: 김철수"))
        #expect(decoded.unread.isEmpty)
        #expect(decoded.origins?.count == decoded.text.utf8.count)
    }

    @Test func textThatIsNeitherUTF8NorKoreanIsReportedAsNotRead() throws {
        let decoded = try decode([0x4B, 0x69, 0x6D, 0xFF, 0xFF, 0x20, 0x80], name: "notes.txt")
        #expect(decoded.unread == [LegacyText.unnamedEncoding])
    }

    @Test func plainUTF8NeedsNoReading() {
        #expect(LegacyText.read(Array("김철수 said so".utf8), keepingOrigins: false) == nil)
    }

    static let declared: [(String, String)] = [
        ("meta charset", #"<html><head><meta charset="euc-kr"></head><body>"#),
        ("http-equiv", #"<html><head><meta http-equiv="Content-Type" content="text/html; charset=ks_c_5601-1987"></head><body>"#),
        ("XML prolog", #"<?xml version="1.0" encoding="EUC-KR"?><record><who>"#),
    ]

    @Test(arguments: declared)
    func markupIsReadInTheCharsetItDeclares(_ page: (String, String)) throws {
        let bytes = Array(page.1.utf8) + Self.kimCP949 + Array("</body></html>".utf8)
        let decoded = try decode(bytes, name: "page.html")
        #expect(decoded.text.contains("김철수"), "\(page.0): \(decoded.text)")
        #expect(decoded.unread.isEmpty)
    }

    @Test(arguments: ["x-windows-949", "korean", "KS_C_5601-1989", "iso-ir-149", "KSC5601", "ksc_5601", "x-euc-kr", "csEUCKR"])
    func everyLabelOfEUCKRIsRead(_ label: String) throws {
        let bytes = Array("<html><head><meta charset=\"\(label)\"></head><body>".utf8) + Self.kimCP949
        let decoded = try decode(bytes, name: "page.html")
        #expect(decoded.text.contains("김철수"), "\(label): \(decoded.text)")
        #expect(decoded.unread.isEmpty, "\(label)")
    }

    @Test(arguments: ["windows-1252", "iso-8859-1", "big5", "koi8-r"])
    func aKoreanPageWithAWrongLabelIsAlsoReadAsKorean(_ label: String) throws {
        let bytes = Array("<html><head><meta charset=\"\(label)\"></head><body>".utf8) + Self.kimCP949
        let decoded = try decode(bytes, name: "page.html")
        #expect(decoded.text.contains("김철수"), "\(label): \(decoded.text)")
    }

    @Test func aWesternPageKeepsItsOwnReading() throws {
        let bytes = Array(#"<meta charset="windows-1252"><p>Ch"#.utf8) + [0xF4] + Array("l-su".utf8)
        #expect(try decode(bytes, name: "page.html").text.contains("Chôl-su"))
    }

    @Test func aDeclaredCharsetThatKeepsASCIIByItselfIsAlsoRead() throws {
        // ISO-2022-KR writes Hangul in seven-bit bytes between SO and SI.
        let bytes =
            Array(#"<meta charset="iso-2022-kr"><p>"#.utf8) + [0x1B, 0x24, 0x29, 0x43, 0x0E] + Array("1hC6<v".utf8) + [0x0F]
        #expect(try decode(bytes, name: "page.html").text.contains("김철수"))
        let undeclared = [0x1B, 0x24, 0x29, 0x43, 0x0E] + Array("1hC6<v".utf8) + [0x0F, 0x0A]
        #expect(try decode(undeclared, name: "notes.txt").text.contains("김철수"))
    }

    @Test(arguments: ["x-unknown-charset", "utf-7"])
    func aCharsetThatCannotBeFollowedIsReportedAsNotRead(_ charset: String) throws {
        let bytes = Array("<html><meta charset=\"\(charset)\"><p>+rkDMoMIY-</p></html>".utf8)
        let decoded = try decode(bytes, name: "page.html")
        #expect(decoded.unread == ["text in the charset \(charset) it declares"])
    }

    @Test func aWesternPageInASCIIIsReadAsItIs() throws {
        let page = #"<meta charset="windows-1252"><p>Kim Chol-su &amp; others</p>"#
        let decoded = try decode(Array(page.utf8), name: "page.html")
        #expect(decoded.text.contains("Kim Chol-su & others"))
        #expect(decoded.unread.isEmpty)
    }

    static func utf16(_ text: String, bigEndian: Bool) -> [UInt8] {
        text.utf16.flatMap { unit in
            bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        }
    }

    @Test(arguments: [false, true])
    func utf16WithoutAByteOrderMarkIsToldByItsNULBytes(_ bigEndian: Bool) {
        let bytes = Self.utf16("증인 김철수는 말했다. Kim Chol-su said.\r\n", bigEndian: bigEndian)
        let order = UTF16Text.unmarkedByteOrder(bytes)
        #expect(order == (bigEndian ? .bigEndian : .littleEndian))
        #expect(UTF16Text.decode(bytes, order: order ?? .littleEndian).contains("김철수"))
    }

    @Test(arguments: [false, true])
    func koreanUTF16WithNoASCIIIsToldByItsHighBytes(_ bigEndian: Bool) {
        let bytes = Self.utf16("증인김철수는그날밤끌려갔다고말했다", bigEndian: bigEndian)
        #expect(UTF16Text.unmarkedByteOrder(bytes) == (bigEndian ? .bigEndian : .littleEndian))
    }

    @Test func binaryThatLooksLikeUTF16IsNotText() {
        #expect(UTF16Text.isText("증인 김철수는 말했다.\r\n"))
        #expect(!UTF16Text.isText("\u{1}\u{2}\u{3}"))
        #expect(!UTF16Text.isText("a\u{FFFD}b"))
    }

    @Test func utf8WithAStrayNULIsNotTakenForUTF16() {
        #expect(UTF16Text.unmarkedByteOrder(Array("Kim Chol-su\0 and 김철수 and a long line of plain text".utf8)) == nil)
        #expect(UTF16Text.unmarkedByteOrder([0xFF, 0xFE, 0x4B, 0x00]) == nil)
    }
}
