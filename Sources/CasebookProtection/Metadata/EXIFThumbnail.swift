#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The second directory of an EXIF block (IFD1) describes the embedded thumbnail: its own tags
/// (an Artist or a description written there and nowhere else) and the thumbnail itself, a small
/// JPEG that may carry its own comment. Both used to go unread.
enum EXIFThumbnail {
    /// The offset of the directory after the one at `offset` (IFD1 after IFD0), or nil.
    static func nextDirectory(after offset: Int, in view: ByteView, bigEndian: Bool) -> Int? {
        guard let entries = view.u16(offset, bigEndian: bigEndian),
            let next = view.u32(offset + 2 + Int(entries) * 12, bigEndian: bigEndian), next > 0, Int(next) != offset,
            Int(next) < view.count
        else { return nil }
        return Int(next)
    }

    /// The JPEG thumbnail that the directory at `offset` points at (its JPEGInterchangeFormat and
    /// JPEGInterchangeFormatLength tags), when it lies inside the block and is a JPEG.
    static func jpeg(inDirectory offset: Int, of view: ByteView, bigEndian: Bool) -> ByteView? {
        guard let entries = view.u16(offset, bigEndian: bigEndian) else { return nil }
        var start: Int?
        var length: Int?
        for index in 0..<min(Int(entries), TIFFMetadata.entryLimit) {
            let entry = offset + 2 + index * 12
            guard let tag = view.u16(entry, bigEndian: bigEndian), let type = view.u16(entry + 2, bigEndian: bigEndian) else {
                break
            }
            let value: Int? =
                switch type {
                case 3: view.u16(entry + 8, bigEndian: bigEndian).map(Int.init)
                case 4: view.u32(entry + 8, bigEndian: bigEndian).map(Int.init)
                default: nil
                }
            if tag == 0x0201 { start = value }
            if tag == 0x0202 { length = value }
        }
        guard let start, let length, start > 0, length > 2, let thumbnail = view.slice(start, length),
            thumbnail.starts(with: [0xFF, 0xD8])
        else { return nil }
        return thumbnail
    }
}

extension MetadataText {
    /// Text in a field that should be ASCII: UTF-8 when it is valid UTF-8; else Korean in code
    /// page 949 (EUC-KR), which Korean cameras and Windows write there, when all of it converts and
    /// it reads as Hangul; else Latin-1. A witness's name in CP949 read as Latin-1 is mojibake the
    /// scan cannot match.
    static func utf8OrKoreanOrLatin1(_ bytes: [UInt8]) -> String {
        let trimmed = Array(bytes.prefix { $0 != 0 })
        if let text = String(validating: trimmed, as: UTF8.self) { return text }
        if let korean = strictCP949(trimmed), korean.unicodeScalars.contains(where: { (0xAC00...0xD7A3).contains($0.value) }) {
            return korean
        }
        return utf8OrLatin1(trimmed)
    }

    /// `bytes` converted from code page 949 by the system's iconv, or nil when any byte does not
    /// convert. (The mail decoder's lenient converter is not used here: a Latin-1 byte must fail
    /// the conversion, not be skipped.)
    package static func strictCP949(_ bytes: [UInt8]) -> String? {
        let converter = iconv_open("UTF-8", "CP949")
        guard converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var input = bytes.map { CChar(bitPattern: $0) }
        var output = [CChar](repeating: 0, count: bytes.count * 3 + 4)
        let written: Int? = input.withUnsafeMutableBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                var from = source.baseAddress
                var fromLeft = source.count
                var to = target.baseAddress
                var toLeft = target.count
                guard iconv(converter, &from, &fromLeft, &to, &toLeft) != -1, fromLeft == 0 else { return nil }
                return target.count - toLeft
            }
        }
        return written.map { String(decoding: output.prefix($0).map { UInt8(bitPattern: $0) }, as: UTF8.self) }
    }
}
