import Foundation

/// Reads the tags of a TIFF structure: an EXIF block inside a JPEG or PNG, or a TIFF file.
/// Offsets are checked against the block, each directory is read at most once (a loop of
/// offsets ends), and no more than a fixed number of entries and bytes is read.
enum TIFFMetadata {
    /// The most entries read from one directory, and the longest tag value read.
    static let entryLimit = 1024
    static let valueLimit = 1 << 20

    /// A tag to report: its key, name, category and how its value is written.
    private struct Tag {
        let key: String
        let name: String
        let category: MetadataCategory
        var utf16 = false
    }

    private static let primary: [UInt16: Tag] = [
        0x010E: Tag(key: "exif.description", name: "Image description (EXIF)", category: .text),
        0x010F: Tag(key: "exif.make", name: "Camera make (EXIF)", category: .other),
        0x0110: Tag(key: "exif.model", name: "Camera model (EXIF)", category: .other),
        0x0131: Tag(key: "exif.software", name: "Software (EXIF)", category: .other),
        0x0132: Tag(key: "exif.datetime", name: "Date and time (EXIF)", category: .other),
        0x013B: Tag(key: "exif.artist", name: "Artist (EXIF)", category: .person),
        0x8298: Tag(key: "exif.copyright", name: "Copyright (EXIF)", category: .person),
        0x9C9B: Tag(key: "exif.xptitle", name: "Title (Windows)", category: .text, utf16: true),
        0x9C9C: Tag(key: "exif.xpcomment", name: "Comment (Windows)", category: .text, utf16: true),
        0x9C9D: Tag(key: "exif.xpauthor", name: "Author (Windows)", category: .person, utf16: true),
        0x9C9E: Tag(key: "exif.xpkeywords", name: "Keywords (Windows)", category: .text, utf16: true),
        0x9C9F: Tag(key: "exif.xpsubject", name: "Subject (Windows)", category: .text, utf16: true),
        0x010D: Tag(key: "exif.documentname", name: "Document name (TIFF)", category: .text),
        0x011D: Tag(key: "exif.pagename", name: "Page name (TIFF)", category: .text),
        0x013C: Tag(key: "exif.hostcomputer", name: "Host computer (TIFF)", category: .other),
    ]

    private static let exif: [UInt16: Tag] = [
        0x9003: Tag(key: "exif.original", name: "Date taken (EXIF)", category: .other),
        0xA430: Tag(key: "exif.owner", name: "Camera owner (EXIF)", category: .person),
        0xA431: Tag(key: "exif.serial", name: "Camera serial number (EXIF)", category: .other),
        0xA435: Tag(key: "exif.lensserial", name: "Lens serial number (EXIF)", category: .other),
        0xA420: Tag(key: "exif.uniqueid", name: "Image unique id (EXIF)", category: .other),
    ]

    /// Reads a TIFF structure beginning at the start of `view`.
    static func read(_ view: ByteView, reading: inout MetadataReading, depth: Int = 0) {
        let bigEndian: Bool
        if view.starts(with: [0x49, 0x49, 0x2A, 0x00]) {
            bigEndian = false
        } else if view.starts(with: [0x4D, 0x4D, 0x00, 0x2A]) {
            bigEndian = true
        } else {
            reading.note("an EXIF block is damaged and was not read")
            return
        }
        guard let first = view.u32(4, bigEndian: bigEndian) else { return }
        var visited: Set<Int> = []
        var parser = Parser(view: view, bigEndian: bigEndian, depth: depth)
        guard !reading.exhausted else {
            _ = reading.spend(1)
            return
        }
        parser.directory(Int(first), tags: primary, visited: &visited, reading: &reading)
        // IFD1: the thumbnail's tags, and the thumbnail (a JPEG with metadata of its own, read
        // once: a thumbnail's own thumbnail is not followed).
        guard let second = EXIFThumbnail.nextDirectory(after: Int(first), in: view, bigEndian: bigEndian) else { return }
        parser.directory(second, tags: thumbnail, visited: &visited, reading: &reading)
        if depth == 0, let jpeg = EXIFThumbnail.jpeg(inDirectory: second, of: view, bigEndian: bigEndian) {
            reading.merge(JPEGMetadata.read(jpeg, depth: depth + 1))
        }
    }

    /// The primary tags as the thumbnail's directory holds them.
    private static let thumbnail: [UInt16: Tag] = primary.mapValues { tag in
        Tag(key: tag.key + ".thumbnail", name: tag.name + " of the thumbnail", category: tag.category, utf16: tag.utf16)
    }

