/// Text with percent-escapes (`%EA%B9%80…`, as a browser saves a download's name, or as a URL
/// carries a search) and RFC 2047 encoded words (`=?UTF-8?B?…?=`, as a mail program saves an
/// attachment's name) read as what they stand for, so that an evidence file named with its
/// witness's name in either form is found like one named in clear.
package enum EncodedNames {
    /// The text's readings with its escapes decoded (a percent-escaped name in UTF-8 and, if
    /// those bytes are not UTF-8, in CP949 as old Korean sites wrote it); empty if it has none.
    static func readings(of text: String) -> [String] {
        // Most text has neither: it is not copied (a transcript may be hundreds of megabytes).
        guard hasEscapes(text.utf8) else { return [] }
        var readings: [String] = []
        var bytes = Array(text.utf8)
        // A name escaped twice (`%25EA%25B9…`) is read through both.
        for _ in 0..<3 {
            guard let decoded = percentDecoded(bytes) else { break }
            bytes = decoded
            readings.append(String(decoding: bytes, as: UTF8.self))
            if String(validating: bytes, as: UTF8.self) == nil, let korean = Charset.decode(bytes, charset: "CP949") {
                readings.append(korean)
            }
        }
        for reading in [text] + readings {
            if let words = wordsDecoded(Array(reading.utf8)) { readings.append(words) }
        }
        return readings
    }

    /// Whether text has a `%` or an `=?`, where an escape or an encoded word could start.
    static func hasEscapes(_ text: String.UTF8View) -> Bool {
        var previous: UInt8 = 0
        for byte in text {
            if byte == UInt8(ascii: "%") || (previous == UInt8(ascii: "=") && byte == UInt8(ascii: "?")) { return true }
            previous = byte
        }
        return false
    }

    /// Bytes with each `%XX` replaced by the byte it stands for, or nil if there is none.
    static func percentDecoded(_ bytes: [UInt8]) -> [UInt8]? {
        guard bytes.contains(UInt8(ascii: "%")) else { return nil }
        var result: [UInt8] = []
        var found = false
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "%"), index + 2 < bytes.count, let high = MarkupDecoder.hexValue(bytes[index + 1]),
                let low = MarkupDecoder.hexValue(bytes[index + 2])
            {
                result.append(UInt8(high << 4 | low))
                found = true
                index += 3
            } else {
                result.append(bytes[index])
                index += 1
            }
        }
        return found ? result : nil
    }

    /// Text with its encoded words decoded, adjacent words in one charset together (a character
    /// may be split between them) and the space between two words dropped; nil if it has none.
    static func wordsDecoded(_ bytes: [UInt8]) -> String? {
        guard MarkupDecoder.find(bytes, "=?", from: 0) != nil else { return nil }
        var result = ""
        var found = false
        var index = 0
        var plainStart = 0
        while index < bytes.count {
            guard let first = EncodedWords.raw(in: bytes, at: index, limit: bytes.count) else {
                index += 1
                continue
            }
            result += String(decoding: bytes[plainStart..<index], as: UTF8.self)
            var decoded = first.bytes
            var end = first.end
            var charset = first.charset
            while true {
                var next = end
                while next < bytes.count, [0x0D, 0x0A, 0x20, 0x09].contains(bytes[next]) { next += 1 }
                guard let word = EncodedWords.raw(in: bytes, at: next, limit: bytes.count) else { break }
                if word.charset.lowercased() != charset.lowercased() {
                    result += EncodedWords.text(decoded, charset: charset)
                    decoded = []
                    charset = word.charset
                }
                decoded += word.bytes
                end = word.end
            }
            result += EncodedWords.text(decoded, charset: charset)
            found = true
            index = end
            plainStart = end
        }
        guard found else { return nil }
        return result + String(decoding: bytes[plainStart...], as: UTF8.self)
    }
}
