import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A bounds-checked, read-only window on bytes: every read past the end gives nil, never a crash,
/// so a hostile file with offsets pointing anywhere is simply read as having nothing there.
struct ByteView {
    let base: UnsafeRawBufferPointer

    init(_ base: UnsafeRawBufferPointer) { self.base = base }

    var count: Int { base.count }

    /// Whether `length` bytes from `offset` lie inside the view (false on overflow).
    func has(_ offset: Int, _ length: Int) -> Bool {
        guard offset >= 0, length >= 0 else { return false }
        let (end, overflow) = offset.addingReportingOverflow(length)
        return !overflow && end <= count
    }

    func u8(_ offset: Int) -> UInt8? {
        has(offset, 1) ? base[offset] : nil
    }

    func u16(_ offset: Int, bigEndian: Bool) -> UInt16? {
        guard has(offset, 2) else { return nil }
        let a = UInt16(base[offset])
        let b = UInt16(base[offset + 1])
        return bigEndian ? a << 8 | b : b << 8 | a
    }

    func u32(_ offset: Int, bigEndian: Bool) -> UInt32? {
        guard has(offset, 4) else { return nil }
        var value: UInt32 = 0
        for index in 0..<4 {
            let byte = UInt32(base[offset + (bigEndian ? index : 3 - index)])
            value = value << 8 | byte
        }
        return value
    }

    /// A sub-view, or nil when it does not fit.
    func slice(_ offset: Int, _ length: Int) -> ByteView? {
        guard has(offset, length) else { return nil }
        return ByteView(UnsafeRawBufferPointer(rebasing: base[offset..<offset + length]))
    }

    /// The bytes from `offset`, at most `length` of them (fewer at the end of the view).
    func bytes(_ offset: Int, _ length: Int) -> [UInt8] {
        guard offset >= 0, offset < count, length > 0 else { return [] }
        return Array(base[offset..<offset + min(length, count - offset)])
    }

    func starts(with prefix: [UInt8], at offset: Int = 0) -> Bool {
        guard has(offset, prefix.count) else { return false }
        for (index, byte) in prefix.enumerated() where base[offset + index] != byte { return false }
        return true
    }

    /// The first offset of `needle` in `from..<to`, or nil (memchr finds each candidate).
    func find(_ needle: [UInt8], from: Int = 0, to: Int? = nil) -> Int? {
        let end = min(to ?? count, count)
        guard let first = needle.first, from >= 0, end - needle.count >= from, let start = base.baseAddress else { return nil }
        var index = from
        let last = end - needle.count
        while index <= last {
            guard let hit = memchr(start + index, Int32(first), last - index + 1) else { return nil }
            let at = start.distance(to: UnsafeRawPointer(hit))
            if starts(with: needle, at: at) { return at }
            index = at + 1
        }
        return nil
    }

    /// The last offset of `needle` in `from..<to`, or nil.
    func findLast(_ needle: [UInt8], from: Int = 0, to: Int? = nil) -> Int? {
        let end = min(to ?? count, count)
        guard let first = needle.first, from >= 0, end - needle.count >= from else { return nil }
        var index = end - needle.count
        while index >= from {
            if base[index] == first && starts(with: needle, at: index) { return index }
            index -= 1
        }
        return nil
    }
}

/// Decoding of the text encodings metadata uses.
package enum MetadataText {
    /// UTF-8 when the bytes are UTF-8, else ISO Latin-1 (what older EXIF, IPTC and PNG text use).
    static func utf8OrLatin1(_ bytes: some Collection<UInt8>) -> String {
        let trimmed = Array(bytes.prefix { $0 != 0 })
        if let text = String(validating: trimmed, as: UTF8.self) { return text }
        return String(String.UnicodeScalarView(trimmed.map { Unicode.Scalar($0) }))
    }

    /// Latin-1 only (PNG tEXt, PDFDocEncoding near enough).
    static func latin1(_ bytes: some Collection<UInt8>) -> String {
        String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
    }

    /// UTF-16 in the given byte order, stopping at a NUL character.
    package static func utf16(_ bytes: [UInt8], bigEndian: Bool) -> String {
        var units: [UInt16] = []
        var index = 0
        while index + 1 < bytes.count {
            let unit =
                bigEndian
                ? UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1]) : UInt16(bytes[index + 1]) << 8 | UInt16(bytes[index])
            if unit == 0 { break }
            units.append(unit)
            index += 2
        }
        return String(decoding: units, as: UTF16.self)
    }
}
