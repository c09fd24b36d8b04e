extension UTF16Text {
    /// The shortest run of UTF-16 characters kept from bytes that are not UTF-16 as a whole.
    static let shortestRun = 3

    /// The UTF-16 text embedded in bytes that are not UTF-16 as a whole (a fragment pasted into a
    /// log, a string table inside a binary, text at an odd offset after a one-byte header): runs of
    /// ASCII, Latin-1 letters and Hangul read at both byte orders and both offsets, joined by line
    /// breaks. Only bytes with NULs can hold UTF-16 ASCII, and Hangul units are kept only in runs,
    /// so most text costs one pass and binary noise rarely forms a word.
    package static func embeddedText(_ bytes: [UInt8]) -> String {
        var lines: [String] = []
        for order in [ByteOrder.littleEndian, .bigEndian] {
            for start in 0..<2 {
                var run = String.UnicodeScalarView()
                func flush() {
                    if run.count >= shortestRun { lines.append(String(run)) }
                    run.removeAll()
                }
                var index = start
                while index + 1 < bytes.count {
                    let (first, second) = (UInt32(bytes[index]), UInt32(bytes[index + 1]))
                    let unit = order == .bigEndian ? first << 8 | second : second << 8 | first
                    if isRunCharacter(unit), let scalar = Unicode.Scalar(unit) {
                        run.append(scalar)
                    } else {
                        flush()
                    }
                    index += 2
                }
                flush()
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Characters a name or a sentence around it is written in: printable ASCII, Latin-1 letters,
    /// Hangul syllables and the tab.
    private static func isRunCharacter(_ unit: UInt32) -> Bool {
        (0x20...0x7E).contains(unit) || (0xC0...0xFF).contains(unit) || (0xAC00...0xD7A3).contains(unit) || unit == 0x09
    }
}
