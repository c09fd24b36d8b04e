import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Text in the charsets that e-mail and RTF name (EUC-KR, Windows code pages), converted with the
/// system's iconv, so that a Korean e-mail sent as EUC-KR is read as Hangul, not as stray bytes.
enum Charset {
    static func isUTF8(_ name: String) -> Bool {
        ["utf-8", "utf8", "us-ascii", "ascii", ""].contains(name.lowercased())
    }

    /// The name iconv knows a charset by: Korean mail often says ks_c_5601-1987 for code page 949,
    /// and pages use the other registered and browser names for EUC-KR (WHATWG's Encoding
    /// standard lists them all as labels of one encoding, which code page 949 reads).
    static func iconvName(_ name: String) -> String {
        koreanLabels.contains(name.lowercased()) ? "CP949" : name
    }

    /// Every label that means EUC-KR or its superset, code page 949.
    static let koreanLabels: Set<String> = [
        "ks_c_5601-1987", "ks_c_5601-1989", "ksc_5601", "ksc5601", "euc-kr", "euckr", "x-euc-kr", "csksc56011987",
        "cseuckr", "iso-ir-149", "korean", "cp949", "windows-949", "x-windows-949", "ms949", "uhc",
    ]

    /// Whether iconv can convert from `name`: a charset it does not know is reported as not
    /// read, never read as UTF-8 in silence.
    static func isKnown(_ name: String) -> Bool {
        if isUTF8(name) { return true }
        let converter = iconv_open("UTF-8", iconvName(name))
        guard converter != iconv_t(bitPattern: -1) else { return false }
        iconv_close(converter)
        return true
    }

    /// `bytes` in `charset` as text, or nil if iconv does not know the charset.
    static func decode(_ bytes: [UInt8], charset: String) -> String? {
        let converter = iconv_open("UTF-8", iconvName(charset))
        guard converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        guard !bytes.isEmpty else { return "" }
        var input = bytes
        var output = [UInt8](repeating: 0, count: bytes.count * 4 + 16)
        var result: [UInt8] = []
        input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuffer.baseAddress!).assumingMemoryBound(
                    to: CChar.self)
                var inLeft = inBuffer.count
                while inLeft > 0 {
                    var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuffer.baseAddress!)
                        .assumingMemoryBound(to: CChar.self)
                    var outLeft = outBuffer.count
                    let status = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                    result.append(contentsOf: outBuffer[0..<(outBuffer.count - outLeft)])
                    if status == -1 {
                        guard inLeft > 0, errno != E2BIG else { continue }
                        // A byte that is not text in this charset: mark it and go on.
                        result.append(contentsOf: [0xEF, 0xBF, 0xBD])
                        inPointer = inPointer.map { $0 + 1 }
                        inLeft -= 1
                    }
                }
            }
        }
        return String(decoding: result, as: UTF8.self)
    }
}
