import Foundation
import Testing

/// Evidence that hides a sealed name in an encoding the scan once read as stray bytes, or not at
/// all: a Korean text file in CP949 with no charset named, UTF-16 without a byte-order mark, a page
/// that declares EUC-KR only in its markup, RTF in a Korean font, an e-mail header word split in
/// the middle of a character, a vCard in quoted-printable or base64, a file named with the name
/// percent-escaped or as an encoded word. Each stops the bag, with nothing written; what cannot be
/// read goes out with a warning naming it, never in silence.
@Suite("the leak scan reads legacy and unlabelled encodings in evidence")
struct LegacyEncodingLeakTests {
    static let passphrase = CLI.testPassphrase

    /// One evidence file holding the sealed name 김철수 (or Kim Chol-su) in an encoding.
    struct File: CustomTestStringConvertible, Sendable {
        let name: String
        let bytes: [UInt8]
        var testDescription: String { name }
    }

    /// 김철수 in CP949 (EUC-KR).
    static let kimCP949: [UInt8] = [0xB1, 0xE8, 0xC3, 0xB6, 0xBC, 0xF6]

    static func utf16(_ text: String, bigEndian: Bool) -> [UInt8] {
        text.utf16.flatMap { unit in
            bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        }
    }

    static let mail = "From: a@example.org\r\nTo: b@example.org\r\nMIME-Version: 1.0\r\n"
    static let statement = "증인 김철수는 그날 밤 끌려갔다고 말했다.\r\n"

