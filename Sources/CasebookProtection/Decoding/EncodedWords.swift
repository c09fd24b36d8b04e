import Foundation

/// RFC 2047's encoded words: `=?charset?B?base64?=` and `=?charset?Q?quoted_printable?=`.
enum EncodedWords {
    /// The text of the encoded word at `start`, if there is one, and where it ends.
    static func word(in input: [UInt8], at start: Int, limit: Int) -> (String, Int)? {
        guard let word = raw(in: input, at: start, limit: limit) else { return nil }
        return (text(word.bytes, charset: word.charset), word.end)
    }

    /// Decoded bytes of encoded words in `charset` as text (as UTF-8 if iconv does not know it).
    /// Words whose charset may be wrong (`iso-8859-1` or `us-ascii` around CP949 bytes, as some
    /// Korean mail programs send) are followed by their CP949 reading when it finds Hangul.
    static func text(_ bytes: [UInt8], charset: String) -> String {
        let labelled =
            Charset.isUTF8(charset)
            ? String(decoding: bytes, as: UTF8.self)
            : Charset.decode(bytes, charset: charset) ?? String(decoding: bytes, as: UTF8.self)
        guard !Charset.isUTF8(charset) || String(validating: bytes, as: UTF8.self) == nil,
            let korean = KoreanSecondReading.of(bytes, labelled: charset)
        else { return labelled }
        return labelled + " " + korean
    }

    /// The encoded word at `start`: its charset, its bytes (not yet read in that charset, so that
    /// adjacent words can be joined first) and where it ends.
    static func raw(in input: [UInt8], at start: Int, limit: Int) -> (charset: String, bytes: [UInt8], end: Int)? {
        guard start + 1 < limit, input[start] == UInt8(ascii: "="), input[start + 1] == UInt8(ascii: "?") else { return nil }
        var marks: [Int] = []
        var index = start + 2
        while index < limit, index - start < 1000, marks.count < 2 {
            let byte = input[index]
            if byte == 0x20 || byte == 0x0D || byte == 0x0A { return nil }
            if byte == UInt8(ascii: "?") { marks.append(index) }
            index += 1
        }
        guard marks.count == 2, marks[1] == marks[0] + 2 else { return nil }
        var end = marks[1] + 1
        while end + 1 < limit, !(input[end] == UInt8(ascii: "?") && input[end + 1] == UInt8(ascii: "=")) {
            if input[end] == 0x20 || input[end] == 0x0A { return nil }
            end += 1
        }
        guard end + 1 < limit else { return nil }
        var charset = String(decoding: input[(start + 2)..<marks[0]], as: UTF8.self)
        if let star = charset.firstIndex(of: "*") { charset = String(charset[..<star]) }
        let payload = input[(marks[1] + 1)..<end]
        let decoded: [UInt8]
        switch input[marks[0] + 1] | 0x20 {
        case UInt8(ascii: "b"): decoded = MailDecoder.base64(payload)
        case UInt8(ascii: "q"):
            let underscored = payload.map { $0 == UInt8(ascii: "_") ? 0x20 : $0 }
            decoded = MailDecoder.quotedPrintable(underscored, 0..<underscored.count).0
        default: return nil
        }
        return (charset, decoded, end + 2)
    }

    /// A header value's text with its encoded words decoded, for reading parameters.
    static func plain(_ bytes: ArraySlice<UInt8>) -> String {
        String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\r", with: "").replacingOccurrences(of: "\n", with: "")
    }
}
