import Foundation
import Testing

@testable import CasebookProtection

/// Text an RTF document holds where a reader does not see it (comments and their authors, a
/// field's link, bookmarks, document variables, font and style names, any destination Casebook
/// does not know) is read for the leak scan, apart from the text a reader sees.
@Suite("reading the text an RTF document does not show")
struct RTFHiddenTextTests {
    func decode(_ source: String) throws -> DecodedText {
        try #require(TextDecoding.decode(Array(source.utf8), mediaType: nil, name: "a.rtf", keepingOrigins: true))
    }

    @Test(arguments: [
        #"{\*\atnauthor Kim Chol-su}\chatn{\*\annotation ok}"#, #"{\*\atnid Kim Chol-su}"#,
        #"{\upr{x}{\*\ud{Kim Chol-su}}}"#, #"{\*\bkmkstart Kim_Chol-su}x{\*\bkmkend Kim_Chol-su}"#,
        #"{\*\comment Kim Chol-su}"#, #"{\*\docvar {witness}{Kim Chol-su}}"#, #"{\*\x-private Kim Chol-su}"#,
        #"{\field{\*\fldinst HYPERLINK "mailto:x@example.org?subject=Kim Chol-su"}{\fldrslt mail}}"#,
        #"{\stylesheet{\s1 Kim Chol-su;}}"#, #"{\fonttbl{\f0 Kim Chol-su;}}"#,
        #"{\info{\*\company Kim Chol-su}}"#, #"{\*\revtbl{Unknown;}{Kim Chol-su;}}"#,
        #"{\*\atnauthor \u44608?\u52384?\u49688?}"#,
        #"{\fonttbl{\f1\fcharset129 \'b1\'e8\'c3\'b6\'bc\'f6;}}"#,
        #"{\fonttbl{\f1\cpg949 \'b1\'e8\'c3\'b6\'bc\'f6;}}"#,
        #"{\*\comment \'b1\'e8\'c3\'b6\'bc\'f6}"#,
    ])
    func hiddenTextIsRead(_ group: String) throws {
        let decoded = try decode(#"{\rtf1\ansi\ansicpg1252\deff0 "# + group + #" Statement.\par}"#)
        let hidden = decoded.hidden
        #expect(hidden.contains("Kim Chol-su") || hidden.contains("Kim_Chol-su") || hidden.contains("김철수"), "\(hidden)")
        #expect(!decoded.text.contains("Kim Chol-su"), "\(decoded.text)")
        #expect(decoded.text.contains("Statement."))
        #expect(decoded.origins?.count == decoded.text.utf8.count)
    }

    @Test func koreanBytesUnderAWesternCodePageAreReadAsCP949Too() throws {
        let decoded = try decode(#"{\rtf1\ansi\ansicpg1252 Witness: \'b1\'e8\'c3\'b6\'bc\'f6\par}"#)
        #expect(decoded.hidden.contains("김철수"), "\(decoded.hidden)")
    }

    @Test func aFontWithCodePage949ReadsItsText() throws {
        let decoded = try decode(#"{\rtf1\ansi\ansicpg1252{\fonttbl{\f1\cpg949 Gulim;}}{\f1 \'b1\'e8\'c3\'b6\'bc\'f6}\par}"#)
        #expect(decoded.text == "김철수\n")
    }

    @Test func picturesStayUnread() throws {
        let decoded = try decode(#"{\rtf1\ansi {\pict\pngblip 4b696d204368"# + #"6f6c2d7375}{\*\themedata 4b696d}x}"#)
        #expect(decoded.text == "x")
        #expect(decoded.hidden.isEmpty, "\(decoded.hidden)")
    }
}
