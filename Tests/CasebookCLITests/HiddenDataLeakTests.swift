import Foundation
import Testing

/// A photo with a witness's name after its end-of-image marker: the bag is refused, naming the
/// place. Binary data there cannot be checked, and the export says so.
@Suite("text hidden after a photo's end is scanned at export")
struct HiddenDataLeakTests {
    static let jpeg: [UInt8] = [
        0xFF, 0xD8, 0xFF, 0xDA, 0x00, 0x08, 1, 1, 0, 0x3F, 0, 0x12, 0x34, 0xFF, 0x00, 0x56, 0xFF, 0xD9,
    ]

    func bag(after tail: [UInt8]) throws -> (CLI, CommandResult) {
        let cli = try CLI.protectedCase(["--name", "김철수"])
        let file = cli.folder.appendingPathComponent("photo.jpg")
        try Data(Self.jpeg + tail).write(to: file)
        #expect(try cli.run(["evidence", "add", file.path]).status == 0)
        let result = try cli.run(
            ["export", "bagit", cli.folder.appendingPathComponent("bag").path], environment: CLI.testPassphrase)
        return (cli, result)
    }

    @Test func aNameAfterTheEndIsRefused() throws {
        let (_, result) = try bag(after: Array("\u{0}taken by Kim Chol-su\u{0}".utf8))
        #expect(result.status == 1, "\(result.stderr)")
        #expect(
            result.stderr.contains("the Data after the image (JPEG) metadata of evidence item E-1 (photo.jpg)"), "\(result.stderr)")
    }

    @Test func binaryDataAfterTheEndIsWarnedOf() throws {
        let (_, result) = try bag(after: [0x78, 0x9C, 0x01, 0x02, 0x03, 0x04, 0x05])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stderr.contains(
                "warning: E-1 (photo.jpg) could not be fully checked for witness identities: \("data after the end of the image was checked only for plain text")."
            ), "\(result.stderr)")
    }

    /// A JPEG whose EXIF Artist is 김철수 in code page 949, as Korean Windows writes it.
    @Test func anArtistInCP949IsRefused() throws {
        let artist: [UInt8] = [0xB1, 0xE8, 0xC3, 0xB6, 0xBC, 0xF6, 0]
        func le16(_ v: Int) -> [UInt8] { [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF)] }
        func le32(_ v: Int) -> [UInt8] { (0..<4).map { UInt8(v >> (8 * $0) & 0xFF) } }
        let tiff =
            [0x49, 0x49, 0x2A, 0x00] + le32(8) + le16(1) + le16(0x013B) + le16(2) + le32(artist.count) + le32(26) + le32(0) + artist
        let payload = Array("Exif\u{0}\u{0}".utf8) + tiff
        let photo: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE1, UInt8((payload.count + 2) >> 8), UInt8((payload.count + 2) & 0xFF)] + payload
        let cli = try CLI.protectedCase(["--name", "김철수"])
        let file = cli.folder.appendingPathComponent("photo.jpg")
        try Data(photo + Self.jpeg.dropFirst(2)).write(to: file)
        #expect(try cli.run(["evidence", "add", file.path]).status == 0)
        let result = try cli.run(
            ["export", "bagit", cli.folder.appendingPathComponent("bag").path], environment: CLI.testPassphrase)
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("the Artist (EXIF) metadata of evidence item E-1 (photo.jpg)"), "\(result.stderr)")
    }
}
