import Foundation

/// Text that is not UTF-8: in a charset its markup declares (`<meta charset="euc-kr">`, an XML
/// prolog's `encoding="EUC-KR"`), in ISO-2022-KR (seven-bit, so it looks like plain ASCII), or
/// in no charset it names at all, as a Korean text file saved by Windows usually is (CP949). Each
/// is read through iconv, so that a Korean name in it is found; a text that none of these reads
/// is reported as not read, never passed in silence as stray bytes.
package enum LegacyText {
    /// The text's reading, or nil when it is UTF-8 and declares no other charset. `unread` says
    /// what could not be read ("text in the charset x-unknown it declares").
    static func read(_ bytes: [UInt8], keepingOrigins: Bool) -> (output: DecodingOutput?, unread: String?)? {
        let sources = keepingOrigins ? (0..<bytes.count).map { $0..<($0 + 1) } : []
        func reading(_ charset: String) -> DecodingOutput {
            var output = DecodingOutput(keepingOrigins: keepingOrigins)
            output.appendText(bytes, sources: keepingOrigins ? sources : [0..<bytes.count], charset: charset)
            return output
        }
        // Browsers read a page that declares UTF-16 as UTF-8: its declaration was readable as ASCII.
        if let declared = declaredCharset(bytes), !Charset.isUTF8(declared),
            !["utf-16", "utf-32", "ucs-2", "ucs-4"].contains(where: declared.lowercased().hasPrefix)
        {
            // A charset that does not keep ASCII as it is (UTF-7, EBCDIC) would turn the markup
            // itself into something else: such a declaration is reported, not followed.
            guard Charset.isKnown(declared),
                Charset.decode(asciiProbe, charset: declared) == String(decoding: asciiProbe, as: UTF8.self)
            else { return (nil, "text in the charset \(declared) it declares") }
            // Plain ASCII needs no reading (most Western pages); ISO-2022-KR shifts with SO and ESC.
            if bytes.allSatisfy({ $0 < 0x80 && $0 != 0x1B && $0 != 0x0E && $0 != 0x0F }) { return nil }
            var declaredReading = reading(declared)
            // A wrong label is common (a Korean page saved as windows-1252): when the label is not
            // Korean, the bytes are read as CP949 too, and that reading is scanned if it has Hangul.
            if Charset.iconvName(declared) != "CP949" {
                let korean = reading("CP949")
                if hasHangul(korean.bytes) {
                    declaredReading.append("\n\n", from: bytes.count..<bytes.count)
                    declaredReading.appendDecoded(korean)
                }
            }
            return (declaredReading, nil)
        }
        if MarkupDecoder.find(bytes, "\u{1B}$)C", from: 0) != nil { return (reading("ISO-2022-KR"), nil) }
        // Japanese (and Chinese) in ISO-2022-JP: seven bits, so it passes for ASCII.
        if ["\u{1B}$B", "\u{1B}$@", "\u{1B}$("].contains(where: { MarkupDecoder.find(bytes, $0, from: 0) != nil }) {
            var japanese = reading("ISO-2022-JP-2")
            japanese.append("\n\n", from: bytes.count..<bytes.count)
            japanese.appendDecoded(reading("ISO-2022-JP-3"))
            return (japanese, nil)
        }
        // UTF-7 (`+rkDMoMIY-`) passes for ASCII too: read as written, and as UTF-7.
        if bytes.allSatisfy({ $0 < 0x80 }), looksLikeUTF7(bytes) {
            let utf7 = reading("UTF-7")
            if hasHangul(utf7.bytes) || hasChineseOrKana(utf7.bytes) {
                var both = reading("ISO-8859-1")  // the ASCII as written
                both.append("\n\n", from: bytes.count..<bytes.count)
                both.appendDecoded(utf7)
                return (both, nil)
            }
        }
        guard String(validating: bytes, as: UTF8.self) == nil else { return nil }
        // Chinese and Japanese text saved in their own legacy encodings: each reading that takes
        // the whole file without a stray byte and finds Chinese characters or kana is scanned too
        // (a GB18030 file also reads as CP949, into Hangul that means nothing).
        let eastAsian = eastAsianCharsets.map(reading).filter { output in
            fewReplacements(output.bytes) && hasChineseOrKana(output.bytes)
        }
        var korean = reading("CP949")
        guard hasHangul(korean.bytes) else {
            guard var first = eastAsian.first else { return (nil, unnamedEncoding) }
            for other in eastAsian.dropFirst() {
                first.append("\n\n", from: bytes.count..<bytes.count)
                first.appendDecoded(other)
            }
            return (first, nil)
        }
        // Read as Windows' Western code page too: "Chôl" saved by an old Windows program.
        korean.append("\n\n", from: bytes.count..<bytes.count)
        korean.appendDecoded(reading("CP1252"))
        for other in eastAsian {
            korean.append("\n\n", from: bytes.count..<bytes.count)
            korean.appendDecoded(other)
        }
        return (korean, nil)
    }

    /// The legacy encodings of Chinese and Japanese text read besides CP949.
    static let eastAsianCharsets = ["GB18030", "BIG5-HKSCS", "SHIFT_JIS", "EUC-JP"]

    /// Whether decoded UTF-8 bytes hold few U+FFFD, bytes the charset could not read: a stray
    /// byte or two (a damaged file, a byte appended) does not stop the reading; a text in another
    /// encoding, which leaves many, does.
    static func fewReplacements(_ bytes: [UInt8]) -> Bool {
        var count = 0
        var start = 0
        while let found = bytes[start...].firstRange(of: [0xEF, 0xBF, 0xBD]) {
            count += 1
            start = found.upperBound
        }
        return count <= max(2, bytes.count / 150)
    }

    /// Whether ASCII text holds a UTF-7 shifted run: `+`, then at least four base64 characters.
    static func looksLikeUTF7(_ bytes: [UInt8]) -> Bool {
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "+") {
                var end = index + 1
                while end < bytes.count, WebEscapes.isBase64(bytes[end]), bytes[end] != UInt8(ascii: "=") { end += 1 }
                if end - index - 1 >= 4 { return true }
            }
            index += 1
        }
        return false
    }

    /// Whether UTF-8 bytes hold a Chinese character or kana.
    static func hasChineseOrKana(_ bytes: [UInt8]) -> Bool {
        String(decoding: bytes, as: UTF8.self).unicodeScalars.contains {
            (0x3040...0x30FF).contains($0.value) || (0x4E00...0x9FFF).contains($0.value)
        }
    }

    /// What is not read in a text that is neither UTF-8 nor CP949 and names no charset.
    package static let unnamedEncoding = "text in an encoding it does not name (neither UTF-8 nor Korean CP949)"

    /// Every ASCII character a name or markup uses, to tell a charset that keeps ASCII as it is.
    static let asciiProbe = Array((0x20..<0x7F).map { UInt8($0) } + [0x09, 0x0A, 0x0D])

    /// The charset a document declares in its first 4 KB: `<meta charset=…>`, `<meta
    /// http-equiv="Content-Type" content="text/html; charset=…">` or `<?xml … encoding="…"?>`.
    static func declaredCharset(_ bytes: [UInt8]) -> String? {
        let head = String(decoding: bytes.prefix(4096).map { $0 < 0x80 ? $0 : 0x20 }, as: UTF8.self)
        let patterns = [
            #"<\?xml[^>]*\bencoding\s*=\s*["']?([A-Za-z0-9_.:+-]+)"#,
            #"<meta\b[^>]*\bcharset\s*=\s*["']?([A-Za-z0-9_.:+-]+)"#,
        ]
        for pattern in patterns {
            guard let expression = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]),
                let match = expression.firstMatch(in: head, range: NSRange(head.startIndex..., in: head)),
                let range = Range(match.range(at: 1), in: head)
            else { continue }
            return String(head[range])
        }
        return nil
    }

    /// The bytes read whole as CP949, if that finds Hangul in them.
    static func koreanReading(_ bytes: [UInt8]) -> String? {
        guard let text = Charset.decode(bytes, charset: "CP949"), hasHangul(Array(text.utf8)) else { return nil }
        return text
    }

    /// Whether UTF-8 bytes hold a Hangul syllable.
    static func hasHangul(_ bytes: [UInt8]) -> Bool {
        String(decoding: bytes, as: UTF8.self).unicodeScalars.contains { (0xAC00...0xD7A3).contains($0.value) }
    }
}
