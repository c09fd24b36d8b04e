import Foundation

/// Reads a PNG's text chunks (tEXt, zTXt, iTXt), its EXIF chunk (eXIf) and its time stamp (tIME).
/// tEXt and zTXt are Latin-1 by the standard, but many programs write UTF-8 there: UTF-8 is tried first.
package enum PNGMetadata {
    static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
    /// The chunks that carry metadata, dropped by strip-metadata.
    static let metadataChunks: Set<String> = ["tEXt", "zTXt", "iTXt", "eXIf", "tIME"]
    static let chunkLimit = 100_000
    /// The ancillary chunks the PNG specification and its extensions define (image data, colour,
    /// animation): any other ancillary chunk is a program's own, read for plain text.
    static let standardChunks: Set<String> = [
        "bKGD", "cHRM", "cICP", "cLLI", "cLLi", "mDCV", "mDCv", "gAMA", "hIST", "iCCP", "pHYs", "sBIT", "sPLT", "sRGB", "tRNS",
        "oFFs", "pCAL", "sCAL", "sTER", "gIFg", "gIFx", "gIFt", "acTL", "fcTL", "fdAT", "eXIf", "tIME", "tEXt", "zTXt", "iTXt",
    ]

    private static let keywords: [String: (key: String, name: String, category: MetadataCategory)] = [
        "Title": ("png.title", "Title (PNG text)", .text),
        "Author": ("png.author", "Author (PNG text)", .person),
        "Description": ("png.description", "Description (PNG text)", .text),
        "Copyright": ("png.copyright", "Copyright (PNG text)", .person),
        "Creation Time": ("png.created", "Creation time (PNG text)", .other),
        "Software": ("png.software", "Software (PNG text)", .other),
        "Disclaimer": ("png.disclaimer", "Disclaimer (PNG text)", .text),
        "Warning": ("png.warning", "Warning (PNG text)", .text),
        "Source": ("png.source", "Source device (PNG text)", .other),
        "Comment": ("png.comment", "Comment (PNG text)", .text),
    ]

    /// One chunk: its type and where its data lies.
    struct Chunk {
        let type: String
        let start: Int
        let dataStart: Int
        let dataLength: Int
        /// The offset just past the chunk's CRC.
        var end: Int { dataStart + dataLength + 4 }
    }

    /// The chunks up to IEND, or nil when the file is not a PNG.
    static func chunks(_ view: ByteView) -> (chunks: [Chunk], complete: Bool)? {
        guard view.starts(with: signature) else { return nil }
        var result: [Chunk] = []
        var offset = 8
        while result.count < chunkLimit {
            guard let length = view.u32(offset, bigEndian: true), length < 0x8000_0000, view.has(offset + 8, Int(length) + 4)
            else { return (result, false) }
            let type = String(decoding: view.bytes(offset + 4, 4), as: UTF8.self)
            let chunk = Chunk(type: type, start: offset, dataStart: offset + 8, dataLength: Int(length))
            result.append(chunk)
            if type == "IEND" { return (result, true) }
            offset = chunk.end
        }
        return (result, false)
    }

    static func read(_ view: ByteView) -> MetadataReading {
        var reading = MetadataReading(format: "PNG image")
        guard let (chunks, complete) = chunks(view) else { return reading }
        if !complete { reading.note("the PNG file is damaged or cut short; its metadata was read up to the damage") }
        for chunk in chunks {
            if reading.exhausted && metadataChunks.contains(chunk.type) {
                // Full: the chunks left are not read, and the reading says so.
                _ = reading.spend(1)
                break
            }
            // Inflating costs more than its count of bytes shows: each compressed chunk counts as a value.
            if chunk.type == "zTXt" || chunk.type == "iTXt" {
                guard reading.takeValue() else { break }
            }
            guard let data = view.slice(chunk.dataStart, chunk.dataLength) else { continue }
            let bytes = { data.bytes(0, data.count) }
            switch chunk.type {
            case "tEXt":
                let raw = bytes()
                guard let zero = raw.firstIndex(of: 0) else { continue }
                text(MetadataText.latin1(raw[..<zero]), MetadataText.declaredLatin1(raw[(zero + 1)...]), into: &reading)
            case "zTXt":
                let raw = bytes()
                guard let zero = raw.firstIndex(of: 0), zero + 2 < raw.count else { continue }
                guard let inflated = Inflate.zlib(Array(raw[(zero + 2)...])) else {
                    reading.note("a compressed PNG text chunk could not be read")
                    continue
                }
                text(MetadataText.latin1(raw[..<zero]), MetadataText.declaredLatin1(inflated), into: &reading)
            case "iTXt":
                iText(bytes(), into: &reading)
            case "eXIf":
                TIFFMetadata.read(data, reading: &reading)
            case "tIME":
                guard let year = data.u16(0, bigEndian: true), let month = data.u8(2), let day = data.u8(3),
                    let hour = data.u8(4), let minute = data.u8(5), let second = data.u8(6)
                else { continue }
                let stamp = String(format: "%04d-%02d-%02d %02d:%02d:%02d", year, month, day, hour, minute, second)
                reading.add("png.time", "Last modified (PNG)", stamp, .other)
            default:
                guard let first = chunk.type.unicodeScalars.first, ("a"..."z").contains(first), !standardChunks.contains(chunk.type)
                else { continue }
                HiddenData.read(
                    view, from: chunk.dataStart, to: chunk.dataStart + chunk.dataLength, key: "png.private",
                    name: "Private chunk (PNG)", note: HiddenData.privateChunkNote, noteAlways: false, into: &reading)
            }
        }
        if complete, let last = chunks.last {
            HiddenData.read(
                view, from: last.end, to: view.count, key: "png.trailing", name: "Data after the image (PNG)",
                note: HiddenData.trailingNote, noteAlways: true, into: &reading)
        }
        return reading
    }

    /// iTXt: keyword, compression flag and method, language, translated keyword, UTF-8 text.
    private static func iText(_ raw: [UInt8], into reading: inout MetadataReading) {
        guard let zero = raw.firstIndex(of: 0), zero + 3 <= raw.count else { return }
        let keyword = MetadataText.latin1(raw[..<zero])
        let compressed = raw[zero + 1] == 1
        var rest = raw[(zero + 3)...]
        guard let languageEnd = rest.firstIndex(of: 0) else { return }
        // The language tag is free text to most programs: kept, so the scan reads it too.
        let language = MetadataText.declaredLatin1(Array(rest[..<languageEnd])).trimmingCharacters(in: .whitespaces)
        if !language.isEmpty, reading.spend(language.utf8.count) > 0 {
            reading.add("png.language", "Language tag (PNG text)", language, .other)
        }
        rest = rest[(languageEnd + 1)...]
        guard let translatedEnd = rest.firstIndex(of: 0) else { return }
        let translated = String(decoding: rest[..<translatedEnd], as: UTF8.self)
        var body = Array(rest[(translatedEnd + 1)...])
        if compressed {
            guard let inflated = Inflate.zlib(body) else {
                reading.note("a compressed PNG text chunk could not be read")
                return
            }
            body = inflated
        }
        // UTF-8 by the standard; CP949 bytes written by a Korean program are read as such.
        let value = MetadataText.declaredLatin1(body)
        text(keyword, translated.isEmpty ? value : "\(translated): \(value)", into: &reading)
    }

    private static func text(_ keyword: String, _ value: String, into reading: inout MetadataReading) {
        if keyword == "XML:com.adobe.xmp" {
            XMPMetadata.read(value, into: &reading)
            return
        }
        let allowed = reading.spend(value.utf8.count)
        guard allowed > 0 else { return }
        let value = allowed < value.utf8.count ? String(decoding: value.utf8.prefix(allowed), as: UTF8.self) : value
        if keyword.hasPrefix("Raw profile type ") {
            rawProfile(value, into: &reading)
        } else if let known = keywords[keyword] {
            reading.add(known.key, known.name, value, known.category)
        } else {
            // The keyword is the file's own word, so it goes with the value, never in the field's name.
            reading.add("png.other", "Other text (PNG)", "\(keyword): \(value)", .text)
        }
    }

    /// ImageMagick's "Raw profile type exif/iptc/xmp": a name line, a length line, then hex.
    private static func rawProfile(_ value: String, into reading: inout MetadataReading) {
        let lines = value.split(separator: "\n", omittingEmptySubsequences: true)
        guard lines.count >= 3 else { return }
        var bytes: [UInt8] = []
        var high: UInt8?
        for character in lines.dropFirst(2).joined().utf8 {
            guard let nibble = hexValue(character) else { continue }
            if let first = high {
                bytes.append(first << 4 | nibble)
                high = nil
            } else {
                high = nibble
            }
            if bytes.count >= 4 << 20 { break }
        }
        bytes.withUnsafeBytes { raw in
            let view = ByteView(raw)
            if view.starts(with: JPEGMetadata.exifSignature), let tiff = view.slice(6, view.count - 6) {
                TIFFMetadata.read(tiff, reading: &reading)
            } else if view.starts(with: [0x49, 0x49]) || view.starts(with: [0x4D, 0x4D]) {
                TIFFMetadata.read(view, reading: &reading)
            } else if view.starts(with: Array("8BIM".utf8)) {
                IPTCMetadata.readPhotoshop(view, reading: &reading)
            } else if view.u8(0) == 0x1C {
                IPTCMetadata.readDatasets(view, reading: &reading)
            } else {
                XMPMetadata.read(XMPMetadata.text(of: bytes), into: &reading)
            }
        }
    }

    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: byte - 0x30
        case 0x41...0x46: byte - 0x41 + 10
        case 0x61...0x66: byte - 0x61 + 10
        default: nil
        }
    }
}
