import Foundation
import Testing

/// Evidence whose text is encoded (HTML entities and tags, JSON escapes, RTF control words, e-mail
/// transfer encodings and encoded words) must not carry a sealed name out of the case: the bag
/// refuses it, and `evidence redact` replaces the encoded form, checked by decoding the copy with
/// Python's own parsers. Items whose text Casebook cannot read go out with a warning naming them.
@Suite("the leak scan reads encoded evidence")
struct EncodedEvidenceLeakTests {
    static let passphrase = CLI.testPassphrase

    /// One evidence file holding the sealed name 김철수 in an encoding, and how Python decodes it.
    struct Encoded: CustomTestStringConvertible, Sendable {
        let name: String
        let text: String
        let decoder: String
        var testDescription: String { name }
    }

    static let mail = "From: a@example.org\r\nTo: b@example.org\r\nMIME-Version: 1.0\r\n"

    static let files: [Encoded] = [
        Encoded(name: "page.html", text: "<p>The witness Kim&nbsp;Chol-su spoke.</p>", decoder: "html"),
        Encoded(name: "numeric.html", text: "<p>&#44608;&#52384;&#49688; spoke.</p>", decoder: "html"),
        Encoded(name: "hex.htm", text: "<div>&#xae40;&#xCCA0;&#xc218;</div>", decoder: "html"),
        Encoded(name: "named.xhtml", text: "<p>Kim Ch&ocirc;l-su</p>", decoder: "html"),
        Encoded(name: "tags.html", text: "<p>Kim <b>Chol</b>-su was beaten.</p>", decoder: "html"),
        Encoded(name: "record.xml", text: "<record><who>&#44608;&#52384;&#49688;</who></record>", decoder: "html"),
        Encoded(name: "saved-page.txt", text: "<html><body>김<span>철</span>수</body></html>", decoder: "html"),
        Encoded(name: "export.json", text: #"{"statement": "\uae40\ucca0\uc218 was taken away"}"#, decoder: "json"),
        Encoded(name: "lines.json", text: #"{"statement": "the witness is Kim\nChol-su"}"#, decoder: "json"),
        Encoded(name: "unicode.rtf", text: #"{\rtf1\ansi\uc1 Witness: \u44608?\u52384?\u49688?\par}"#, decoder: "rtf"),
        Encoded(
            name: "korean.rtf", text: #"{\rtf1\ansi\ansicpg949 {\fonttbl{\f0 Batang;}}\'b1\'e8\'c3\'b6\'bc\'f6\par}"#,
            decoder: "rtf"),
        Encoded(name: "groups.rtf", text: #"{\rtf1\ansi Kim {\b Chol}-su\par}"#, decoder: "rtf"),
        Encoded(
            name: "base64.eml",
            text: mail + "Subject: notes\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                + "VGVzdGltb255IG9mIOq5gOyyoOyImCwgSG9lcnlvbmcuDQo=\r\n", decoder: "mail"),
        Encoded(
            name: "soft-break.eml",
            text: mail
                + "Subject: notes\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
                + "The witness Kim Ch=\r\nol-su and =EA=B9=80=EC=B2=A0=EC=88=98 are one.\r\n", decoder: "mail"),
        Encoded(name: "subject-b.eml", text: mail + "Subject: =?UTF-8?B?6rmA7LKg7IiY?=\r\n\r\nSee attached.\r\n", decoder: "mail"),
        Encoded(
            name: "subject-q.eml", text: mail + "Subject: =?utf-8?q?Kim_Ch?=\r\n =?utf-8?q?ol-su?=\r\n\r\nSee attached.\r\n",
            decoder: "mail"),
        Encoded(
            name: "multipart.eml",
            text: mail + "Subject: notes\r\nContent-Type: multipart/alternative; boundary=\"XYZ\"\r\n\r\n--XYZ\r\n"
                + "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n6rmA7LKg7IiY\r\n--XYZ\r\n"
                + "Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
                + "<p>&#44608;=\r\n&#52384;&#49688;</p>\r\n--XYZ--\r\n", decoder: "mail"),
        Encoded(
            name: "forwarded.txt",
            text: mail + "Subject: fwd\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                + "6rmA7LKg7IiY\r\n", decoder: "mail"),
    ]

    /// Decodes a file as its format's own reader would and prints the text (Python's html, json
    /// and email modules; RTF with its Unicode and code-page escapes read).
    static let decodeScript = #"""
        import sys, html, json, re, email, email.policy
        kind, path = sys.argv[1], sys.argv[2]
        data = open(path, 'rb').read()
        if kind == 'html':
            text = html.unescape(re.sub(r'<[^>]*>', '', data.decode()))
        elif kind == 'json':
            text = json.dumps(json.loads(data.decode()), ensure_ascii=False) + ' ' + json.loads(data.decode())['statement']
        elif kind == 'rtf':
            raw = data.decode()
            raw = re.sub(r"\\u(-?\d+)\??", lambda m: chr(int(m.group(1)) % 65536), raw)
            raw = re.sub(r"((?:\\'[0-9a-f]{2})+)", lambda m: bytes.fromhex(m.group(1).replace("\\'", '')).decode('cp949', 'replace'), raw)
            text = re.sub(r'\\[a-z]+-?\d* ?|[{}]', '', raw)
        else:
            message = email.message_from_bytes(data, policy=email.policy.default)
            parts = [str(message['subject'])]
            for part in message.walk():
                if part.get_content_maintype() == 'text':
                    parts.append(part.get_content())
            text = '\n'.join(parts)
            text += html.unescape(re.sub(r'<[^>]*>', '', text))
        print(text)
        """#

    /// The decoded text of a file, by Python.
    func decoded(_ cli: CLI, _ path: String, as kind: String) throws -> String {
        let script = try cli.makeFile("decode.py", Array(Self.decodeScript.utf8))
        let result = try cli.tool("python3", [script, kind, path])
        #expect(result.status == 0, "\(result.output)")
        return result.output
    }

    @Test(arguments: files)
    func anEncodedNameStopsTheBagAndIsRedacted(_ file: Encoded) throws {
        let cli = try CLI.protectedCase(["--name", "김철수"], signingKey: true)
        let path = try cli.makeFile(file.name, Array(file.text.utf8))
        #expect(try cli.run(["evidence", "add", path]).status == 0)
        // Python reads the name in it: the test file really holds it.
        let original = try decoded(cli, path, as: file.decoder).replacingOccurrences(of: "\u{A0}", with: " ")
            .replacingOccurrences(of: "\n", with: " ")
        #expect(original.contains("김철수") || original.contains("Kim Chol-su") || original.contains("Kim Chôl-su"), "\(original)")

        let bag = cli.folder.appendingPathComponent("bag")
        let before = try cli.databaseDump()
        let stopped = try cli.run(["export", "bagit", bag.path], environment: Self.passphrase)
        #expect(stopped.status == 1, "\(file.name): \(stopped.stderr)")
        #expect(
            stopped.errorLines.first?.hasPrefix(
                "error: Stopped: evidence item E-1 (\(file.name)) contains the protected real name of W-1. Nothing was written.")
                == true, "\(stopped.stderr)")
        #expect(!FileManager.default.fileExists(atPath: bag.path))
        #expect(try cli.databaseDump() == before)

        let copy = cli.folder.appendingPathComponent("redacted-" + file.name)
        let redacted = try cli.run(["evidence", "redact", "E-1", "--out", copy.path], environment: Self.passphrase)
        #expect(redacted.status == 0, "\(file.name): \(redacted.stderr)")
        let text = try decoded(cli, copy.path, as: file.decoder)
        for form in ["김철수", "철수", "Chol", "Chôl", "&#", "\\u"] {
            #expect(!text.contains(form), "\(file.name): \(form) is left in \(text)")
        }
        #expect(text.contains("[REDACTED]"), "\(text)")
        // The redacted copy passes the scan, and goes in a bag.
        let exported = try cli.run(["export", "bagit", bag.path, "--evidence", "E-2"], environment: Self.passphrase)
        #expect(exported.status == 0, "\(file.name): \(exported.stderr)")
    }

    @Test func plainTextIsRedactedAsBefore() throws {
        let cli = try CLI.protectedCase(["--name", "김철수"])
        let path = try cli.makeFile("t.txt", Array("Q: Name?\nA: KIM CHOL-SU, from Hoeryong; 김철수는 말했다.\n".utf8))
        #expect(try cli.run(["evidence", "add", path]).status == 0)
        let copy = cli.folder.appendingPathComponent("copy.txt")
        #expect(try cli.run(["evidence", "redact", "E-1", "--out", copy.path], environment: Self.passphrase).status == 0)
        #expect(try String(contentsOf: copy, encoding: .utf8) == "Q: Name?\nA: [REDACTED], from Hoeryong; [REDACTED]는 말했다.\n")
    }

    @Test func itemsThatCannotBeReadGoOutWithAWarningNamingThem() throws {
        let cli = try CLI.protectedCase(["--name", "김철수"])
        let pdf = try cli.makeFile("report.pdf", Array("%PDF-1.4\n1 0 obj\n".utf8))
        let attachment =
            Self.mail
            + "Subject: report\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\n"
            + "See the report.\r\n--b\r\nContent-Type: application/pdf; name=\"scan.pdf\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
            + "JVBERi0xLjQK\r\n--b--\r\n"
        let mail = try cli.makeFile("mail.eml", Array(attachment.utf8))
        #expect(try cli.run(["evidence", "add", pdf, mail]).status == 0)
        let bag = cli.folder.appendingPathComponent("bag")
        let result = try cli.run(["export", "bagit", bag.path], environment: Self.passphrase)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stderr.contains(
                "warning: E-1 (report.pdf) could not be fully checked for witness identities: Casebook does not read text inside PDF files."
            ), "\(result.stderr)")
        #expect(
            result.stderr.contains(
                "warning: E-2 (mail.eml) could not be fully checked for witness identities: Casebook does not read its attachment scan.pdf."
            ), "\(result.stderr)")
    }
}