    private struct Parser {
        let view: ByteView
        let bigEndian: Bool
        let depth: Int
        /// The values already read, by tag and place: many entries pointing at one value read it once.
        var seen: Set<[Int]> = []

        init(view: ByteView, bigEndian: Bool, depth: Int) {
            self.view = view
            self.bigEndian = bigEndian
            self.depth = depth
        }

        /// Whether this tag's value at this place is read for the first time.
        mutating func firstRead(_ tag: UInt16, _ value: (type: UInt16, count: Int, bytes: ByteView)) -> Bool {
            let start = value.bytes.base.baseAddress.map { view.base.baseAddress?.distance(to: $0) ?? 0 } ?? 0
            return seen.insert([Int(tag), Int(value.type), start, value.bytes.count]).inserted
        }

        /// The first bytes of a value that the reading's budget allows, or nil when none.
        func budgeted(_ bytes: ByteView, _ reading: inout MetadataReading) -> ByteView? {
            let allowed = reading.spend(bytes.count)
            guard allowed > 0 || bytes.count == 0 else { return nil }
            return bytes.slice(0, allowed)
        }

        /// The bytes of an entry's value, when they lie inside the block.
        func value(at entry: Int) -> (type: UInt16, count: Int, bytes: ByteView)? {
            guard let type = view.u16(entry + 2, bigEndian: bigEndian), let count = view.u32(entry + 4, bigEndian: bigEndian)
            else { return nil }
            let unit: Int =
                switch type {
                case 1, 2, 6, 7: 1
                case 3, 8: 2
                case 4, 9, 11: 4
                case 5, 10, 12: 8
                default: 0
                }
            guard unit > 0 else { return nil }
            let (size, overflow) = Int(count).multipliedReportingOverflow(by: unit)
            guard !overflow, size <= TIFFMetadata.valueLimit else { return nil }
            if size <= 4 {
                guard let bytes = view.slice(entry + 8, size) else { return nil }
                return (type, Int(count), bytes)
            }
            guard let offset = view.u32(entry + 8, bigEndian: bigEndian), let bytes = view.slice(Int(offset), size) else {
                return nil
            }
            return (type, Int(count), bytes)
        }

        mutating func directory(
            _ offset: Int, tags: [UInt16: Tag], visited: inout Set<Int>, reading: inout MetadataReading
        ) {
            guard offset > 0, !visited.contains(offset), visited.count < 16, let entries = view.u16(offset, bigEndian: bigEndian)
            else { return }
            visited.insert(offset)
            for index in 0..<min(Int(entries), TIFFMetadata.entryLimit) {
                let entry = offset + 2 + index * 12
                guard let tag = view.u16(entry, bigEndian: bigEndian) else { break }
                if reading.exhausted {
                    // Full: what is left is not read, and the reading says so.
                    _ = reading.spend(1)
                    return
                }
                switch tag {
                case 0x8769:
                    if let sub = pointer(at: entry) {
                        directory(sub, tags: TIFFMetadata.exif, visited: &visited, reading: &reading)
                    }
                case 0x8825:
                    if let sub = pointer(at: entry) { gps(sub, visited: &visited, reading: &reading) }
                case 0x9286:
                    if let value = value(at: entry), firstRead(tag, value), let bytes = budgeted(value.bytes, &reading) {
                        userComment(bytes, reading: &reading)
                    }
                case 0x83BB:
                    // IPTC inside a TIFF (IPTC-NAA).
                    if let value = value(at: entry), firstRead(tag, value) {
                        IPTCMetadata.readDatasets(value.bytes, reading: &reading)
                    }
                case 0x02BC:
                    if let value = value(at: entry), firstRead(tag, value) {
                        XMPMetadata.read(XMPMetadata.text(of: value.bytes.bytes(0, value.bytes.count)), into: &reading)
                    }
                default:
                    guard let known = tags[tag], let value = value(at: entry), firstRead(tag, value),
                        let bytes = budgeted(value.bytes, &reading)
                    else { continue }
                    reading.add(known.key, known.name, text(bytes, type: value.type, utf16: known.utf16), known.category)
                }
            }
        }

        func pointer(at entry: Int) -> Int? {
            guard let value = value(at: entry), value.count >= 1, let offset = value.bytes.u32(0, bigEndian: bigEndian)
            else { return nil }
            return Int(offset)
        }

