import Foundation

/// Escapes the web and mail put in any text, read wherever text goes out: CSS escapes
/// (`content:"\BC15 \C601 \C9C4 "`, `\00BC15`), JavaScript's `%uBC15`, quoted-printable runs in
/// plain text (`=EB=B0=95`), punycode labels (`xn--…`, RFC 3492) and base64 `data:` URIs (their
/// content decoded, and read through these escapes once more). A name written in any of them in a
/// page, a style sheet or a file name was not the name the scan looked for.
package enum WebEscapes {
    /// The text's readings with each kind of escape it holds decoded; empty if it has none.
    /// Most text holds none of their marks and costs one pass over its bytes.
    package static func readings(of text: String, nested: Bool = true) -> [String] {
        let bytes = Array(text.utf8)
        var marks = (backslash: false, percentU: false, equals: false, punycode: false, data: false)
        for index in bytes.indices {
            switch bytes[index] {
            case UInt8(ascii: "\\"): marks.backslash = true
            case UInt8(ascii: "%"): marks.percentU = marks.percentU || index + 1 < bytes.count && bytes[index + 1] | 0x20 == 0x75
            case UInt8(ascii: "="):
                marks.equals = marks.equals || index + 2 < bytes.count && MarkupDecoder.hexValue(bytes[index + 1]) != nil
            case UInt8(ascii: "-"):
                marks.punycode =
                    marks.punycode
                    || index >= 3 && bytes[index - 1] == UInt8(ascii: "-") && bytes[index - 2] | 0x20 == 0x6E
                        && bytes[index - 3] | 0x20 == 0x78
            case UInt8(ascii: ":"):
                marks.data =
                    marks.data || index >= 4 && String(decoding: bytes[(index - 4)..<index], as: UTF8.self).lowercased() == "data"
            default: break
            }
        }
        var readings: [String] = []
        if marks.backslash, let css = cssDecoded(bytes) { readings.append(css) }
        if marks.percentU, let escaped = percentUDecoded(bytes) { readings.append(escaped) }
        if marks.equals, let quoted = quotedPrintableDecoded(bytes) { readings.append(quoted) }
        if marks.punycode, let labels = Punycode.labelsDecoded(text) { readings.append(labels) }
        if marks.data {
            for content in dataURIContents(bytes) {
                readings.append(content)
                if nested { readings += Self.readings(of: content, nested: false) }
            }
        }
        return readings
    }

    /// `\` and one to six hex digits, and the one space that may end them, as CSS reads them.
    static func cssDecoded(_ bytes: [UInt8]) -> String? {
        var scalars = String.UnicodeScalarView()
        var found = false
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "\\") {
                var value: UInt32 = 0
                var end = index + 1
                while end < bytes.count, end - index <= 6, let digit = MarkupDecoder.hexValue(bytes[end]) {
                    value = value << 4 | UInt32(digit)
                    end += 1
                }
                if end > index + 1, value >= 0x80, let scalar = Unicode.Scalar(value) {
                    scalars.append(scalar)
                    if end < bytes.count, [0x20, 0x09, 0x0A].contains(bytes[end]) { end += 1 }
                    found = true
                    index = end
                    continue
                }
            }
            scalars.append(Unicode.Scalar(bytes[index]))
            index += 1
        }
        return found ? Self.reread(scalars) : nil
    }

    /// `%uXXXX`, as JavaScript's `escape()` writes a character.
    static func percentUDecoded(_ bytes: [UInt8]) -> String? {
        var scalars = String.UnicodeScalarView()
        var found = false
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "%"), index + 5 < bytes.count, bytes[index + 1] | 0x20 == 0x75 {
                let digits = (2...5).compactMap { MarkupDecoder.hexValue(bytes[index + $0]) }
                if digits.count == 4, let scalar = Unicode.Scalar(digits.reduce(UInt32(0)) { $0 << 4 | UInt32($1) }) {
                    scalars.append(scalar)
                    found = true
                    index += 6
                    continue
                }
            }
            scalars.append(Unicode.Scalar(bytes[index]))
            index += 1
        }
        return found ? Self.reread(scalars) : nil
    }

    /// `=XX` escapes and soft line breaks (`=` at a line's end) decoded to bytes, read as UTF-8.
    static func quotedPrintableDecoded(_ bytes: [UInt8]) -> String? {
        var result: [UInt8] = []
        var found = false
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "=") {
                if index + 2 < bytes.count, let high = MarkupDecoder.hexValue(bytes[index + 1]),
                    let low = MarkupDecoder.hexValue(bytes[index + 2])
                {
                    result.append(UInt8(high << 4 | low))
                    found = true
                    index += 3
                    continue
                }
                var next = index + 1
                while next < bytes.count, bytes[next] == 0x20 || bytes[next] == 0x09 { next += 1 }
                if next < bytes.count, bytes[next] == 0x0D || bytes[next] == 0x0A {
                    index = next + (next + 1 < bytes.count && bytes[next] == 0x0D && bytes[next + 1] == 0x0A ? 2 : 1)
                    continue
                }
            }
            result.append(bytes[index])
            index += 1
        }
        return found ? String(decoding: result, as: UTF8.self) : nil
    }

    /// The content of each base64 `data:` URI (`data:text/plain;base64,…`), read as UTF-8 (or as
    /// UTF-16 with a byte-order mark). Base64 may be broken by line breaks and spaces in markup.
    static func dataURIContents(_ bytes: [UInt8]) -> [String] {
        var contents: [String] = []
        var from = 0
        while let start = MarkupDecoder.find(bytes, "data:", from: from) ?? MarkupDecoder.find(bytes, "DATA:", from: from) {
            from = start + 5
            var index = from
            // The media type and parameters: up to the comma, within a sensible length.
            while index < bytes.count, index - from < 200, bytes[index] != UInt8(ascii: ","), bytes[index] > 0x20,
                bytes[index] != UInt8(ascii: "\""), bytes[index] != UInt8(ascii: "'")
            {
                index += 1
            }
            guard index < bytes.count, bytes[index] == UInt8(ascii: ","),
                String(decoding: bytes[from..<index], as: UTF8.self).lowercased().hasSuffix(";base64")
            else { continue }
            var end = index + 1
            var encoded: [UInt8] = []
            while end < bytes.count {
                let byte = bytes[end]
                if Self.isBase64(byte) {
                    // The URL-safe alphabet too.
                    encoded.append(
                        byte == UInt8(ascii: "-") ? UInt8(ascii: "+") : byte == UInt8(ascii: "_") ? UInt8(ascii: "/") : byte)
                } else if !(byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09) {
                    break
                }
                end += 1
            }
            from = end
            while encoded.count % 4 != 0 { encoded.append(UInt8(ascii: "=")) }
            guard let data = Data(base64Encoded: Data(encoded)) else { continue }
            let decoded = Array(data)
            if UTF16Text.isMarked(decoded) {
                contents.append(UTF16Text.decode(decoded, order: decoded[0] == 0xFE ? .bigEndian : .littleEndian, from: 2))
            } else {
                contents.append(String(decoding: decoded, as: UTF8.self))
            }
        }
        return contents
    }

    static func isBase64(_ byte: UInt8) -> Bool {
        (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte)
            || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "=")
            || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
    }

    /// Characters decoded from escapes as Latin-1 bytes, read again as UTF-8 when they are
    /// (`\EB\B0\95` is one Hangul syllable, not three Latin letters); as they are otherwise.
    private static func reread(_ scalars: String.UnicodeScalarView) -> String {
        let text = String(scalars)
        guard scalars.allSatisfy({ $0.value < 0x100 }) else { return text }
        return String(validating: scalars.map { UInt8($0.value) }, as: UTF8.self) ?? text
    }
}
