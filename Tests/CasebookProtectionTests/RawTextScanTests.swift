import CasebookModel
import Foundation
import Testing

@testable import CasebookProtection

/// The raw-text pass: a name in any container (audio tags, RIFF chunks, MP4 atoms, GIF and JPEG
/// segments no reader knows) is found in UTF-8, UTF-16 either way round at either parity, and code
/// page 949; random bytes, like a photo's or a recording's, find nothing.
@Suite("raw text in files of any type is read")
struct RawTextScanTests {
    static let witness = RecordID(.witness, 4)
    static let check = LeakGuard(
        scanner: LeakScanner(identities: [
            ProtectedIdentity(witness: witness, field: .name, value: "박영진"),
            ProtectedIdentity(witness: witness, field: .otherNames, value: "Pak Yong-jin"),
        ]))

    /// The place a hit names, or nil when nothing is found.
    func hit(_ bytes: [UInt8]) -> String? {
        do {
            try RawTextScan.check(bytes, name: "E-1 (file)", guard: Self.check)
            return nil
        } catch ProtectionError.leak(_, _, let place) {
            return place
        } catch {
            return "\(error)"
        }
    }

    static func utf16(_ text: String, bigEndian: Bool) -> [UInt8] {
        text.utf16.flatMap { unit in
            bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        }
    }

    static func noise(_ count: Int, seed: UInt64) -> [UInt8] {
        var state = seed
        return (0..<count).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt8(truncatingIfNeeded: state >> 33)
        }
    }

    @Test func anID3FrameInUTF16WithAByteOrderMark() {
        let frame = [1, 0xFF, 0xFE] + Self.utf16("박영진", bigEndian: false) + [0, 0]
        let mp3 =
            Array("ID3".utf8) + [4, 0, 0, 0, 0, 0, 40] + Array("TPE1".utf8) + [0, 0, 0, 11, 0, 0] + frame + Self.noise(64, seed: 1)
        #expect(hit(mp3)?.hasPrefix("text inside E-1 (file) (bytes at offset ") == true)
    }

    @Test func anID3FrameInLatin1AndATranscriptInTheFrames() {
        let frame = Array("TIT2".utf8) + [0, 0, 0, 14, 0, 0, 0] + Array("Pak Yong-jin".utf8)
        #expect(hit([0xFF, 0xFB, 0x90, 0x64] + Self.noise(300, seed: 2) + frame) != nil)
        #expect(hit(Self.noise(500, seed: 3) + Array("증언: 박영진이 말했다".utf8) + Self.noise(500, seed: 4)) != nil)
    }

    @Test func aWAVInfoChunkAndAnMP4Atom() {
        let wav = Array("RIFF\u{0}\u{1}\u{0}\u{0}WAVELIST\u{14}\u{0}\u{0}\u{0}INFOIART\u{9}\u{0}\u{0}\u{0}".utf8)
        #expect(hit(wav + Array("박영진".utf8) + [0] + Self.noise(200, seed: 5)) != nil)
        let atom = [0, 0, 0, 33] + Array("data".utf8) + [0, 0, 0, 1, 0, 0, 0, 0] + Array("Pak Yong-jin".utf8)
        #expect(hit([0, 0, 0, 24] + Array("ftypisom".utf8) + Self.noise(100, seed: 6) + Array("\u{A9}ART".utf8) + atom) != nil)
    }

    @Test func aGIFCommentAndAJPEGCommentInUTF16BigEndianAtAnOddOffset() {
        let gif = Array("GIF89a".utf8) + Self.noise(30, seed: 7) + [0x21, 0xFE, 13] + Array("Pak Yong-jin".utf8) + [0, 0x3B]
        #expect(hit(gif) != nil)
        let com: [UInt8] = [0xFF, 0xD8, 0xFF, 0xFE, 0, 9, 0x41] + Self.utf16("박영진", bigEndian: true) + [0xFF, 0xDA]
        #expect(hit(com) != nil)
        #expect(hit([7] + Self.utf16("by 박영진", bigEndian: false) + [0, 0]) != nil)
    }

    @Test func codePage949HangulAfterAStrayByte() {
        // 박영진 in CP949, after a byte that would pair with its first byte.
        let name: [UInt8] = [0xB9, 0xDA, 0xBF, 0xB5, 0xC1, 0xF8]
        #expect(hit(Self.noise(40, seed: 8) + [0x00, 0xB5] + name + [0x00]) != nil)
        #expect(hit([0x01, 0x02] + name + [0x20, 0xC0, 0xCC]) != nil)
    }

    @Test func aTwoSyllableNameInCodePage949OnlyWhereItStandsAsAField() {
        let check = LeakGuard(
            scanner: LeakScanner(identities: [ProtectedIdentity(witness: Self.witness, field: .name, value: "이영")]))
        let name: [UInt8] = [0xC0, 0xCC, 0xB7, 0xC9]  // 이령, read as 이영
        let found = { (bytes: [UInt8]) in (try? RawTextScan.check(bytes, name: "E-1 (file)", guard: check)) == nil }
        #expect(found(Array("TAG".utf8) + name + [0, 0]))
        #expect(found([0x07] + name))
        #expect(found([0x20] + name + [0x20, 0xAF, 0x70]))
        // As noise makes it: between bytes no field has there.
        #expect(!found([0x04, 0x5E] + name + [0xAF, 0x70]))
        #expect(!found([0x90] + name + [0x00]))
    }

    @Test func aNameSplitBetweenTwoChunksOfAFile() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("rawtext-\(UUID().uuidString).bin").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let before = RawTextScan.chunkSize - 5
        let bytes = Self.noise(before, seed: 9).map { $0 | 0x80 } + [0] + Self.utf16("박영진", bigEndian: false) + [0]
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        #expect(throws: ProtectionError.self) {
            try RawTextScan.check(fileAt: path, name: "E-1 (file)", guard: Self.check)
        }
    }

    @Test func randomBytesFindNothing() {
        // Eight megabytes, as a photo's or a recording's compressed data looks, and the same bytes
        // shifted by one, checked against two names with short given names.
        let check = LeakGuard(
            scanner: LeakScanner(identities: [
                ProtectedIdentity(witness: Self.witness, field: .name, value: "박영진"),
                ProtectedIdentity(witness: RecordID(.witness, 5), field: .name, value: "김철수"),
                ProtectedIdentity(witness: RecordID(.witness, 6), field: .name, value: "이미"),
            ]))
        let bytes = Self.noise(8 << 20, seed: 10)
        #expect(throws: Never.self) { try RawTextScan.check(bytes, name: "E-1 (photo)", guard: check) }
        #expect(throws: Never.self) { try RawTextScan.check(Array(bytes.dropFirst()), name: "E-1 (photo)", guard: check) }
    }

    @Test func ordinaryTextHasNoOtherName() {
        #expect(hit(Array("Pak Yong-su and Pak Jin spoke at the meeting; 박영수 was there.".utf8)) == nil)
    }
}