        func text(_ bytes: ByteView, type: UInt16, utf16: Bool) -> String {
            let raw = bytes.bytes(0, bytes.count)
            if utf16 { return MetadataText.utf16(raw, bigEndian: false) }
            return MetadataText.utf8OrKoreanOrLatin1(raw)
        }

        /// UserComment: an 8-byte character code, then the text.
        func userComment(_ bytes: ByteView, reading: inout MetadataReading) {
            let raw = bytes.bytes(0, bytes.count)
            guard raw.count > 8 else { return }
            let code = Array(raw[0..<8])
            let body = Array(raw[8...])
            let text: String
            if code.starts(with: Array("UNICODE".utf8)) {
                // Written in the block's byte order by most cameras; a byte-order mark decides if present.
                if body.starts(with: [0xFE, 0xFF]) {
                    text = MetadataText.utf16(Array(body.dropFirst(2)), bigEndian: true)
                } else if body.starts(with: [0xFF, 0xFE]) {
                    text = MetadataText.utf16(Array(body.dropFirst(2)), bigEndian: false)
                } else {
                    text = MetadataText.utf16(body, bigEndian: bigEndian)
                }
            } else {
                text = MetadataText.utf8OrLatin1(body)
            }
            reading.add("exif.usercomment", "User comment (EXIF)", text, .text)
        }

        /// The GPS directory: latitude, longitude and altitude as one position.
        mutating func gps(_ offset: Int, visited: inout Set<Int>, reading: inout MetadataReading) {
            guard offset > 0, !visited.contains(offset), let entries = view.u16(offset, bigEndian: bigEndian) else { return }
            visited.insert(offset)
            var values: [UInt16: (type: UInt16, count: Int, bytes: ByteView)] = [:]
            for index in 0..<min(Int(entries), TIFFMetadata.entryLimit) {
                let entry = offset + 2 + index * 12
                guard let tag = view.u16(entry, bigEndian: bigEndian) else { break }
                if let value = value(at: entry) { values[tag] = value }
            }
            func ref(_ tag: UInt16) -> String {
                values[tag].map { String(decoding: $0.bytes.bytes(0, 1), as: UTF8.self).uppercased() } ?? ""
            }
            func degrees(_ tag: UInt16) -> Double? {
                guard let value = values[tag], value.type == 5 || value.type == 10 else { return nil }
                var parts: [Double] = []
                for index in 0..<min(value.count, 3) {
                    guard let numerator = value.bytes.u32(index * 8, bigEndian: bigEndian),
                        let denominator = value.bytes.u32(index * 8 + 4, bigEndian: bigEndian)
                    else { return nil }
                    let signed = value.type == 10
                    let n = signed ? Double(Int32(bitPattern: numerator)) : Double(numerator)
                    let d = signed ? Double(Int32(bitPattern: denominator)) : Double(denominator)
                    parts.append(d == 0 ? 0 : n / d)
                }
                guard !parts.isEmpty else { return nil }
                while parts.count < 3 { parts.append(0) }
                return parts[0] + parts[1] / 60 + parts[2] / 3600
            }
            var position: [String] = []
            if let latitude = degrees(2), let longitude = degrees(4) {
                let lat = ref(1) == "S" ? -latitude : latitude
                let lon = ref(3) == "W" ? -longitude : longitude
                position.append(String(format: "latitude %.6f, longitude %.6f", lat, lon))
            } else if let latitude = degrees(2) {
                position.append(String(format: "latitude %.6f", ref(1) == "S" ? -latitude : latitude))
            } else if let longitude = degrees(4) {
                position.append(String(format: "longitude %.6f", ref(3) == "W" ? -longitude : longitude))
            }
            if let altitude = degrees(6) {
                let below = values[5].flatMap { $0.bytes.u8(0) } == 1
                position.append(String(format: "altitude %.1f m%@", altitude, below ? " below sea level" : ""))
            }
            if !position.isEmpty {
                reading.add("exif.gps", "GPS position (EXIF)", position.joined(separator: ", "), .place)
            } else if !values.isEmpty {
                reading.add("exif.gps", "GPS position (EXIF)", "GPS tags present (the position could not be read)", .place)
            }
            if let area = values[0x1C], let bytes = budgeted(area.bytes, &reading) {
                reading.add(
                    "exif.gpsarea", "GPS area (EXIF)", MetadataText.utf8OrLatin1(bytes.bytes(8, min(area.count, bytes.count))),
                    .place)
            }
        }
    }
}
