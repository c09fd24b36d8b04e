/// Korean text in the older encodings that carry no label at all when their header or their
/// declaration is lost: ISO-2022-KR without its `ESC $ ) C` (only SO and SI shifts around
/// seven-bit KS X 1001 pairs, so it looks like ASCII with two control bytes), UTF-7 as old mail and
/// IMAP folder names write it (`+rEDOILcY-`, ASCII again), and Johab (code page 1361, the other
/// Korean double-byte code, which CP949 misreads). Each reading is tried only when the bytes show
/// the mark of its encoding, and kept only when it finds Hangul, so ordinary text costs a look
/// at its bytes.
package enum UnlabelledKorean {
    /// Every reading of these encodings that finds Hangul in `bytes`.
    static func readings(_ bytes: [UInt8]) -> [String] {
        [shiftedReading(bytes), utf7Reading(bytes), johabReading(bytes)].compactMap { $0 }
    }

    /// ISO-2022-KR's shifted text without its header: the bytes between SO (0x0E) and SI (0x0F)
    /// are EUC-KR with the high bit cleared.
    static func shiftedReading(_ bytes: [UInt8]) -> String? {
        guard let shiftOut = bytes.firstIndex(of: 0x0E), bytes[shiftOut...].contains(0x0F) else { return nil }
        var unshifted: [UInt8] = []
        unshifted.reserveCapacity(bytes.count)
        var shifted = false
        for byte in bytes {
            switch byte {
            case 0x0E: shifted = true
            case 0x0F: shifted = false
            case 0x21...0x7E where shifted: unshifted.append(byte | 0x80)
            default: unshifted.append(byte)
            }
        }
        return hangul(Charset.decode(unshifted, charset: "CP949"))
    }

    /// UTF-7: each `+…-` run of base64 read as UTF-16, the rest kept as it is; nil unless a run
    /// decodes exactly (its spare bits zero, as every encoder writes them) to text with Hangul. A
    /// telephone number's "+82" or "C++" is no such run.
    static func utf7Reading(_ bytes: [UInt8]) -> String? {
        guard bytes.contains(UInt8(ascii: "+")), bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        var result = String.UnicodeScalarView()
        var found = false
        var index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "+") else {
                result.append(Unicode.Scalar(bytes[index]))
                index += 1
                continue
            }
            var end = index + 1
            var buffer: UInt32 = 0
            var bits = 0
            var units: [UInt16] = []
            while end < bytes.count, let value = base64Value(bytes[end]) {
                buffer = (buffer << 6 | value) & 0xFFFFFF
                bits += 6
                if bits >= 16 {
                    bits -= 16
                    units.append(UInt16((buffer >> UInt32(bits)) & 0xFFFF))
                }
                end += 1
            }
            let exact = !units.isEmpty && bits < 6 && buffer & ((1 << UInt32(bits)) - 1) == 0
            let text = String(decoding: units, as: UTF16.self)
            if exact, text.unicodeScalars.contains(where: { (0xAC00...0xD7A3).contains($0.value) }),
                text.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value != 0xFFFD })
            {
                result.append(contentsOf: text.unicodeScalars)
                found = true
                index = end < bytes.count && bytes[end] == UInt8(ascii: "-") ? end + 1 : end
            } else {
                result.append("+")
                index += 1
            }
        }
        return found ? String(result) : nil
    }

    /// The value of a base64 character (UTF-7 uses no padding), or nil.
    private static func base64Value(_ byte: UInt8) -> UInt32? {
        switch byte {
        case 0x41...0x5A: return UInt32(byte - 0x41)
        case 0x61...0x7A: return UInt32(byte - 0x61 + 26)
        case 0x30...0x39: return UInt32(byte - 0x30 + 52)
        case UInt8(ascii: "+"): return 62
        case UInt8(ascii: "/"): return 63
        default: return nil
        }
    }

    /// Johab: high bytes that are not UTF-8.
    static func johabReading(_ bytes: [UInt8]) -> String? {
        guard bytes.contains(where: { $0 >= 0x84 }), String(validating: bytes, as: UTF8.self) == nil else { return nil }
        return hangul(Charset.decode(bytes, charset: "JOHAB"))
    }

    private static func hangul(_ text: String?) -> String? {
        guard let text, LegacyText.hasHangul(Array(text.utf8)) else { return nil }
        return text
    }
}
