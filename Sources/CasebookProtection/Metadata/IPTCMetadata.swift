import Foundation

/// Reads IPTC IIM datasets (record 2), as Photoshop keeps them in a JPEG's APP13 segment.
enum IPTCMetadata {
    private static let datasets: [UInt8: (key: String, name: String, category: MetadataCategory)] = [
        5: ("iptc.title", "Object name (IPTC)", .text),
        25: ("iptc.keywords", "Keywords (IPTC)", .text),
        40: ("iptc.instructions", "Special instructions (IPTC)", .text),
        80: ("iptc.byline", "By-line (IPTC)", .person),
        85: ("iptc.bylinetitle", "By-line title (IPTC)", .other),
        90: ("iptc.city", "City (IPTC)", .place),
        92: ("iptc.sublocation", "Sub-location (IPTC)", .place),
        95: ("iptc.province", "Province or state (IPTC)", .place),
        100: ("iptc.countrycode", "Country code (IPTC)", .place),
        101: ("iptc.country", "Country (IPTC)", .place),
        105: ("iptc.headline", "Headline (IPTC)", .text),
        110: ("iptc.credit", "Credit (IPTC)", .person),
        115: ("iptc.source", "Source (IPTC)", .other),
        116: ("iptc.copyright", "Copyright notice (IPTC)", .person),
        118: ("iptc.contact", "Contact (IPTC)", .person),
        120: ("iptc.caption", "Caption (IPTC)", .text),
        122: ("iptc.writer", "Caption writer (IPTC)", .person),
    ]

    /// Photoshop image resources ("8BIM" blocks); resource 0x0404 holds the IPTC datasets.
    static func readPhotoshop(_ view: ByteView, reading: inout MetadataReading) {
        var offset = 0
        var blocks = 0
        while blocks < 4096, view.starts(with: Array("8BIM".utf8), at: offset) {
            blocks += 1
            guard let id = view.u16(offset + 4, bigEndian: true), let nameLength = view.u8(offset + 6) else { return }
            var cursor = offset + 6 + Int(nameLength) + 1
            if cursor % 2 == 1 { cursor += 1 }
            guard let size = view.u32(cursor, bigEndian: true) else { return }
            cursor += 4
            guard let data = view.slice(cursor, Int(size)) else {
                reading.note("a Photoshop (IPTC) block is damaged and was read only in part")
                return
            }
            if id == 0x0404 { readDatasets(data, reading: &reading) }
            offset = cursor + Int(size) + Int(size % 2)
        }
    }

    /// IIM datasets: 0x1C, record, dataset, 16-bit length, data.
    static func readDatasets(_ view: ByteView, reading: inout MetadataReading) {
        var offset = 0
        var keywords: [String] = []
        var utf8 = false
        var count = 0
        while count < 10_000, view.u8(offset) == 0x1C {
            count += 1
            guard let record = view.u8(offset + 1), let dataset = view.u8(offset + 2),
                let length = view.u16(offset + 3, bigEndian: true)
            else { return }
            // An extended length (top bit set) is used only for large binary data: stop there.
            guard length & 0x8000 == 0, let data = view.slice(offset + 5, Int(length)) else {
                reading.note("an IPTC block is damaged and was read only in part")
                break
            }
            if record == 1 && dataset == 90 { utf8 = data.bytes(0, 4) == [0x1B, 0x25, 0x47] }
            if record == 2, let known = datasets[dataset] {
                let allowed = reading.spend(data.count)
                guard allowed > 0 || data.count == 0 else { break }
                let bytes = data.bytes(0, allowed)
                let text = utf8 ? String(decoding: bytes, as: UTF8.self) : MetadataText.utf8OrLatin1(bytes)
                if dataset == 25 {
                    keywords.append(text)
                } else {
                    reading.add(known.key, known.name, text, known.category)
                }
            }
            offset += 5 + Int(length)
        }
        if !keywords.isEmpty { reading.add("iptc.keywords", "Keywords (IPTC)", keywords.joined(separator: "; "), .text) }
    }
}
