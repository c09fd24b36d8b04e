import Foundation
import Testing

@testable import CasebookProtection

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

/// The EXIF thumbnail's directory (IFD1), the thumbnail JPEG's own comment, and an Artist in
/// code page 949.
@Suite("EXIF thumbnails and CP949 text are read")
struct EXIFThumbnailTests {
    /// A little-endian EXIF block: IFD0 with `artist`, IFD1 with `thumbnailArtist` and a
    /// thumbnail JPEG holding a comment.
    static func exif(artist: [UInt8], thumbnailArtist: [UInt8], comment: [UInt8]) -> [UInt8] {
        func le16(_ v: Int) -> [UInt8] { [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF)] }
        func le32(_ v: Int) -> [UInt8] { (0..<4).map { UInt8(v >> (8 * $0) & 0xFF) } }
        let thumbnail: [UInt8] =
            [0xFF, 0xD8, 0xFF, 0xFE] + [UInt8((comment.count + 2) >> 8), UInt8((comment.count + 2) & 0xFF)] + comment
            + [0xFF, 0xD9]
        // Layout: header 8, IFD0 at 8 (1 entry: 18 bytes), IFD1 at 26 (3 entries: 42 bytes), data at 68.
        let dataStart = 68
        let artistAt = dataStart
        let thumbArtistAt = artistAt + artist.count + 1
        let thumbnailAt = thumbArtistAt + thumbnailArtist.count + 1
        var bytes: [UInt8] = [0x49, 0x49, 0x2A, 0x00] + le32(8)
        bytes += le16(1) + le16(0x013B) + le16(2) + le32(artist.count + 1) + le32(artistAt) + le32(26)
        bytes += le16(3)
        bytes += le16(0x013B) + le16(2) + le32(thumbnailArtist.count + 1) + le32(thumbArtistAt)
        bytes += le16(0x0201) + le16(4) + le32(1) + le32(thumbnailAt)
        bytes += le16(0x0202) + le16(4) + le32(1) + le32(thumbnail.count)
        bytes += le32(0)
        return bytes + artist + [0] + thumbnailArtist + [0] + thumbnail
    }

    @Test func theThumbnailsTagsAndCommentAreRead() {
        let block = Self.exif(
            artist: Array("Studio".utf8), thumbnailArtist: Array("Kim Chol-su".utf8), comment: Array("Pak Young-hee".utf8))
        let reading = MetadataReader.read(Data(block))
        #expect(reading.fields.contains { $0.key == "exif.artist" && $0.value == "Studio" }, "\(reading.fields)")
        #expect(reading.fields.contains { $0.key == "exif.artist.thumbnail" && $0.value == "Kim Chol-su" }, "\(reading.fields)")
        #expect(reading.fields.contains { $0.key == "jpeg.comment" && $0.value == "Pak Young-hee" }, "\(reading.fields)")
    }

    @Test func anArtistInCP949IsReadAsHangul() throws {
        // 김철수 in code page 949.
        let cp949: [UInt8] = [0xB1, 0xE8, 0xC3, 0xB6, 0xBC, 0xF6]
        let reading = MetadataReader.read(Data(Self.exif(artist: cp949, thumbnailArtist: [], comment: Array("none".utf8))))
        #expect(reading.fields.contains { $0.key == "exif.artist" && $0.value == "김철수" }, "\(reading.fields)")
        #expect(MetadataText.utf8OrKoreanOrLatin1(Array("Café".utf8)) == "Café")
        #expect(MetadataText.utf8OrKoreanOrLatin1([0x43, 0x61, 0x66, 0xE9]) == "Café")
    }
}
