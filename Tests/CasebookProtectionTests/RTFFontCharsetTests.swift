import Foundation
import Testing

@testable import CasebookProtection

/// RTF bytes (`\'b1\'e8`) are read in the code page of the font in force, as Word writes Korean
/// text; what cannot be read (an unknown code page, an embedded object) is reported.
@Suite("reading RTF in its fonts' charsets")
struct RTFFontCharsetTests {
    func decode(_ source: String) throws -> DecodedText {
        try #require(TextDecoding.decode(Array(source.utf8), mediaType: nil, name: "a.rtf", keepingOrigins: true))
    }

    static let fonts = #"{\fonttbl{\f0\froman\fcharset0 Times;}{\f1\fnil\fcharset129 Batang;}}"#

    @Test func aKoreanFontIsReadAsCP949UnderAWesternCodePage() throws {
        let decoded = try decode(#"{\rtf1\ansi\ansicpg1252\deff0"# + Self.fonts + #"Witness: {\f1 \'b1\'e8\'c3\'b6\'bc\'f6}\par}"#)
        #expect(decoded.text == "Witness: 김철수\n")
        #expect(decoded.unread.isEmpty)
        #expect(decoded.origins?.count == decoded.text.utf8.count)
    }

    @Test func theFontEndsWithItsGroupAndWithPlain() throws {
        let decoded = try decode(#"{\rtf1\ansi\ansicpg1252\deff0"# + Self.fonts + #"{\f1 \'b1\'e8}\'e9 \f1\'c3\'b6\plain\'e9}"#)
        #expect(decoded.text == "김é 철é")
    }

    @Test func aLineBreakInsideACharacterDoesNotSplitIt() throws {
        let decoded = try decode("{\\rtf1\\ansi\\ansicpg949 \\'b1\r\n\\'e8\\'c3\n\\'b6\\'bc\\'f6}")
        #expect(decoded.text == "김철수")
    }

    @Test func anUnknownCodePageIsReportedAsNotRead() throws {
        let decoded = try decode(#"{\rtf1\ansi\ansicpg99999 \'b1\'e8}"#)
        #expect(decoded.unread == [#"text in its code page 99999 (\ansicpg99999)"#])
    }

    @Test func anUnknownFontCharsetIsReportedAsNotRead() throws {
        let decoded = try decode(#"{\rtf1\ansi{\fonttbl{\f2\fcharset250 X;}}\f2\'b1\'e8}"#)
        #expect(decoded.unread == [#"text in the charset of its font \f2"#])
    }

    @Test func anEmbeddedObjectIsReportedAsNotRead() throws {
        let decoded = try decode(#"{\rtf1\ansi See {\object\objemb{\*\objclass Word.Document.8}{\*\objdata 0105000002}}\par}"#)
        #expect(decoded.unread == [#"an object embedded in it (\object)"#])
    }
}
