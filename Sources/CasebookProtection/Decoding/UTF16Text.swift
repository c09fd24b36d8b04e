/// UTF-16 text, told by its byte-order mark or, without one, by where its NUL bytes fall: in
/// little-endian UTF-16 every ASCII character (a space, a line break, a Latin letter) has a NUL
/// in its second byte, in big-endian in its first; Korean text with no ASCII in it is told by
/// its Hangul high bytes. Windows programs save such files, and read as UTF-8 they would hide
/// every name in them.
package enum UTF16Text {
    /// The byte order of UTF-16 without a byte-order mark, or nil if the bytes do not look like
    /// it: NUL bytes at one parity (at least one unit in 16: the spaces and line breaks of any
    /// text), hardly any at the other.
    package static func unmarkedByteOrder(_ bytes: [UInt8]) -> ByteOrder? {
        guard !isMarked(bytes) else { return nil }
        let sample = bytes.prefix(1 << 16)
        var even = 0
        var odd = 0
        var index = sample.startIndex
        while index + 1 < sample.endIndex {
            if sample[index] == 0 { even += 1 }
            if sample[index + 1] == 0 { odd += 1 }
            index += 2
        }
        let units = sample.count / 2
        let strong = max(even, odd)
        let weak = min(even, odd)
        // Hangul has NUL bytes of its own (가 is U+AC00), so the other parity may have a few.
        if units >= 2, strong > 0, strong * 16 >= units, weak * 4 <= strong { return odd > even ? .littleEndian : .bigEndian }
        return koreanByteOrder(sample)
    }

    /// The byte order of UTF-16 Korean text with no ASCII in it: nearly every unit's high byte is
    /// that of a Hangul syllable (U+AC00–U+D7A3), a jamo or punctuation, and the low bytes are
    /// anything. CP949 text may pass for it too, which does no harm: it is also read as stored.
    private static func koreanByteOrder(_ sample: ArraySlice<UInt8>) -> ByteOrder? {
        func isHigh(_ byte: UInt8) -> Bool {
            (0xAC...0xD7).contains(byte) || [0x00, 0x11, 0x20, 0x30, 0x31, 0xFF].contains(byte)
        }
        var even = 0
        var odd = 0
        var index = sample.startIndex
        while index + 1 < sample.endIndex {
            if isHigh(sample[index]) { even += 1 }
            if isHigh(sample[index + 1]) { odd += 1 }
            index += 2
        }
        let units = sample.count / 2
        guard units >= 2 else { return nil }
        if odd * 10 >= units * 9, even * 10 < units * 6 { return .littleEndian }
        if even * 10 >= units * 9, odd * 10 < units * 6 { return .bigEndian }
        return nil
    }

    package enum ByteOrder {
        case littleEndian, bigEndian
    }

    /// Whether a reading is text: no control characters but tabs and line breaks, nothing
    /// undecodable. Binary data that only looks like UTF-16 (16-bit numbers) fails, and is still
    /// reported as not looking like text.
    package static func isText(_ reading: String) -> Bool {
        reading.unicodeScalars.allSatisfy { scalar in
            (scalar.value >= 0x20 && scalar.value != 0xFFFD && !(0x7F..<0xA0).contains(scalar.value))
                || [0x09, 0x0A, 0x0C, 0x0D].contains(scalar.value)
        }
    }

    /// Whether the bytes start with a UTF-16 byte-order mark.
    package static func isMarked(_ bytes: [UInt8]) -> Bool {
        bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
    }

    /// The text of UTF-16 bytes from `start`, to the end (a NUL character does not end it).
    package static func decode(_ bytes: [UInt8], order: ByteOrder, from start: Int = 0) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        for index in stride(from: start, to: bytes.count - 1, by: 2) {
            let first = UInt16(bytes[index])
            let second = UInt16(bytes[index + 1])
            units.append(order == .bigEndian ? first << 8 | second : second << 8 | first)
        }
        return String(decoding: units, as: UTF16.self)
    }
}
