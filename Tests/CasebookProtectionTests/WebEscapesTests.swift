import CasebookModel
import Foundation
import Testing

@testable import CasebookProtection

/// CSS escapes, `%u` escapes, quoted-printable in plain text, punycode labels, base64 `data:`
/// URIs and elements hidden from view: each is read by the leak guard wherever text goes.
@Suite("web escapes and hidden elements are read by the leak guard")
struct WebEscapesTests {
    static let check = LeakGuard(
        scanner: LeakScanner(identities: [ProtectedIdentity(witness: RecordID(.witness, 2), field: .name, value: "박영진")]))

    func found(_ text: String) -> Bool {
        (try? Self.check.check(text, place: "test")) == nil
    }

    @Test func cssEscapes() {
        #expect(found(#"p::after { content: "\BC15 \C601 \C9C4 " }"#))
        #expect(found(#"content:"\00BC15\00C601\00C9C4""#))
    }

    @Test func percentUAndQuotedPrintable() {
        #expect(found("q=%uBC15%uC601%uC9C4&x=1"))
        #expect(found("witness: =EB=B0=95=EC=98=81=EC=A7=84 (interview)"))
        #expect(found("witness: =EB=B0=95=EC=98=\n=81=EC=A7=84"))
    }

    @Test func punycodeLabels() {
        #expect(Punycode.decode("bh3bm5pt4c") == "박영진")
        #expect(found("see http://xn--bh3bm5pt4c.example/ for details"))
        #expect(found("xn--bh3bm5pt4c.txt"))
        #expect(!found("xn--zzzz and xn-- and xn--80ak6aa92e.com"))
    }

    @Test func base64DataURIsNestedOnce() {
        let inner = "data:text/plain;base64," + Data("witness 박영진".utf8).base64EncodedString()
        #expect(found(#"<a href="\#(inner)">x</a>"#))
        let svg = "<svg><text>" + #"<a href="\#(inner)"/>"# + "</text></svg>"
        #expect(found(#"<img src="data:image/svg+xml;base64,\#(Data(svg.utf8).base64EncodedString())">"#))
        #expect(!found("data:text/plain;base64," + Data("nothing here".utf8).base64EncodedString()))
    }

    @Test func hiddenElementsSplittingAName() throws {
        let html = #"<p>Pak Yong-<span style="display: none">x</span>jin and 박영<b hidden>z</b>진</p>"#
        let decoded = try #require(
            TextDecoding.decode(Array(html.utf8), mediaType: "text/html", name: "a.html", keepingOrigins: false))
        #expect(decoded.hidden.contains("Pak Yong-jin"))
        #expect(decoded.hidden.contains("박영진"))
        #expect(HiddenElements.removed(from: Array("<p>plain</p>".utf8)) == nil)
    }
}
