import Foundation

/// Reads an XMP packet (RDF/XML) tolerantly, without an XML parser: each known property is
/// found as an element or as an attribute, under its usual prefix, and every other piece of text
/// in the packet is kept as one "other XMP text" field so the leak scan still sees it.
package enum XMPMetadata {
    /// The largest packet read.
    static let packetLimit = 4 << 20
    static let intricateNote = "an XMP packet is too intricate and was read only in part"

    private static let properties: [(qname: String, key: String, name: String, category: MetadataCategory)] = [
        ("dc:creator", "xmp.creator", "Creator (XMP)", .person),
        ("dc:title", "xmp.title", "Title (XMP)", .text),
        ("dc:description", "xmp.description", "Description (XMP)", .text),
        ("dc:rights", "xmp.rights", "Rights (XMP)", .person),
        ("dc:subject", "xmp.subject", "Keywords (XMP)", .text),
        ("dc:contributor", "xmp.contributor", "Contributor (XMP)", .person),
        ("dc:publisher", "xmp.publisher", "Publisher (XMP)", .person),
        ("dc:source", "xmp.source", "Source (XMP)", .other),
        ("photoshop:City", "xmp.city", "City (XMP)", .place),
        ("photoshop:State", "xmp.state", "Province or state (XMP)", .place),
        ("photoshop:Country", "xmp.country", "Country (XMP)", .place),
        ("photoshop:Credit", "xmp.credit", "Credit (XMP)", .person),
        ("photoshop:CaptionWriter", "xmp.captionwriter", "Caption writer (XMP)", .person),
        ("photoshop:AuthorsPosition", "xmp.authorsposition", "Author's position (XMP)", .other),
        ("photoshop:Headline", "xmp.headline", "Headline (XMP)", .text),
        ("photoshop:Instructions", "xmp.instructions", "Instructions (XMP)", .text),
        ("photoshop:Source", "xmp.photoshopsource", "Source (XMP)", .other),
        ("Iptc4xmpCore:Location", "xmp.location", "Location (XMP)", .place),
        ("Iptc4xmpCore:CountryCode", "xmp.countrycode", "Country code (XMP)", .place),
        ("Iptc4xmpCore:CreatorContactInfo", "xmp.creatorcontact", "Creator's contact details (XMP)", .person),
        ("Iptc4xmpExt:LocationCreated", "xmp.locationcreated", "Location created (XMP)", .place),
        ("Iptc4xmpExt:LocationShown", "xmp.locationshown", "Location shown (XMP)", .place),
        ("Iptc4xmpExt:PersonInImage", "xmp.personinimage", "Person in the image (XMP)", .person),
        ("mwg-rs:Name", "xmp.regionname", "Person named in a face region (XMP)", .person),
        ("MP:PersonDisplayName", "xmp.persondisplayname", "Person tagged (XMP)", .person),
        ("tiff:Artist", "xmp.artist", "Artist (XMP)", .person),
        ("tiff:ImageDescription", "xmp.imagedescription", "Image description (XMP)", .text),
        ("tiff:Make", "xmp.make", "Camera make (XMP)", .other),
        ("tiff:Model", "xmp.model", "Camera model (XMP)", .other),
        ("exif:UserComment", "xmp.usercomment", "User comment (XMP)", .text),
        ("exifEX:CameraOwnerName", "xmp.owner", "Camera owner (XMP)", .person),
        ("exifEX:BodySerialNumber", "xmp.serial", "Camera serial number (XMP)", .other),
        ("aux:SerialNumber", "xmp.auxserial", "Camera serial number (XMP)", .other),
        ("xmp:CreatorTool", "xmp.creatortool", "Creator tool (XMP)", .other),
        ("xmpRights:Owner", "xmp.owner.rights", "Rights owner (XMP)", .person),
        ("pdf:Author", "xmp.pdfauthor", "Author (PDF XMP)", .person),
        ("pdf:Keywords", "xmp.pdfkeywords", "Keywords (PDF XMP)", .text),
        ("pdf:Producer", "xmp.pdfproducer", "Producer (PDF XMP)", .other),
        ("pdfx:Company", "xmp.company", "Company (PDF XMP)", .other),
    ]

    /// Attribute names that are structure, not content.
    private static func isStructural(_ name: String) -> Bool {
        name.hasPrefix("xmlns") || name.hasPrefix("rdf:") || name.hasPrefix("xml:") || name.hasPrefix("x:")
            || name.hasPrefix("stEvt:") || name.hasPrefix("stRef:") || name.hasSuffix("ID") || name == "xmpMM:History"
    }

    static func read(_ packet: String, into reading: inout MetadataReading) {
        read(Array(packet.utf8.prefix(packetLimit)), into: &reading)
    }

    /// Reads a packet held as UTF-8 bytes; its length is taken from the reading's byte budget first.
    static func read(_ packet: [UInt8], into reading: inout MetadataReading) {
        let allowed = reading.spend(min(packet.count, packetLimit))
        guard allowed > 0 else { return }
        let bytes = packet.count == allowed ? packet : Array(String(decoding: packet.prefix(allowed), as: UTF8.self).utf8)
        bytes.withUnsafeBytes { raw in
            var index = Index(ByteView(raw))
            var reported: Set<String> = []
            for property in properties {
                var values: [String] = []
                values += index.attributeValues(named: property.qname)
                values += index.elementContents(named: property.qname)
                let joined = unique(values).joined(separator: "; ")
                reading.add(property.key, property.name, joined, property.category)
                reported.formUnion(values)
            }
            if let position = gpsPosition(&index) {
                reading.add("xmp.gps", "GPS position (XMP)", position, .place)
            }
            // Everything else the packet says, so that no text escapes the leak scan.
            let rest = unique(allText(in: index.view, 0, index.view.count, steps: &index.steps)).filter { value in
                !reported.contains(value) && !value.hasPrefix("xmp.") && !value.hasPrefix("uuid:") && !value.hasPrefix("adobe:")
                    && (value.rangeOfCharacter(from: .letters) != nil || Self.isDateOrNumber(value))
            }
            reading.add("xmp.other", "Other XMP text", rest.joined(separator: "; "), .other)
            if index.steps <= 0 { reading.note(intricateNote) }
        }
    }

    /// A value without letters that may still identify: a date (of birth) or a telephone number,
    /// four digits or more. Shorter ones ("1", "72/1") are settings, not worth a field.
    static func isDateOrNumber(_ value: String) -> Bool {
        value.unicodeScalars.filter { ("0"..."9").contains($0) }.count >= 4
    }

    /// A packet's bytes as text: XMP may be written in UTF-16 (either byte order, with or without
    /// a byte-order mark) or UTF-32, which read as UTF-8 would hide every name in it behind NULs.
    static func text(of bytes: [UInt8]) -> String {
        guard bytes.count >= 4 else { return String(decoding: bytes, as: UTF8.self) }
        let (b0, b1, b2, b3) = (bytes[0], bytes[1], bytes[2], bytes[3])
        let encoding: String.Encoding? =
            if b0 == 0 && b1 == 0 && (b2 == 0xFE || b2 == 0) {
                .utf32BigEndian
            } else if (b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0) || (b0 != 0 && b1 == 0 && b2 == 0 && b3 == 0) {
                .utf32LittleEndian
            } else if (b0 == 0xFE && b1 == 0xFF) || (b0 == 0 && b1 != 0) {
                .utf16BigEndian
            } else if (b0 == 0xFF && b1 == 0xFE) || (b0 != 0 && b1 == 0) {
                .utf16LittleEndian
            } else {
                nil
            }
        guard let encoding else { return String(decoding: bytes, as: UTF8.self) }
        let even = Array(
            bytes.prefix(bytes.count - bytes.count % (encoding == .utf16BigEndian || encoding == .utf16LittleEndian ? 2 : 4)))
        var decoded = String(data: Data(even), encoding: encoding) ?? String(decoding: bytes, as: UTF8.self)
        if decoded.hasPrefix("\u{FEFF}") { decoded.removeFirst() }
        return decoded
    }

    private static func unique(_ values: [String]) -> [String] {
        var seen: Set<String> = []
        return values.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty && seen.insert($0).inserted }
    }

    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }

    static func string(_ view: ByteView, _ from: Int, _ to: Int) -> String {
        String(decoding: view.bytes(from, to - from), as: UTF8.self)
    }

    /// Where every start tag, end tag and `name=` of a packet is, found in one pass, so that each
    /// property is looked up without searching the packet again.
    struct Index {
        let view: ByteView
        /// The offsets of `<name` (followed by `>`, `/` or a space), by name.
        private(set) var starts: [String: [Int]] = [:]
        /// The offsets of `</name`, by name.
        private(set) var ends: [String: [Int]] = [:]
        /// The offsets of `name` in `name =` (preceded by a space), by name.
        private(set) var attributes: [String: [Int]] = [:]
        /// How many more tags and text pieces the element contents may read, so that a packet
        /// whose elements are never closed is not read again for every property.
        var steps = 1_000_000

        init(_ view: ByteView) {
            self.view = view
            var offset = 0
            while let at = view.find([0x3C], from: offset) {
                var cursor = at + 1
                let closing = view.u8(cursor) == 0x2F
                if closing { cursor += 1 }
                let nameStart = cursor
                while let byte = view.u8(cursor), !XMPMetadata.isSpace(byte), byte != 0x3E, byte != 0x2F, byte != 0x3C {
                    cursor += 1
                }
                if cursor > nameStart, view.u8(cursor) != 0x3C {
                    let name = XMPMetadata.string(view, nameStart, cursor)
                    if closing {
                        ends[name, default: []].append(at)
                    } else if cursor < view.count {
                        starts[name, default: []].append(at)
                    }
                }
                offset = max(cursor, at + 1)
            }
            offset = 0
            while let at = view.find([0x3D], from: offset) {
                // Looked for back to the previous `=` only, so a run of `=` costs no more than its length.
                let lower = offset
                offset = at + 1
                var end = at
                while end > lower, XMPMetadata.isSpace(view.base[end - 1]) { end -= 1 }
                var start = end
                while start > lower, !XMPMetadata.isSpace(view.base[start - 1]) { start -= 1 }
                guard start > 0, start < end, XMPMetadata.isSpace(view.base[start - 1]) else { continue }
                attributes[XMPMetadata.string(view, start, end), default: []].append(start)
            }
        }

        /// The values of `name="…"` attributes.
        func attributeValues(named name: String) -> [String] {
            var values: [String] = []
            var search = 0
            for found in attributes[name] ?? [] where found >= search {
                guard values.count < 1000 else { break }
                var cursor = found + name.utf8.count
                while let byte = view.u8(cursor), XMPMetadata.isSpace(byte) { cursor += 1 }
                guard view.u8(cursor) == 0x3D else { continue }
                cursor += 1
                while let byte = view.u8(cursor), XMPMetadata.isSpace(byte) { cursor += 1 }
                guard let quote = view.u8(cursor), quote == 0x22 || quote == 0x27 else { continue }
                guard let end = view.find([quote], from: cursor + 1) else { break }
                values.append(decodeEntities(XMPMetadata.string(view, cursor + 1, end)))
                search = end
            }
            return values
        }

        /// The text inside each `<name …>…</name>` element (list items and nested fields joined).
        mutating func elementContents(named name: String) -> [String] {
            var values: [String] = []
            var search = 0
            let closings = ends[name] ?? []
            var closing = 0
            for found in starts[name] ?? [] where found >= search {
                guard values.count < 1000 else { break }
                let after = found + 1 + name.utf8.count
                guard let close = view.find([0x3E], from: after) else { break }
                var pieces = XMPMetadata.attributePairs(in: view, after, close).filter { !isStructural($0.name) }.map(\.value)
                if view.u8(close - 1) == 0x2F && close - 1 >= after {
                    search = close + 1
                } else {
                    let contentStart = close + 1
                    while closing < closings.count, closings[closing] < contentStart { closing += 1 }
                    let end = closing < closings.count ? closings[closing] : view.count
                    pieces += allText(in: view, contentStart, end, steps: &steps)
                    search = end
                }
                values.append(unique(pieces).joined(separator: "; "))
            }
            return values
        }
    }

    /// The values of `name="…"` attributes in a text.
    static func attributeValues(named name: String, in text: String) -> [String] {
        withIndex(text) { $0.attributeValues(named: name) }
    }

    /// The text inside each `<name …>…</name>` element of a text.
    static func elementContents(named name: String, in text: String) -> [String] {
        withIndex(text) { $0.elementContents(named: name) }
    }

    static func withIndex<T>(_ text: String, _ body: (inout Index) -> T) -> T {
        Array(text.utf8).withUnsafeBytes { raw in
            var index = Index(ByteView(raw))
            return body(&index)
        }
    }

    /// Every text node and content attribute value of a fragment, in order.
    static func allText(in fragment: String) -> [String] {
        Array(fragment.utf8).withUnsafeBytes { raw in
            var steps = Int.max
            return allText(in: ByteView(raw), 0, raw.count, steps: &steps)
        }
    }

    static func allText(in view: ByteView, _ from: Int, _ to: Int, steps: inout Int) -> [String] {
        var pieces: [String] = []
        let end = min(to, view.count)
        var cursor = from
        while cursor < end, pieces.count < 20_000, steps > 0 {
            steps -= 1
            if view.base[cursor] == 0x3C {
                guard let close = view.find([0x3E], from: cursor, to: end) else { break }
                let first = view.u8(cursor + 1)
                if close > cursor + 1, first != 0x2F, first != 0x3F, first != 0x21 {
                    pieces += attributePairs(in: view, cursor + 1, close).filter { !isStructural($0.name) }.map(\.value)
                }
                cursor = close + 1
            } else {
                let stop = view.find([0x3C], from: cursor, to: end) ?? end
                let piece = decodeEntities(string(view, cursor, stop)).trimmingCharacters(in: .whitespacesAndNewlines)
                if !piece.isEmpty { pieces.append(piece) }
                cursor = stop
            }
        }
        return pieces
    }

    /// The `name="value"` pairs of a start tag's inside (after its own name).
    static func attributePairs(in tag: String) -> [(name: String, value: String)] {
        Array(tag.utf8).withUnsafeBytes { raw in attributePairs(in: ByteView(raw), 0, raw.count) }
    }

    static func attributePairs(in view: ByteView, _ from: Int, _ to: Int) -> [(name: String, value: String)] {
        var pairs: [(String, String)] = []
        var cursor = from
        while cursor < to, pairs.count < 1000 {
            guard let equals = view.find([0x3D], from: cursor, to: to) else { break }
            var nameEnd = equals
            while nameEnd > cursor, isSpace(view.base[nameEnd - 1]) { nameEnd -= 1 }
            var nameStart = nameEnd
            while nameStart > cursor, !isSpace(view.base[nameStart - 1]) { nameStart -= 1 }
            let name = string(view, nameStart, nameEnd)
            var quoteAt = equals + 1
            while quoteAt < to, isSpace(view.base[quoteAt]) { quoteAt += 1 }
            guard quoteAt < to, let quote = view.u8(quoteAt), quote == 0x22 || quote == 0x27 else {
                cursor = equals + 1
                continue
            }
            guard let end = view.find([quote], from: quoteAt + 1, to: to) else { break }
            pairs.append((name, decodeEntities(string(view, quoteAt + 1, end))))
            cursor = end + 1
        }
        return pairs
    }

    /// XML character and entity references decoded.
    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = ""
        var cursor = text.startIndex
        while cursor < text.endIndex {
            let character = text[cursor]
            guard character == "&", let semicolon = text[cursor...].prefix(12).firstIndex(of: ";") else {
                result.append(character)
                cursor = text.index(after: cursor)
                continue
            }
            let entity = text[text.index(after: cursor)..<semicolon]
            var replacement: String?
            switch entity {
            case "lt": replacement = "<"
            case "gt": replacement = ">"
            case "amp": replacement = "&"
            case "quot": replacement = "\""
            case "apos": replacement = "'"
            default:
                if entity.hasPrefix("#x") || entity.hasPrefix("#X"), let value = UInt32(entity.dropFirst(2), radix: 16) {
                    replacement = Unicode.Scalar(value).map { String(Character($0)) }
                } else if entity.hasPrefix("#"), let value = UInt32(entity.dropFirst()) {
                    replacement = Unicode.Scalar(value).map { String(Character($0)) }
                }
            }
            if let replacement {
                result += replacement
                cursor = text.index(after: semicolon)
            } else {
                result.append(character)
                cursor = text.index(after: cursor)
            }
        }
        return result
    }

    /// exif:GPSLatitude and exif:GPSLongitude ("38,7.5N" or "38,7,30N") as a position.
    static func gpsPosition(_ index: inout Index) -> String? {
        func value(_ name: String) -> String? {
            (index.attributeValues(named: name) + index.elementContents(named: name)).first {
                !$0.trimmingCharacters(in: .whitespaces).isEmpty
            }
        }
        let latitude = value("exif:GPSLatitude")
        let longitude = value("exif:GPSLongitude")
        guard latitude != nil || longitude != nil else { return nil }
        func decimal(_ raw: String?) -> String? {
            guard let raw = raw?.trimmingCharacters(in: .whitespaces), let last = raw.last else { return nil }
            let direction = last.isLetter ? String(last).uppercased() : ""
            let numbers = (last.isLetter ? String(raw.dropLast()) : raw).split(separator: ",").compactMap { Double($0) }
            guard !numbers.isEmpty else { return raw }
            var degrees = numbers[0]
            if numbers.count > 1 { degrees += numbers[1] / 60 }
            if numbers.count > 2 { degrees += numbers[2] / 3600 }
            if direction == "S" || direction == "W" { degrees = -degrees }
            return String(format: "%.6f", degrees)
        }
        var parts: [String] = []
        if let lat = decimal(latitude) { parts.append("latitude \(lat)") }
        if let lon = decimal(longitude) { parts.append("longitude \(lon)") }
        if let altitude = value("exif:GPSAltitude") { parts.append("altitude \(altitude)") }
        return parts.joined(separator: ", ")
    }
}
