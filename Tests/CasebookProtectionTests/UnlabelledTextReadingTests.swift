import Foundation
import Testing

@testable import CasebookProtection

/// Text Korean programs write without naming its encoding, read wherever it sits: CP949 after an
/// image's end, UTF-16 at an odd offset or inside other bytes, mojibake beside Hangul.
@Suite("text in CP949 or unmarked UTF-16 is read wherever it sits")
struct UnlabelledTextReadingTests {
    static let kim = KoreanMisreadingTests.kim

    static func utf16(_ text: String, bigEndian: Bool) -> [UInt8] {
        text.utf16.flatMap { unit in
            bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        }
    }

    @Test func cp949AfterAnImagesEndIsRead() {
        let bytes = [0xFF, 0xD8] + HiddenDataTests.jpegBody + [0x00] + Array("Note: ".utf8) + Self.kim + [0x00]
        let reading = MetadataReader.read(Data(bytes))
        #expect(reading.fields.contains { $0.key == "jpeg.trailing" && $0.value.contains("김철수") }, "\(reading.fields)")
    }

    @Test func utf16InsideOtherBytesIsRead() {
        let bytes = Array("log line\n\u{0}\u{1}".utf8) + Self.utf16("김철수", bigEndian: false) + [0x00, 0x07]
        #expect(UTF16Text.embeddedText(bytes).contains("김철수"))
        let odd = [0x07] + Self.utf16("witness 김철수 here", bigEndian: true) + [0x00]
        #expect(UTF16Text.embeddedText(odd).contains("김철수"))
    }

    @Test func mojibakeBesideHangulIsReadToo() {
        #expect(throws: ProtectionError.self) {
            try KoreanMisreadingTests.guardSealing("김철수").check("증인 목록: ±èÃ¶¼ö", place: "test")
        }
    }
}

/// Korean text in an encoding whose label or header was lost: ISO-2022-KR without `ESC $ ) C`,
/// UTF-7 and Johab. Each is read when its bytes show its mark, and ordinary text is not misread.
@Suite("Korean text in ISO-2022-KR without its header, UTF-7 or Johab is read")
struct UnlabelledKoreanTests {
    /// 김철수 in each encoding (Python's `str.encode`).
    static let shifted: [UInt8] = Array("Witness ".utf8) + [0x0E] + Array("1hC6<v".utf8) + [0x0F] + Array(" said.".utf8)
    static let utf7 = "Witness +rkDMoMIY- said."
    static let johab: [UInt8] = Array("Witness ".utf8) + [0x8B, 0xB1, 0xC0, 0xE9, 0xAE, 0x81]

    @Test func eachIsReadAsHangul() throws {
        #expect(UnlabelledKorean.shiftedReading(Self.shifted)?.contains("김철수") == true)
        #expect(UnlabelledKorean.utf7Reading(Array(Self.utf7.utf8))?.contains("김철수") == true)
        #expect(UnlabelledKorean.johabReading(Self.johab)?.contains("김철수") == true)
        let check = KoreanMisreadingTests.guardSealing("김철수")
        #expect(throws: ProtectionError.self) { try check.check(String(decoding: Self.shifted, as: UTF8.self), place: "test") }
        #expect(throws: ProtectionError.self) { try check.check(Self.utf7, place: "test") }
        let decoded = try #require(TextDecoding.decode(Self.johab, mediaType: nil, name: "a.txt", keepingOrigins: false))
        #expect(decoded.hidden.contains("김철수"))
    }

    @Test func ordinaryTextIsNotReadSo() throws {
        for text in ["Call +82 10 1234 5678 or +1-555-0100.", "C++ and a+b, x+y=z", "Kim Chol-su +Kim said"] {
            #expect(UnlabelledKorean.readings(Array(text.utf8)).isEmpty, "\(text)")
        }
        try KoreanMisreadingTests.guardSealing("김철수", "이영희").check("Tel. +82 2 123 4567; C++; a+b", place: "test")
    }
}
