import Foundation
import Testing

@testable import CasebookCore

/// Text Korean programs write without naming its encoding is text, told by its content: CP949 or
/// UTF-16 without a byte-order mark under a `.jpg` name or behind a JPEG header.
@Suite("text in CP949 or unmarked UTF-16 is told by its content")
struct UnlabelledTextContentTests {
    /// 김철수 in code page 949.
    static let kim: [UInt8] = [0xB1, 0xE8, 0xC3, 0xB6, 0xBC, 0xF6]
    /// The scan data and end of a minimal JPEG.
    static let jpegBody: [UInt8] = [0xFF, 0xDA, 0x00, 0x08, 1, 1, 0, 0x3F, 0, 0x12, 0x34, 0xFF, 0x00, 0x56, 0xFF, 0xD9]
    static let statement = "증인 김철수는 그날 밤 끌려갔다고 말했다. Witness statement, page 1.\r\n"

    static func utf16(_ text: String, bigEndian: Bool) -> [UInt8] {
        text.utf16.flatMap { unit in
            bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        }
    }

    /// A statement in code page 949 with 김철수 in it.
    static let cp949Statement: [UInt8] =
        Array("Statement of the witness ".utf8) + kim + Array(", taken at night, page 1.\r\n".utf8)

    @Test func cp949AndUnmarkedUTF16AreText() {
        #expect(MediaType.byContent(Self.cp949Statement) == "text/plain")
        #expect(MediaType.byContent(Self.utf16(Self.statement, bigEndian: false)) == "text/plain")
        #expect(MediaType.byContent(Self.utf16(Self.statement, bigEndian: true)) == "text/plain")
        #expect(MediaType.byContent([0x41] + Self.utf16(Self.statement, bigEndian: false)) == "text/plain")
    }

    @Test func cp949BehindAJPEGHeaderIsTextBehindTheHeader() {
        let head: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10] + Array("JFIF".utf8) + [0, 1, 1, 0, 0, 1, 0, 1, 0, 0]
        var body: [UInt8] = []
        for _ in 0..<8 { body += Self.cp949Statement }
        #expect(MediaType.byContent(head + body) == MediaType.textBehindHeader + "image/jpeg")
    }

    @Test func imagesAndSoundStayWhatTheyAre() {
        let jpeg: [UInt8] = [0xFF, 0xD8] + Self.jpegBody
        #expect(MediaType.byContent(jpeg) == "image/jpeg")
        // Quiet 16-bit sound: NULs at one parity, but control characters, not text.
        let samples = (0..<2048).flatMap { index -> [UInt8] in [UInt8(index % 7), 0] }
        #expect(MediaType.byContent(samples) == nil)
        #expect(!MediaType.looksLikeUnlabelledText((0..<4096).map { UInt8(($0 * 73 + 11) % 256) }))
    }
}
