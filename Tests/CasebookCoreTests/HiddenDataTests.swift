import Foundation
import Testing

@testable import CasebookCore

/// Text hidden where no metadata reader looked: after a JPEG's end or a PNG's IEND, in a PNG's
/// private chunk, in a JPEG's APP11 (JUMBF/C2PA) segment. Its plain text is read and the reading
/// says the rest was not checked.
@Suite("text after the image, in private chunks and in APP11 is read")
struct HiddenDataTests {
    static let jpegBody: [UInt8] = [0xFF, 0xDA, 0x00, 0x08, 1, 1, 0, 0x3F, 0, 0x12, 0x34, 0xFF, 0x00, 0x56, 0xFF, 0xD9]

    static func pngChunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
        (0..<4).map { UInt8((data.count >> (8 * (3 - $0))) & 0xFF) } + Array(type.utf8) + data + [0, 0, 0, 0]
    }

    static let pngHead: [UInt8] = PNGMetadata.signature + pngChunk("IHDR", [0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0])

    func expectFound(_ bytes: [UInt8], _ key: String, _ note: String) {
        let reading = MetadataReader.read(Data(bytes))
        #expect(reading.fields.contains { $0.key == key && $0.value.contains("Kim Chol-su") }, "\(reading.fields)")
        #expect(reading.notes.contains(note), "\(reading.notes)")
        #expect(MetadataReading.isCapNote(note))
    }

    @Test func textAfterAJPEGsEnd() {
        expectFound(
            [0xFF, 0xD8] + Self.jpegBody + Array("\u{0}\u{1}photographer Kim Chol-su\u{0}".utf8), "jpeg.trailing",
            HiddenData.trailingNote)
    }

    @Test func textInAJPEGsAPP11Segment() {
        let box = Array("JP\u{0}\u{0}jumb c2pa author Kim Chol-su".utf8)
        let segment: [UInt8] = [0xFF, 0xEB, UInt8((box.count + 2) >> 8), UInt8((box.count + 2) & 0xFF)] + box
        expectFound([0xFF, 0xD8] + segment + Self.jpegBody, "jpeg.jumbf", HiddenData.jumbfNote)
    }

    @Test func textAfterAPNGsEnd() {
        expectFound(
            Self.pngHead + Self.pngChunk("IEND", []) + Array("by Kim Chol-su".utf8), "png.trailing", HiddenData.trailingNote)
    }

    @Test func textInAPrivatePNGChunk() {
        expectFound(
            Self.pngHead + Self.pngChunk("prVt", Array("\u{0}owner=Kim Chol-su".utf8)) + Self.pngChunk("IEND", []), "png.private",
            HiddenData.privateChunkNote)
    }

    @Test func paddingAndStandardChunksAreNothing() {
        let jpeg = MetadataReader.read(Data([0xFF, 0xD8] + Self.jpegBody + [0, 0, 0, 0xFF, 0xFF]))
        #expect(jpeg.fields.isEmpty && jpeg.notes.isEmpty, "\(jpeg)")
        let png = MetadataReader.read(Data(Self.pngHead + Self.pngChunk("gAMA", [0, 0, 0xB1, 0x8F]) + Self.pngChunk("IEND", [])))
        #expect(png.fields.isEmpty && png.notes.isEmpty, "\(png)")
        let binary = MetadataReader.read(Data(Self.pngHead + Self.pngChunk("xbIn", [1, 2, 3, 0, 4]) + Self.pngChunk("IEND", [])))
        #expect(binary.fields.isEmpty && binary.notes.isEmpty, "\(binary)")
    }
}
