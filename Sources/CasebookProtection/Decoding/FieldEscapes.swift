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
            let codePoints = codePointEscapes(text)
        {
            readings.append(codePoints)
        }
        return readings
    }

    /// Escapes that name a code point in other ways: `\u{AE40}` (Swift, JavaScript), `\U0000AE40`
    /// (Python, C), RTF's `\u44608?` (decimal, with a fallback character) and `U+AE40`. Read in one
    /// pass over the bytes: the guard asks this of every text it checks.
    static func codePointEscapes(_ text: String) -> String? {
        let bytes = Array(text.utf8)
        var output: [UInt8] = []
        var index = 0
        var changed = false
        while index < bytes.count {
            if let (scalar, end) = codePoint(in: bytes, at: index) {
                UTF8.encode(scalar) { output.append($0) }
                index = end
                changed = true
            } else {
                output.append(bytes[index])
                index += 1
            }
        }
        return changed ? String(decoding: output, as: UTF8.self) : nil
    }

    /// The code point an escape at `start` names, and the offset just past the escape.
    static func codePoint(in bytes: [UInt8], at start: Int) -> (Unicode.Scalar, Int)? {
        /// The value of up to `most` digits from `from`, and where they end; nil for fewer than `least`.
        func number(from: Int, radix: Int, least: Int, most: Int) -> (value: Int, end: Int)? {
            var value = 0
            var end = from
            while end < bytes.count, end - from < most, let digit = Int(String(UnicodeScalar(bytes[end])), radix: radix) {
                value = value * radix + digit
                end += 1
            }
            return end - from >= least ? (value, end) : nil
        }
        func next(_ offset: Int) -> UInt8? { offset < bytes.count ? bytes[offset] : nil }
        var found: (value: Int, end: Int)?
        switch (bytes[start], next(start + 1)) {
        case (UInt8(ascii: "\\"), UInt8(ascii: "u")):
            if next(start + 2) == UInt8(ascii: "{") {
                if let braced = number(from: start + 3, radix: 16, least: 1, most: 6), next(braced.end) == UInt8(ascii: "}") {
                    found = (braced.value, braced.end + 1)
                }
            } else {
                // RTF writes code points above 32767 as negative numbers.
                let negative = next(start + 2) == UInt8(ascii: "-")
                if let decimal = number(from: start + (negative ? 3 : 2), radix: 10, least: 2, most: 6) {
                    let end = next(decimal.end) == UInt8(ascii: "?") ? decimal.end + 1 : decimal.end
                    found = (negative ? 65_536 - decimal.value : decimal.value, end)
                }
            }
        case (UInt8(ascii: "\\"), UInt8(ascii: "U")):
            found = number(from: start + 2, radix: 16, least: 8, most: 8)
        case (UInt8(ascii: "U"), UInt8(ascii: "+")):
            if let hex = number(from: start + 2, radix: 16, least: 4, most: 6) {
                found = (hex.value, next(hex.end) == UInt8(ascii: " ") ? hex.end + 1 : hex.end)
            }
        default:
            return nil
        }
        guard let found, let scalar = Unicode.Scalar(UInt32(clamping: found.value)) else { return nil }
        return (scalar, found.end)
    }
}
