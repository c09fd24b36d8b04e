import CasebookProtection

extension MediaType {
    /// Whether bytes read as text in an encoding Korean Windows programs write without naming
    /// it: UTF-16 without a byte-order mark (NUL bytes at one parity: the high bytes of its ASCII),
    /// starting at an even or an odd offset, or code page 949 with Hangul in it. Such a transcript
    /// renamed `.jpg`, or put behind a JPEG header, is text the leak scan must read, not a photo.
    static func looksLikeUnlabelledText(_ head: [UInt8]) -> Bool {
        guard head.count >= 8 else { return false }
        var nuls = [0, 0]
        for (index, byte) in head.enumerated() where byte == 0 { nuls[index % 2] += 1 }
        let units = head.count / 2
        let (strong, weak) = (max(nuls[0], nuls[1]), min(nuls[0], nuls[1]))
        if strong * 4 >= units, weak * 8 <= strong {
            // NULs at odd offsets: little-endian from an even offset (or big-endian from an odd one).
            let bigEndian = nuls[0] > nuls[1]
            return isPrintable(MetadataText.utf16(head, bigEndian: bigEndian).unicodeScalars.map(\.value))
        }
        guard !head.contains(0), head.contains(where: { $0 >= 0x80 }) else { return false }
        // The head may end inside a character.
        guard let korean = MetadataText.strictCP949(head) ?? MetadataText.strictCP949(Array(head.dropLast())),
            korean.unicodeScalars.contains(where: { (0xAC00...0xD7A3).contains($0.value) })
        else { return false }
        return isPrintable(korean.unicodeScalars.map(\.value))
    }

    /// Whether decoded characters are text: hardly a control character among them.
    private static func isPrintable(_ scalars: [UInt32]) -> Bool {
        guard scalars.count >= 4 else { return false }
        let controls = scalars.filter { ($0 < 0x20 && ![9, 10, 12, 13].contains($0)) || (0x7F..<0xA0).contains($0) }.count
        return controls * 100 <= scalars.count
    }
}
