import Foundation
import Testing

/// Files whose header and name agree (an MP3, a WAV, an MP4, a GIF, a WebP, a JPEG) with a
/// witness's name where no metadata reader looks: the raw-text pass reads every byte of every
/// payload, so the bag is refused and the place given; a file of random bytes still goes out.
@Suite("text inside audio, video and image containers is scanned at export")
struct RawTextLeakTests {
    static func utf16LE(_ text: String) -> [UInt8] { text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] } }

    static func noise(_ count: Int, seed: UInt64) -> [UInt8] {
        var state = seed
        return (0..<count).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt8(truncatingIfNeeded: state >> 33)
        }
    }

    func bag(_ name: String, _ bytes: [UInt8], witness: String = "박영진") throws -> CommandResult {
        let cli = try CLI.protectedCase(["--name", witness])
        let file = cli.folder.appendingPathComponent(name)
        try Data(bytes).write(to: file)
        #expect(try cli.run(["evidence", "add", file.path]).status == 0)
        return try cli.run(["export", "bagit", cli.folder.appendingPathComponent("bag").path], environment: CLI.testPassphrase)
    }

    func expectRefused(_ name: String, _ bytes: [UInt8], witness: String = "박영진") throws {
        let result = try bag(name, bytes, witness: witness)
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("text inside E-1 (\(name)) (bytes at offset "), "\(result.stderr)")
    }

    @Test func anMP3sID3ArtistInUTF16() throws {
        let frame = [1, 0xFF, 0xFE] + Self.utf16LE("박영진") + [0, 0]
        let tag = Array("ID3".utf8) + [4, 0, 0, 0, 0, 0, 21] + Array("TPE1".utf8) + [0, 0, 0, 11, 0, 0] + frame
        try expectRefused("song.mp3", tag + [0xFF, 0xFB, 0x90, 0x64] + Self.noise(2000, seed: 1))
    }

    @Test func aWAVsInfoArtist() throws {
        let info = Array("INFOIART".utf8) + [13, 0, 0, 0] + Array("Pak Yong-jin".utf8) + [0, 0]
        let wav =
            Array("RIFF".utf8) + [0, 8, 0, 0] + Array("WAVEfmt ".utf8) + [
                16, 0, 0, 0, 1, 0, 1, 0, 0x40, 0x1F, 0, 0, 0x80, 0x3E, 0, 0, 2, 0, 16, 0,
            ]
            + Array("LIST".utf8) + [UInt8(info.count), 0, 0, 0] + info + Array("data".utf8) + [0, 4, 0, 0]
            + Self.noise(1024, seed: 2)
        try expectRefused("interview.wav", wav)
    }

    @Test func anMP4sArtistAtom() throws {
        let data = [0, 0, 0, 25] + Array("data".utf8) + [0, 0, 0, 1, 0, 0, 0, 0] + Array("박영진".utf8)
        let mp4 =
            [0, 0, 0, 24] + Array("ftypisom".utf8) + [0, 0, 2, 0] + Array("isomiso2".utf8) + [0, 0, 0, 41]
            + Array("moov".utf8) + [0, 0, 0, 33] + Array("\u{A9}ART".utf8) + data + Self.noise(1000, seed: 3)
        try expectRefused("clip.mp4", mp4)
    }

    @Test func aGIFCommentAndAWebPXMPChunk() throws {
        let gif =
            Array("GIF89a".utf8) + [1, 0, 1, 0, 0, 0, 0, 0x21, 0xFE, 12] + Array("Pak Yong-jin".utf8) + [0, 0x2C]
            + Self.noise(40, seed: 4) + [0x3B]
        try expectRefused("map.gif", gif)
        let xmp = Array("<dc:creator>박영진</dc:creator>".utf8)
        let webp =
            Array("RIFF".utf8) + [200, 0, 0, 0] + Array("WEBPVP8L".utf8) + [40, 0, 0, 0, 0x2F] + Self.noise(39, seed: 5)
            + Array("XMP ".utf8) + [UInt8(xmp.count), 0, 0, 0] + xmp
        try expectRefused("scene.webp", webp)
    }

    @Test func aJPEGsAPP15TextAndUTF16Comment() throws {
        let note = Array("camera owner Pak Yong-jin".utf8)
        let app15: [UInt8] = [0xFF, 0xEF, 0, UInt8(note.count + 2)] + note
        let body: [UInt8] = [0xFF, 0xDA, 0x00, 0x08, 1, 1, 0, 0x3F, 0, 0x12, 0x34, 0xFF, 0x00, 0x56, 0xFF, 0xD9]
        try expectRefused("photo.jpg", [0xFF, 0xD8] + app15 + body)
        let comment = Self.utf16LE("박영진")
        try expectRefused("photo2.jpg", [0xFF, 0xD8, 0xFF, 0xFE, 0, UInt8(comment.count + 2)] + comment + body)
    }

    @Test func randomBytesBehindAPhotoHeaderStillGoOut() throws {
        let body: [UInt8] = [0xFF, 0xDA, 0x00, 0x08, 1, 1, 0, 0x3F, 0] + Self.noise(1 << 20, seed: 6) + [0xFF, 0xD9]
        let result = try bag("random.jpg", [0xFF, 0xD8] + body)
        #expect(result.status == 0, "\(result.stderr)")
    }

    /// A file of random bytes with no type is not read whole as text (its noise, read as Korean,
    /// spelled two-syllable names), and its raw text keeps a short name only where it stands as a
    /// field: eight megabytes go out with a witness named 이영, whose 이령 noise made often.
    @Test func randomBytesWithATwoSyllableWitnessGoOut() throws {
        let result = try bag("noise.bin", Self.noise(8 << 20, seed: 7), witness: "이영")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("it does not look like text"), "\(result.stderr)")
    }

    /// A two-syllable name in code page 949 in a binary field (an ID3v1 title, NUL-padded) is
    /// still found.
    @Test func aTwoSyllableNameInACP949Field() throws {
        let title: [UInt8] = [0xC0, 0xCC, 0xBF, 0xB5] + [UInt8](repeating: 0, count: 26)
        try expectRefused("old.mp3", Self.noise(4000, seed: 8).map { $0 | 0x80 } + Array("TAG".utf8) + title, witness: "이영")
    }
}

/// A page whose name is split by a hidden element or written in CSS escapes or a `data:` URI.
@Suite("names hidden in web pages by escapes and hidden elements are scanned at export")
struct WebPageLeakTests {
    func bag(_ html: String) throws -> CommandResult {
        let cli = try CLI.protectedCase(["--name", "박영진"])
        let file = cli.folder.appendingPathComponent("page.html")
        try Data(html.utf8).write(to: file)
        #expect(try cli.run(["evidence", "add", file.path]).status == 0)
        return try cli.run(["export", "bagit", cli.folder.appendingPathComponent("bag").path], environment: CLI.testPassphrase)
    }

    @Test func aNameSplitByAHiddenSpan() throws {
        let result = try bag(#"<p>Interview with Pak Yong-<span style="display:none">x</span>jin</p>"#)
        #expect(result.status == 1, "\(result.stderr)")
    }

    @Test func aNameInCSSEscapesAndADataURI() throws {
        #expect(try bag(#"<style>p::after { content: "\BC15 \C601 \C9C4 " }</style><p>x</p>"#).status == 1)
        let uri = "data:text/plain;base64," + Data("박영진".utf8).base64EncodedString()
        #expect(try bag(#"<p><a href="\#(uri)">note</a></p>"#).status == 1)
    }
}
