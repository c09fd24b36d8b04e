/// Bytes that hold Korean text in code page 949 under a label that says otherwise, or under no
/// label: a Korean mail program that sends a base64 body as `us-ascii` or with no charset, an
/// encoded word marked `iso-8859-1`, a vCard in quoted-printable with no `CHARSET`, a PNG text
/// chunk (Latin-1 by its standard). Read as labelled, the name in them is mojibake or U+FFFD
/// that no scan can match; so they are read as CP949 too, and that reading is scanned when it
/// finds Hangul. Bytes that are ASCII, or valid UTF-8 that already reads as Korean, are not read
/// again: most text costs one pass over its bytes and nothing more.
enum KoreanSecondReading {
    /// The CP949 reading of `bytes` labelled `charset` (nil when unlabelled), or nil when the
    /// label is Korean already, the bytes are plain ASCII or UTF-8 Korean text, or the reading
    /// has no Hangul in it.
    static func of(_ bytes: [UInt8], labelled charset: String?) -> String? {
        if let charset {
            let name = charset.lowercased()
            if Charset.iconvName(name) == "CP949" || ["utf-16", "utf-32", "ucs-2", "ucs-4"].contains(where: name.hasPrefix) {
                return nil
            }
        }
        guard bytes.contains(where: { $0 >= 0x80 }) else { return nil }
        if let utf8 = String(validating: bytes, as: UTF8.self), !mayBeMisreadKorean(utf8) { return nil }
        guard let korean = Charset.decode(bytes, charset: "CP949"), LegacyText.hasHangul(Array(korean.utf8)) else {
            return nil
        }
        return korean
    }

    /// Whether valid UTF-8 text may be CP949 bytes that happen to be UTF-8 too. The first
    /// syllable of a Korean name in CP949 starts with a byte from C2 to C8 (rows of KS X 1001
    /// and of the extended Hangul), which UTF-8 reads as the start of a two-byte character, so
    /// such a text always holds a character from U+0080 to U+07FF (Latin, Greek, Cyrillic): the
    /// fictional 채철호 is "äöȣ". Text with none (English, UTF-8 Korean, Chinese) is not read again.
    static func mayBeMisreadKorean(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x80...0x7FF).contains($0.value) }
    }
}
