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
        if bytes.contains(UInt8(ascii: "\\")) || bytes.contains(UInt8(ascii: "+")),
            let codePoints = codePointEscapes(text), codePoints != text
        {
            readings.append(codePoints)
        }
        return readings
    }

    /// Escapes that name a code point in other ways: `\u{AE40}` (Swift, JavaScript), `\U0000AE40`
    /// (Python, C), RTF's `\u44608?` (decimal, with a fallback character) and `U+AE40`.
    static func codePointEscapes(_ text: String) -> String? {
        let patterns: [(String, Int)] = [
            (#"\\u\{([0-9A-Fa-f]{1,6})\}"#, 16), (#"\\U([0-9A-Fa-f]{8})"#, 16), (#"\\u(-?[0-9]{2,6})\??"#, 10),
            (#"U\+([0-9A-Fa-f]{4,6})\s?"#, 16),
        ]
        var result = text
        var changed = false
        for (pattern, radix) in patterns {
            guard let expression = try? Regex(pattern) else { continue }
            result = result.replacing(expression) { match in
                guard let digits = match.output[1].substring, var value = Int(digits, radix: radix) else {
                    return String(match.output[0].substring ?? "")
                }
                if value < 0 { value += 65_536 }  // RTF writes code points above 32767 as negative numbers
                guard let scalar = Unicode.Scalar(UInt32(clamping: value)) else { return String(match.output[0].substring ?? "") }
                changed = true
                return String(Character(scalar))
            }
        }
        return changed ? result : nil
    }
}
