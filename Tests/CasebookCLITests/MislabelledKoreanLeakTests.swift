import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Evidence that holds a sealed Korean name in code page 949 where its label says otherwise or
/// nothing (an e-mail's base64 body or encoded word, a vCard in quoted-printable), where a reader
/// does not see it (an RTF comment, link or font name), in a photo's comment, as CP949 bytes that
/// pass for UTF-8, in a file name that is not UTF-8, or in text disguised as a photo (a CP949 or
/// UTF-16 transcript renamed `.jpg` or behind a JPEG header, CP949 after an image's end, UTF-16 at
/// an odd offset): each stops the bag, with nothing written.
@Suite("the leak scan reads Korean text under a wrong charset label or none, or disguised as a photo")
struct MislabelledKoreanLeakTests {
    static let kim = LegacyEncodingLeakTests.kimCP949
    static let mail = LegacyEncodingLeakTests.mail

    static let files: [LegacyEncodingLeakTests.File] = [
        .init(
            name: "base64.eml",
            bytes: Array(
                (mail + "Content-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\nV2l0bmVzczogsejDtrz2\r\n").utf8)),
        .init(
            name: "latin-qp.eml",
            bytes: Array(
                (mail + "Content-Type: text/plain; charset=iso-8859-1\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
                    + "=B1=E8=C3=B6=BC=F6\r\n").utf8)),
        .init(name: "word.eml", bytes: Array((mail + "Subject: =?us-ascii?B?sejDtrz2?=\r\n\r\nSee attached.\r\n").utf8)),
        .init(
            name: "contact.vcf",
            bytes: Array("BEGIN:VCARD\r\nVERSION:2.1\r\nFN;ENCODING=QUOTED-PRINTABLE:=B1=E8=C3=B6=BC=F6\r\nEND:VCARD\r\n".utf8)),
        .init(
            name: "comment.rtf",
            bytes: Array(#"{\rtf1\ansi {\*\atnauthor \u44608?\u52384?\u49688?}{\*\comment ok}Statement.\par}"#.utf8)),
        .init(
            name: "link.rtf",
            bytes: Array(
                #"{\rtf1\ansi {\field{\*\fldinst HYPERLINK "https://example.org/\'b1\'e8\'c3\'b6\'bc\'f6"}{\fldrslt link}}\par}"#
                    .utf8)),
        .init(
            name: "font.rtf",
            bytes: Array(#"{\rtf1\ansi\ansicpg1252{\fonttbl{\f1\cpg949 \'b1\'e8\'c3\'b6\'bc\'f6;}}Statement.\par}"#.utf8)),
        .init(name: "mojibake.txt", bytes: Array("Witness: ±èÃ¶¼ö\n".utf8)),
        // Encodings whose label or header was lost: ISO-2022-KR shifts, UTF-7, Johab.
        .init(name: "shifted.txt", bytes: Array("Witness: ".utf8) + [0x0E] + Array("1hC6<v".utf8) + [0x0F, 0x0A]),
        .init(name: "utf7.txt", bytes: Array("Witness: +rkDMoMIY-\n".utf8)),
        .init(name: "johab.txt", bytes: Array("Witness: ".utf8) + [0x8B, 0xB1, 0xC0, 0xE9, 0xAE, 0x81, 0x0A]),
        // Text whose content is not what its name or header says.
        .init(name: "cp949.jpg", bytes: statementCP949 + statementCP949),
        .init(name: "utf16.jpg", bytes: LegacyEncodingLeakTests.utf16(statement, bigEndian: false)),
        .init(name: "header.jpg", bytes: jfif + Array(repeating: statementCP949, count: 8).flatMap { $0 }),
        .init(name: "odd.txt", bytes: Array("#".utf8) + LegacyEncodingLeakTests.utf16(statement, bigEndian: false)),
    ]

    static let statement = "증인 김철수는 그날 밤 끌려갔다고 말했다. Witness statement, page 1.\r\n"
    /// The statement in code page 949 (Python's `str.encode("cp949")`).
    static let statementCP949: [UInt8] = [
        0xC1, 0xF5, 0xC0, 0xCE, 0x20, 0xB1, 0xE8, 0xC3, 0xB6, 0xBC, 0xF6, 0xB4, 0xC2, 0x20, 0xB1, 0xD7, 0xB3, 0xAF, 0x20, 0xB9,
        0xE3, 0x20, 0xB2, 0xF8, 0xB7, 0xC1, 0xB0, 0xAC, 0xB4, 0xD9, 0xB0, 0xED, 0x20, 0xB8, 0xBB, 0xC7, 0xDF, 0xB4, 0xD9, 0x2E,
        0x20, 0x57, 0x69, 0x74, 0x6E, 0x65, 0x73, 0x73, 0x20, 0x73, 0x74, 0x61, 0x74, 0x65, 0x6D, 0x65, 0x6E, 0x74, 0x2C, 0x20,
        0x70, 0x61, 0x67, 0x65, 0x20, 0x31, 0x2E, 0x0D, 0x0A,
    ]
    static let jfif: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10] + Array("JFIF".utf8) + [0, 1, 1, 0, 0, 1, 0, 1, 0, 0]

    @Test(arguments: files)
    func aMislabelledNameStopsTheBag(_ file: LegacyEncodingLeakTests.File) throws {
        _ = try LegacyEncodingLeakTests().expectBagRefused(
            file.name, file.bytes,
            error: "error: Stopped: evidence item E-1 (\(file.name)) contains the protected real name of W-1. Nothing was written.")
    }

    /// Exports a bag of one file in a case sealing `witness`.
    func bag(sealing witness: String, _ name: String, _ bytes: [UInt8]) throws -> CommandResult {
        let cli = try CLI.protectedCase(["--name", witness])
        #expect(try cli.run(["evidence", "add", try cli.makeFile(name, bytes)]).status == 0)
        return try cli.run(["export", "bagit", cli.folder.appendingPathComponent("bag").path], environment: CLI.testPassphrase)
    }

    /// 채철호 (fictional) in CP949 is C3 A4 C3 B6 C8 A3, valid UTF-8 too ("äöȣ").
    @Test func cp949ThatPassesForUTF8StopsTheBag() throws {
        let result = try bag(sealing: "채철호", "note.txt", Array("Zeuge: ".utf8) + [0xC3, 0xA4, 0xC3, 0xB6, 0xC8, 0xA3])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("the protected real name of W-1"), "\(result.stderr)")
    }

    /// The bag refuses the name in bytes that only a second reading finds; `evidence redact` must
    /// not then say the file holds no identity.
    @Test func aNameOnlyASecondReadingFindsIsNotCalledAbsentByRedact() throws {
        let cli = try CLI.protectedCase(["--name", "채철호"])
        #expect(
            try cli.run([
                "evidence", "add", try cli.makeFile("note.txt", Array("Zeuge: ".utf8) + [0xC3, 0xA4, 0xC3, 0xB6, 0xC8, 0xA3]),
            ]).status == 0)
        let before = try cli.databaseDump()
        let out = cli.folder.appendingPathComponent("redacted.txt").path
        let redact = try cli.run(["evidence", "redact", "E-1", "--out", out], environment: CLI.testPassphrase)
        #expect(redact.status != 0, "\(redact.stdout)")
        #expect(
            redact.stderr.contains("E-1 holds the protected real name of W-1 only in a form that cannot be replaced in place"),
            "\(redact.stderr)")
        #expect(redact.stderr.contains("--include-identifying E-1"), "\(redact.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out))
        #expect(try cli.databaseDump() == before)
    }

