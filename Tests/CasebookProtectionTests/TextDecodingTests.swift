import Foundation
import Testing

@testable import CasebookProtection

/// The decoders the leak scan reads evidence through: each encoded text reads as a person reads
/// it, and each decoded character maps back to the bytes it came from, which redaction replaces.
@Suite("decoding evidence text for the leak scan")
struct TextDecodingTests {
    struct Row: CustomTestStringConvertible, Sendable {
        let name: String
        let source: String
        let decoded: String
        var testDescription: String { "\(name): \(source.debugDescription)" }
    }

    static let rows: [Row] = [
        Row(name: "a.html", source: "Kim&nbsp;Chol-su", decoded: "Kim\u{A0}Chol-su"),
        Row(name: "a.html", source: "Kim&nbspChol-su", decoded: "Kim\u{A0}Chol-su"),
        Row(name: "a.html", source: "&#44608;&#xCCA0;&#xc218;", decoded: "김철수"),
        Row(name: "a.html", source: "Kim <b>Chol</b>-su", decoded: "Kim Chol-su"),
        // HTML5's names, and numbers with leading zeros.
        Row(
            name: "a.html", source: "Kim Chol&hyphen;su kcs75&commat;example&period;org",
            decoded: "Kim Chol\u{2010}su kcs75@example.org"),
        Row(
            name: "a.html", source: "Kim&NewLine;Ch&ZeroWidthSpace;ol&dash;su &plus;82", decoded: "Kim\nCh\u{200B}ol\u{2010}su +82"),
        Row(name: "a.html", source: "K&#000000000105;m &#x00000000000069;", decoded: "Kim i"),
        Row(name: "a.html", source: "<p>Kim</p><p>Lee</p>", decoded: "\nKim\n\nLee\n"),
        Row(name: "a.html", source: "<img alt=\"&#44608;&#52384;&#49688;\">x", decoded: "x\n\n김철수\n"),
        Row(name: "a.txt", source: "<!-- Kim --> &Kappa;im", decoded: " Κim"),
        Row(name: "a.json", source: #"["\uae40\ucca0\uc218", "a\nb", "\ud83d\ude00"]"#, decoded: "[\"김철수\", \"a\nb\", \"😀\"]"),
        Row(
            name: "a.json", source: #"{"a": "Kim \u003cb\u003eChol\u003c/b\u003e-su \u0026#44608;"}"#,
            decoded: "{\"a\": \"Kim Chol-su 김\"}"),
        Row(name: "a.rtf", source: #"{\rtf1\ansi\uc1 \u44608?\u52384?\u49688?\par}"#, decoded: "김철수\n"),
        Row(name: "a.rtf", source: #"{\rtf1\ansi\ansicpg949 \'b1\'e8\'c3\'b6\'bc\'f6}"#, decoded: "김철수"),
        Row(name: "a.rtf", source: #"{\rtf1{\fonttbl{\f0 Arial;}}Kim {\b Chol}-su}"#, decoded: "Kim Chol-su"),
        Row(
            name: "a.eml", source: "From: a\r\nSubject: =?UTF-8?B?6rmA?= =?UTF-8?Q?=EC=B2=A0=EC=88=98?=\r\n\r\nx=\r\ny\r\n",
            decoded: "from: a\nsubject: 김철수\n\nx=\r\ny\r\n\n"),
    ]

    @Test(arguments: rows)
    func decodes(_ row: Row) throws {
        let decoded = try #require(
            TextDecoding.decode(Array(row.source.utf8), mediaType: nil, name: row.name, keepingOrigins: true))
        #expect(decoded.text == row.decoded)
        #expect(decoded.origins?.count == decoded.text.utf8.count)
    }

    @Test func plainTextNeedsNoDecoding() {
        #expect(
            TextDecoding.decode(Array("Kim Chol-su said so.\n".utf8), mediaType: "text/plain", name: "a.txt", keepingOrigins: true)
                == nil)
    }

    @Test func decodedCharactersMapToTheirSourceBytes() throws {
        let source = "<p>Kim <b>Chol</b>-su &#44608;</p>"
        let decoded = try #require(
            TextDecoding.decode(Array(source.utf8), mediaType: "text/html", name: "a.html", keepingOrigins: true))
        let text = decoded.text
        let name = try #require(text.range(of: "Kim Chol-su"))
        let range =
            text.utf8.distance(
                from: text.startIndex, to: name.lowerBound)..<text.utf8.distance(from: text.startIndex, to: name.upperBound)
        let source8 = Array(source.utf8)
        #expect(String(decoding: source8[try #require(decoded.sourceRange(of: range))], as: UTF8.self) == "Kim <b>Chol</b>-su")
        let kim = try #require(text.range(of: "김"))
        let kimRange =
            text.utf8.distance(
                from: text.startIndex, to: kim.lowerBound)..<text.utf8.distance(from: text.startIndex, to: kim.upperBound)
        #expect(String(decoding: source8[try #require(decoded.sourceRange(of: kimRange))], as: UTF8.self) == "&#44608;")
    }

    @Test func aMessageSavedFromAMailboxIsReadAsMail() throws {
        let mbox = "From a@example.org Mon Jan  1 00:00:00 2024\nFrom: a\nSubject: =?UTF-8?B?6rmA7LKg7IiY?=\n\nhi\n"
        let decoded = try #require(TextDecoding.decode(Array(mbox.utf8), mediaType: nil, name: "inbox", keepingOrigins: false))
        #expect(decoded.text.contains("김철수"))
    }

    @Test func aQuotedPrintableSoftBreakCannotSplitAName() throws {
        let mail = "From: a\r\nTo: b\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nKim Ch=\r\nol-su\r\n"
        let decoded = try #require(TextDecoding.decode(Array(mail.utf8), mediaType: nil, name: "mail", keepingOrigins: false))
        #expect(decoded.text.contains("Kim Chol-su"))
    }
}
