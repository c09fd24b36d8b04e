extension MetadataText {
    /// Text in a JPEG comment or a PNG text chunk, which their standards leave to Latin-1 (or to
    /// nothing) but Korean Windows programs fill with code page 949: UTF-8 when the bytes are
    /// UTF-8 (a PNG iTXt, most modern programs); else CP949 when all of it converts and reads as
    /// Hangul; else Latin-1, which the leak scan also reads back as CP949 (`MisreadText`). A NUL
    /// does not end the text: what follows one is read too, after a space.
    static func declaredLatin1(_ bytes: some Collection<UInt8>) -> String {
        let whole = bytes.map { $0 == 0 ? UInt8(ascii: " ") : $0 }
        if let text = String(validating: whole, as: UTF8.self) { return text }
        if let korean = strictCP949(whole), korean.unicodeScalars.contains(where: { (0xAC00...0xD7A3).contains($0.value) }) {
            return korean
        }
        return latin1(whole)
    }
}