    @Test func ordinaryUTF8TextStillGoesOut() throws {
        let text = "Le témoin a déclaré à Genève. Größe, Übung. Свидетель. 증인은 그날 밤 끌려갔다.\n"
        let result = try bag(sealing: "채철호", "note.txt", Array(text.utf8))
        #expect(result.status == 0, "\(result.stderr)")
    }

    @Test func koreanInAPhotoCommentStopsTheBag() throws {
        let comment: [UInt8] = [0xFF, 0xFE, 0x00, UInt8(Self.kim.count + 2)] + Self.kim
        let result = try bag(sealing: "김철수", "photo.jpg", [0xFF, 0xD8] + comment + HiddenDataLeakTests.jpeg.dropFirst(2))
        #expect(result.status == 1, "\(result.stderr)")
        #expect(
            result.stderr.contains("metadata of evidence item E-1 (photo.jpg) contains the protected real name of W-1"),
            "\(result.stderr)")
    }

    @Test func cp949AfterAPhotosEndStopsTheBag() throws {
        let (_, result) = try HiddenDataLeakTests().bag(after: Array("\u{0}Note: ".utf8) + Self.kim + [0])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(
            result.stderr.contains("the Data after the image (JPEG) metadata of evidence item E-1 (photo.jpg)"), "\(result.stderr)")
    }

    /// A file whose name is 김철수 in CP949 bytes (not UTF-8), added from a folder.
    @Test func aFileNamedInCP949StopsTheBag() throws {
        let cli = try CLI.protectedCase(["--name", "김철수"])
        let folder = cli.folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = Array(folder.path.utf8) + Array("/".utf8) + Self.kim + Array(".txt".utf8) + [0]
        let descriptor = path.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_CREAT | O_WRONLY, 0o644) }
        }
        try #require(descriptor >= 0)
        _ = Array("The statement.\n".utf8).withUnsafeBufferPointer { write(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)
        let added = try cli.run(["evidence", "add", folder.path, "--recursive"])
        #expect(added.status == 0, "\(added.stderr)")
        let bag = cli.folder.appendingPathComponent("bag")
        let result = try cli.run(["export", "bagit", bag.path], environment: CLI.testPassphrase)
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("the protected real name of W-1"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: bag.path))
    }
}
