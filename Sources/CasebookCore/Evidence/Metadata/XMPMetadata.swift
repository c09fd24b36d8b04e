import Foundation

/// Reads an XMP packet (RDF/XML) tolerantly, without an XML parser: each known property is
/// found as an element or as an attribute, under its usual prefix, and every other piece of text
/// in the packet is kept as one "other XMP text" field so the leak scan still sees it.
enum XMPMetadata {
    /// The largest packet read.
    static let packetLimit = 4 << 20

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
        let text = String(packet.prefix(packetLimit))
        var reported: Set<String> = []
        for property in properties {
            var values: [String] = []
            values += attributeValues(named: property.qname, in: text)
            values += elementContents(named: property.qname, in: text)
            let joined = unique(values).joined(separator: "; ")
            reading.add(property.key, property.name, joined, property.category)
            reported.formUnion(values)
        }
        if let position = gpsPosition(in: text) {
            reading.add("xmp.gps", "GPS position (XMP)", position, .place)
        }
        // Everything else the packet says, so that no text escapes the leak scan.
        let rest = unique(allText(in: text)).filter { value in
            !reported.contains(value) && !value.hasPrefix("xmp.") && !value.hasPrefix("uuid:") && !value.hasPrefix("adobe:")
                && value.rangeOfCharacter(from: .letters) != nil
        }
        reading.add("xmp.other", "Other XMP text", rest.joined(separator: "; "), .other)
    }

    private static func unique(_ values: [String]) -> [String] {
        var seen: Set<String> = []
        return values.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty && seen.insert($0).inserted }
    }

    /// The values of `name="…"` attributes.
    static func attributeValues(named name: String, in text: String) -> [String] {
        var values: [String] = []
        var search = text.startIndex
        while values.count < 1000, let found = text.range(of: name, range: search..<text.endIndex) {
            search = found.upperBound
            guard found.lowerBound > text.startIndex, text[text.index(before: found.lowerBound)].isWhitespace else { continue }
            var cursor = found.upperBound
            while cursor < text.endIndex, text[cursor].isWhitespace { cursor = text.index(after: cursor) }
            guard cursor < text.endIndex, text[cursor] == "=" else { continue }
            cursor = text.index(after: cursor)
            while cursor < text.endIndex, text[cursor].isWhitespace { cursor = text.index(after: cursor) }
            guard cursor < text.endIndex, text[cursor] == "\"" || text[cursor] == "'" else { continue }
            let quote = text[cursor]
            let start = text.index(after: cursor)
            guard let end = text[start...].firstIndex(of: quote) else { break }
            values.append(decodeEntities(String(text[start..<end])))
            search = end
        }
        return values
    }

    /// The text inside each `<name …>…</name>` element (list items and nested fields joined).
    static func elementContents(named name: String, in text: String) -> [String] {
        var values: [String] = []
        var search = text.startIndex
        while values.count < 1000, let found = text.range(of: "<" + name, range: search..<text.endIndex) {
            search = found.upperBound
            guard found.upperBound < text.endIndex else { break }
            let next = text[found.upperBound]
            guard next == ">" || next == "/" || next.isWhitespace else { continue }
            guard let close = text[found.upperBound...].firstIndex(of: ">") else { break }
            let startTag = String(text[found.upperBound..<close])
            var pieces = attributePairs(in: startTag).filter { !isStructural($0.name) }.map(\.value)
            if !startTag.hasSuffix("/") {
                let contentStart = text.index(after: close)
                let end = text.range(of: "</" + name, range: contentStart..<text.endIndex)?.lowerBound ?? text.endIndex
                pieces += allText(in: String(text[contentStart..<end]))
                search = end
            }
            values.append(unique(pieces).joined(separator: "; "))
        }
        return values
    }

    /// Every text node and content attribute value of a fragment, in order.
    static func allText(in fragment: String) -> [String] {
        var pieces: [String] = []
        var cursor = fragment.startIndex
        while cursor < fragment.endIndex, pieces.count < 20_000 {
            if fragment[cursor] == "<" {
                guard let close = fragment[cursor...].firstIndex(of: ">") else { break }
                let tag = fragment[fragment.index(after: cursor)..<close]
                if !tag.hasPrefix("/") && !tag.hasPrefix("?") && !tag.hasPrefix("!") {
                    pieces += attributePairs(in: String(tag)).filter { !isStructural($0.name) }.map(\.value)
                }
                cursor = fragment.index(after: close)
            } else {
                let end = fragment[cursor...].firstIndex(of: "<") ?? fragment.endIndex
                let piece = decodeEntities(String(fragment[cursor..<end])).trimmingCharacters(in: .whitespacesAndNewlines)
                if !piece.isEmpty { pieces.append(piece) }
                cursor = end
            }
        }
        return pieces
    }

    /// The `name="value"` pairs of a start tag's inside (after its own name).
    static func attributePairs(in tag: String) -> [(name: String, value: String)] {
        var pairs: [(String, String)] = []
        var cursor = tag.startIndex
        while cursor < tag.endIndex, pairs.count < 1000 {
            guard let equals = tag[cursor...].firstIndex(of: "=") else { break }
            let name = tag[cursor..<equals].split(whereSeparator: \.isWhitespace).last.map(String.init) ?? ""
            var quoteAt = tag.index(after: equals)
            while quoteAt < tag.endIndex, tag[quoteAt].isWhitespace { quoteAt = tag.index(after: quoteAt) }
            guard quoteAt < tag.endIndex, tag[quoteAt] == "\"" || tag[quoteAt] == "'" else {
                cursor = tag.index(after: equals)
                continue
            }
            let start = tag.index(after: quoteAt)
            guard let end = tag[start...].firstIndex(of: tag[quoteAt]) else { break }
            pairs.append((name, decodeEntities(String(tag[start..<end]))))
            cursor = tag.index(after: end)
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
    static func gpsPosition(in text: String) -> String? {
        func value(_ name: String) -> String? {
            (attributeValues(named: name, in: text) + elementContents(named: name, in: text)).first {
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