    static let files: [File] = [
        File(name: "statement.txt", bytes: Array("Witness: ".utf8) + kimCP949 + [0x0A]),
        File(name: "utf16le.txt", bytes: utf16(statement, bigEndian: false)),
        File(name: "utf16be.txt", bytes: utf16(statement, bigEndian: true)),
        File(name: "hangul-only.txt", bytes: utf16("증인김철수는그날밤끌려갔다", bigEndian: false)),
        File(
            name: "meta.html",
            bytes: Array(#"<html><head><meta charset="euc-kr"></head><body><p>"#.utf8) + kimCP949 + Array("</p>".utf8)),
        File(
            name: "http-equiv.htm",
            bytes: Array(#"<meta http-equiv="Content-Type" content="text/html; charset=EUC-KR"><div>"#.utf8) + kimCP949),
        File(
            name: "wrong-label.html",
            bytes: Array(#"<html><head><meta charset="windows-1252"></head><body><p>"#.utf8) + kimCP949 + Array("</p>".utf8)),
        File(
            name: "alias.html",
            bytes: Array(#"<html><head><meta charset="x-windows-949"></head><body><p>"#.utf8) + kimCP949 + Array("</p>".utf8)),
        File(
            name: "record.xml",
            bytes: Array(#"<?xml version="1.0" encoding="EUC-KR"?><record><who>"#.utf8) + kimCP949 + Array("</who></record>".utf8)),
        File(
            name: "font.rtf",
            bytes: Array(
                #"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Times;}{\f1\fnil\fcharset129 Batang;}}{\f1 \'b1\'e8\'c3\'b6\'bc\'f6}\par}"#
                    .utf8)),
        File(name: "split.rtf", bytes: Array("{\\rtf1\\ansi\\ansicpg949 \\'b1\r\n\\'e8\\'c3\\'b6\\'bc\\'f6\\par}".utf8)),
        File(
            name: "split-word.eml",
            bytes: Array((mail + "Subject: =?UTF-8?B?6rk=?= =?UTF-8?B?gOyyoOyImA==?=\r\n\r\nSee attached.\r\n").utf8)),
        File(name: "raw-subject.eml", bytes: Array((mail + "Subject: ").utf8) + kimCP949 + Array("\r\n\r\nSee attached.\r\n".utf8)),
        File(
            name: "contact.vcf",
            bytes: Array(
                "BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=EA=B9=80=EC=B2=\r\n=A0=EC=88=98\r\nEND:VCARD\r\n"
                    .utf8)),
        File(name: "contact-b.vcf", bytes: Array("BEGIN:VCARD\r\nVERSION:3.0\r\nFN;ENCODING=b:6rmA7LKg7IiY\r\nEND:VCARD\r\n".utf8)),
    ]

    /// Adds one file named `name` to a case sealing 김철수, and expects its bag refused with an
    /// error starting `error`, with nothing written.
    func expectBagRefused(_ name: String, _ bytes: [UInt8], error: String, witness: String = "김철수") throws -> CLI {
        let cli = try CLI.protectedCase(["--name", witness])
        #expect(try cli.run(["evidence", "add", try cli.makeFile(name, bytes)]).status == 0)
        let bag = cli.folder.appendingPathComponent("bag")
        let before = try cli.databaseDump()
        let stopped = try cli.run(["export", "bagit", bag.path], environment: Self.passphrase)
        #expect(stopped.status == 1, "\(name): \(stopped.stderr)")
        #expect(stopped.errorLines.first?.hasPrefix(error) == true, "\(stopped.stderr)")
        #expect(!FileManager.default.fileExists(atPath: bag.path))
        #expect(try cli.databaseDump() == before)
        return cli
    }

    @Test(arguments: files)
    func anEncodedNameStopsTheBag(_ file: File) throws {
        _ = try expectBagRefused(
            file.name, file.bytes,
            error: "error: Stopped: evidence item E-1 (\(file.name)) contains the protected real name of W-1. Nothing was written.")
    }

    @Test(arguments: ["%EA%B9%80%EC%B2%A0%EC%88%98.txt", "=?UTF-8?B?6rmA7LKg7IiY?=.txt"])
    func anEncodedFileNameStopsTheBag(_ name: String) throws {
        let cli = try expectBagRefused(
            name, Array("The statement.\n".utf8),
            error: "error: Stopped: the protected real name of W-1 was found in the payload file names.")
        let json = cli.folder.appendingPathComponent("case.json")
        let refused = try cli.run(["export", "json", json.path], environment: Self.passphrase)
        #expect(refused.status == 1, "\(refused.stderr)")
        #expect(refused.stderr.contains("the protected real name of W-1"), "\(refused.stderr)")
        #expect(!FileManager.default.fileExists(atPath: json.path))
    }

    /// A witness's name in Chinese characters, in a statement saved in a Chinese or Japanese
    /// legacy encoding (GB18030, Big5, Shift_JIS, EUC-JP), each naming 朴永鎭 in its own form.
    static let eastAsian: [(String, [UInt8])] = [
        (
            "gb18030.txt",
            [
                0xC4, 0xBF, 0xBB, 0xF7, 0xD5, 0xDF, 0xC6, 0xD3, 0xD3, 0xC0, 0xD5, 0xF2, 0xCB, 0xB5, 0xCB, 0xFB, 0xB1, 0xBB, 0xB4,
                0xF8, 0xD7, 0xDF, 0xC1, 0xCB, 0xA1, 0xA3,
            ]
        ),
        (
            "big5.txt",
            [
                0xA5, 0xD8, 0xC0, 0xBB, 0xAA, 0xCC, 0xA6, 0xB5, 0xA5, 0xC3, 0xC2, 0xED, 0xBB, 0xA1, 0xA5, 0x4C, 0xB3, 0x51, 0xB1,
                0x61, 0xA8, 0xAB, 0xA4, 0x46, 0xA1, 0x43,
            ]
        ),
        (
            "shift-jis.txt",
            [
                0x96, 0xDA, 0x8C, 0x82, 0x8E, 0xD2, 0x82, 0xCC, 0x96, 0x70, 0x89, 0x69, 0x92, 0xC1, 0x82, 0xCD, 0x98, 0x41, 0x8D,
                0x73, 0x82, 0xB3, 0x82, 0xEA, 0x82, 0xBD, 0x82, 0xC6, 0x8F, 0x71, 0x82, 0xD7, 0x82, 0xBD, 0x81, 0x42,
            ]
        ),
        (
            "euc-jp.txt",
            [
                0xCC, 0xDC, 0xB7, 0xE2, 0xBC, 0xD4, 0xA4, 0xCE, 0xCB, 0xD1, 0xB1, 0xCA, 0xC4, 0xC3, 0xA4, 0xCF, 0xCF, 0xA2, 0xB9,
                0xD4, 0xA4, 0xB5, 0xA4, 0xEC, 0xA4, 0xBF, 0xA4, 0xC8, 0xBD, 0xD2, 0xA4, 0xD9, 0xA4, 0xBF, 0xA1, 0xA3,
            ]
        ),
    ]

    /// Seven-bit encodings that pass for ASCII, and a GB18030 statement with two stray bytes.
    static let sevenBitAndDamaged: [(String, [UInt8])] = [
        (
            "iso-2022-jp.txt",
            [
                0x1B, 0x24, 0x42, 0x3E, 0x5A, 0x3F, 0x4D, 0x4B, 0x51, 0x31, 0x4A, 0x44, 0x43, 0x24, 0x4F, 0x4F, 0x22, 0x39, 0x54,
                0x24, 0x35, 0x24, 0x6C, 0x24, 0x3F, 0x21, 0x23, 0x1B, 0x28, 0x42,
            ]
        ),
        ("utf-7.txt", Array("The witness +ZzRsOJOu said so.".utf8)),
        (
            "gb18030-damaged.txt",
            [
                0xC4, 0xBF, 0xBB, 0xF7, 0xD5, 0xDF, 0xC6, 0xD3, 0xD3, 0xC0, 0x80, 0xD5, 0xF2, 0xCB, 0xB5, 0xCB, 0xFB, 0xB1, 0xBB,
                0xB4, 0xF8, 0xD7, 0xDF, 0xC1, 0xCB, 0xA1, 0xA3, 0xFF,
            ]
        ),
    ]

    @Test(arguments: eastAsian + sevenBitAndDamaged)
    func aNameInAChineseOrJapaneseLegacyEncodingStopsTheBag(_ file: (String, [UInt8])) throws {
        _ = try expectBagRefused(
            file.0, file.1,
            error: "error: Stopped: evidence item E-1 (\(file.0)) contains the protected real name of W-1. Nothing was written.",
            witness: "박영진 (朴永鎭)")
    }

    @Test func utf16WithoutAByteOrderMarkGoesOutWithoutAWarningWhenClean() throws {
        let cli = try CLI.protectedCase(["--name", "김철수"])
        let path = try cli.makeFile("clean.txt", Self.utf16("증인은 그날 밤 끌려갔다고 말했다.\r\n", bigEndian: false))
        #expect(try cli.run(["evidence", "add", path]).status == 0)
        let result = try cli.run(["export", "bagit", cli.folder.appendingPathComponent("bag").path], environment: Self.passphrase)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stderr.contains("could not be fully checked"), "\(result.stderr)")
    }

    /// Files that hide text in something Casebook does not read, and the warning each gets.
    static let unread: [(String, [UInt8], String)] = [
        (
            "latin.txt", [0x4B, 0x69, 0x6D, 0xFF, 0xFF, 0x20, 0x80, 0x0A],
            "text in an encoding it does not name (neither UTF-8 nor Korean CP949)"
        ),
        ("page.html", Array(#"<meta charset="x-private"><p>Kim</p>"#.utf8), "text in the charset x-private it declares"),
        ("cp.rtf", Array(#"{\rtf1\ansi\ansicpg99999 \'b1\'e8\par}"#.utf8), #"text in its code page 99999 (\ansicpg99999)"#),
        (
            "object.rtf", Array(#"{\rtf1\ansi See {\object\objemb{\*\objdata 0105000002}}\par}"#.utf8),
            #"an object embedded in it (\object)"#
        ),
        (
            "uu.eml", Array((mail + "Content-Transfer-Encoding: x-uuencode\r\n\r\nbegin 644 a\r\n").utf8),
            "a part in the transfer encoding x-uuencode"
        ),
        (
            "charset.eml", Array((mail + "Content-Type: text/plain; charset=x-private\r\n\r\nKim\r\n").utf8),
            "a part in the charset x-private"
        ),
        ("deep.eml", Array(deepMail.utf8), "parts nested more than 20 deep"),
    ]

    /// A message whose text is 21 multiparts deep.
    static var deepMail: String {
        var text = mail
        for level in 0...20 { text += "Content-Type: multipart/mixed; boundary=\"b\(level)x\"\r\n\r\n--b\(level)x\r\n" }
        return text + "Content-Type: text/plain\r\n\r\nSee attached.\r\n"
    }

    @Test(arguments: unread)
    func whatCannotBeReadGoesOutWithAWarning(_ file: (String, [UInt8], String)) throws {
        let cli = try CLI.protectedCase(["--name", "김철수"])
        let path = try cli.makeFile(file.0, file.1)
        #expect(try cli.run(["evidence", "add", path]).status == 0)
        let bag = cli.folder.appendingPathComponent("bag")
        let result = try cli.run(["export", "bagit", bag.path], environment: Self.passphrase)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stderr.contains(
                "warning: E-1 (\(file.0)) could not be fully checked for witness identities: Casebook does not read \(file.2)."),
            "\(result.stderr)")
    }
}
