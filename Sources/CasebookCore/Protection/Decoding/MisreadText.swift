import Foundation

/// Text that was read wrongly on its way into the case, read back as the Korean it was: a file
/// name whose CP949 bytes were kept as `\xB1\xE8…` escapes (not UTF-8, so escaped for display), a
/// metadata field or header read as Latin-1 or Windows-1252 ("±èÃ¶¼ö"), and CP949 bytes that are
/// valid UTF-8 by chance and so were never read as anything else. The leak scan reads each of
/// these too, wherever text leaves the case: names, metadata, logs and evidence text alike.
///
/// Cost: text with no character above ASCII and no `\x` (most names and English text) costs one
/// pass over its bytes. Other text is converted at most three times, and only a conversion that
/// finds Hangul is scanned.
enum MisreadText {
    /// The text's Korean readings (none for most text).
    static func readings(of text: String) -> [String] {
        var readings: [String] = []
        let utf8 = text.utf8
        let hasEscapes = hasByteEscapes(utf8)
        guard hasEscapes || utf8.contains(where: { $0 >= 0x80 }) else { return [] }
        if hasEscapes {
            let bytes = byteEscapesDecoded(Array(utf8))
            if let valid = String(validating: bytes, as: UTF8.self) { readings.append(valid) }
            if let korean = KoreanSecondReading.of(bytes, labelled: nil) { readings.append(korean) }
        }
        // Read as one byte per character: Latin-1, else Windows' Western code page.
        if let bytes = singleByteForm(of: text), let korean = KoreanSecondReading.of(bytes, labelled: "ISO-8859-1") {
            readings.append(korean)
        }
        if KoreanSecondReading.mayBeMisreadKorean(text), let korean = KoreanSecondReading.of(Array(utf8), labelled: nil) {
            readings.append(korean)
        }
        return readings
    }

    /// The bytes a Latin-1 or Windows-1252 reader would have read as this text, or nil if it holds
    /// a character neither has.
    static func singleByteForm(of text: String) -> [UInt8]? {
        if text.unicodeScalars.allSatisfy({ $0.value <= 0xFF }) { return text.unicodeScalars.map { UInt8($0.value) } }
        // U+2122 (™) is the highest character of Windows-1252: anything above is not from it.
        guard text.unicodeScalars.allSatisfy({ $0.value <= 0x2122 }),
            let data = text.data(using: .windowsCP1252, allowLossyConversion: false)
        else { return nil }
        return Array(data)
    }

    /// Whether text has a `\x` followed by two hex digits, as a name that was not UTF-8 is shown.
    static func hasByteEscapes(_ bytes: String.UTF8View) -> Bool {
        var previous: UInt8 = 0
        for byte in bytes {
            if previous == UInt8(ascii: "\\"), byte == UInt8(ascii: "x") || byte == UInt8(ascii: "X") { return true }
            previous = byte
        }
        return false
    }

    /// Bytes with each `\xHH` replaced by the byte it stands for (the form `PosixFile` gives a
    /// name's bytes that are not UTF-8 in).
    static func byteEscapesDecoded(_ bytes: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "\\"), index + 3 < bytes.count, bytes[index + 1] | 0x20 == UInt8(ascii: "x"),
                let high = MarkupDecoder.hexValue(bytes[index + 2]), let low = MarkupDecoder.hexValue(bytes[index + 3])
            {
                result.append(UInt8(high << 4 | low))
                index += 4
            } else {
                result.append(bytes[index])
                index += 1
            }
        }
        return result
    }
}
