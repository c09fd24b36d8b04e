import Foundation
import Testing

@testable import CasebookModel
@testable import CasebookProtection

/// The metadata reader on hostile bytes: a known header followed by anything, cut anywhere,
/// never crashes, never loops, and keeps its output within its caps.
@Suite("MetadataReader on hostile input")
struct MetadataReaderTests {
    static let headers: [[UInt8]] = [
        [0xFF, 0xD8, 0xFF, 0xE1, 0x00, 0x40] + Array("Exif\0\0II*\0".utf8), [0xFF, 0xD8, 0xFF, 0xED, 0x00, 0x30],
        PNGMetadata.signature, [0x49, 0x49, 0x2A, 0x00, 0x08, 0, 0, 0], [0x4D, 0x4D, 0x00, 0x2A, 0, 0, 0, 8],
        Array("%PDF-1.7\ntrailer << /Info 1 0 R >>\n1 0 obj << /Author (".utf8), [0x50, 0x4B, 0x03, 0x04],
    ]

    /// A little-endian TIFF whose first directory points its EXIF and GPS directories, and its
    /// next directory, back at itself, with a tag claiming four billion characters.
    static let loopingTIFF: [UInt8] = {
        var bytes: [UInt8] = [0x49, 0x49, 0x2A, 0x00, 8, 0, 0, 0, 3, 0]
        func entry(_ tag: UInt16, _ type: UInt16, _ count: UInt32, _ value: UInt32) {
            for v in [tag, type] { bytes += [UInt8(v & 0xFF), UInt8(v >> 8)] }
            for v in [count, value] { bytes += (0..<4).map { UInt8((v >> (8 * $0)) & 0xFF) } }
        }
        entry(0x8769, 4, 1, 8)
        entry(0x8825, 4, 1, 8)
        entry(0x013B, 2, 0xFFFF_FFFF, 8)
        return bytes + [8, 0, 0, 0]
    }()

    @Test func loopingOffsetsAndHugeCountsEndQuietly() {
        let reading = MetadataReader.read(Data(Self.loopingTIFF))
        #expect(reading.format == "TIFF image")
        #expect(reading.fields.isEmpty)
    }

    @Test func randomTailsAfterKnownHeadersNeverCrash() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt8 {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return UInt8(truncatingIfNeeded: state)
        }
        for round in 0..<1500 {
            let header = Self.headers[round % Self.headers.count]
            let tail = (0..<(round % 300)).map { _ in next() }
            let bytes = Data(header + tail)
            let reading = MetadataReader.read(bytes)
            #expect(reading.fields.count <= MetadataReading.fieldLimit)
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-fuzz-\(UUID().uuidString)")
            if round % 50 == 0, (try? bytes.write(to: path)) != nil {
                _ = MetadataStripper.strip(path: path.path)
                try? FileManager.default.removeItem(at: path)
            }
        }
    }

    @Test func errorsNameNoOptionOrCommand() {
        let item = RecordID(.evidence, 1)
        let errors: [MetadataError] = [
            .leak(item: item, name: "a.jpg", field: "Artist (EXIF)", witness: RecordID(.witness, 1), identity: .name, inBag: true),
            .nothingToStrip(item, format: "JPEG image"), .cannotStrip(item, format: "PDF document"),
            .cannotStrip(item, format: "TIFF image"), .cannotStrip(item, format: nil), .damaged(item, format: "PNG image"),
            .stripIncomplete(item, remaining: ["Artist (EXIF)"]),
        ]
        for error in errors {
            #expect(!error.description.contains("--"), "\(error.description)")
            #expect(!error.description.contains("casebook "), "\(error.description)")
            #expect(!error.description.contains("'evidence"), "\(error.description)")
        }
    }
}
