/// A record's field, a note or a metadata value read as a browser or a JSON reader would show it:
/// `Kim Ch&#111;l-su`, `&#44608;&#52384;&#49688;`, `Kim <b>Chol</b>-su` and `\uae40\ucca0\uc218` are
/// names too. The leak guard reads every text it checks this way as well, not only the files
/// whose type says they are HTML or JSON: a typed note is scanned as it will be read.
package enum FieldEscapes {
    /// The text with its character references and tags read, and with its `\u` escapes read;
    /// none when it holds neither.
    package static func readings(of text: String) -> [String] {
        let bytes = Array(text.utf8)
        var readings: [String] = []
        if bytes.contains(UInt8(ascii: "&")) || bytes.contains(UInt8(ascii: "<")) {
            var markup = MarkupDecoder(bytes, keepingOrigins: false)
            let decoded = String(decoding: markup.run().bytes, as: UTF8.self)
            if decoded != text { readings.append(decoded) }
        }
        if bytes.contains(UInt8(ascii: "\\")), EscapeDecoder.hasEscapes(bytes) {
            readings.append(String(decoding: EscapeDecoder(input: bytes).run(keepingOrigins: false).bytes, as: UTF8.self))
        }
        return readings
    }
}
