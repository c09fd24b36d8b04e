import Foundation

/// Text that was read wrongly on its way into the case, read back as the Korean it was: a file
/// name whose CP949 bytes were kept as `\xB1\xE8…` escapes (not UTF-8, so escaped for display), a
/// metadata field or header read as Latin-1 or Windows-1252 ("±èÃ¶¼ö"), and CP949 bytes that are
/// valid UTF-8 by chance and so were never read as anything else, and text in an encoding whose
/// label was lost (`UnlabelledKorean`: ISO-2022-KR without its header, UTF-7, Johab). The leak
/// scan reads each of
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
        // One pass for the marks of each misreading: `\x`, a high byte, and ISO-2022-KR's shift
        // and UTF-7's, which are ASCII (SO, and a plus sign).
        var (hasEscapes, hasHigh, hasShift) = (false, false, false)
        var previous: UInt8 = 0
        for byte in utf8 {
            if byte >= 0x80 {
                hasHigh = true
            } else if byte == 0x0E || byte == UInt8(ascii: "+") {
                hasShift = true
            } else if previous == UInt8(ascii: "\\"), byte | 0x20 == UInt8(ascii: "x") {
                hasEscapes = true
            }
            previous = byte
        }
        if hasShift { readings += UnlabelledKorean.readings(Array(utf8)) }
        guard hasEscapes || hasHigh else { return readings }
        if hasEscapes {
            let bytes = byteEscapesDecoded(Array(utf8))
            if let valid = String(validating: bytes, as: UTF8.self) { readings.append(valid) }
            if let korean = KoreanSecondReading.of(bytes, labelled: nil) { readings.append(korean) }
            readings += UnlabelledKorean.readings(bytes)
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

    /// The bytes a Latin-1 or Windows-1252 reader would have read as this text, each character
    /// neither has standing as a space (a field may join a misread run with Hangul read right), or
    /// nil if no character above ASCII came from such a reader.
    static func singleByteForm(of text: String) -> [UInt8]? {
        var bytes: [UInt8] = []
        var misread = false
        for scalar in text.unicodeScalars {
            if scalar.value <= 0xFF {
                bytes.append(UInt8(scalar.value))
                misread = misread || scalar.value >= 0x80
            } else if let byte = windows1252[scalar.value] {
                bytes.append(byte)
                misread = true
            } else {
                bytes.append(UInt8(ascii: " "))
            }
        }
        return misread ? bytes : nil
    }

    /// The characters Windows-1252 puts at bytes 0x80–0x9F (€, ‚, ƒ …), by Foundation's reading.
    static let windows1252: [UInt32: UInt8] = {
        var map: [UInt32: UInt8] = [:]
        for byte in UInt8(0x80)...0x9F {
            if let text = String(data: Data([byte]), encoding: .windowsCP1252), let scalar = text.unicodeScalars.first,
                scalar.value > 0xFF
            {
                map[scalar.value] = byte
            }
        }
        return map
    }()

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
