import Foundation

/// Reads a PDF's document information dictionary (/Info: title, author, subject, keywords, creator,
/// producer) and its XMP metadata stream when that is stored uncompressed. It reads objects
/// written plainly in the file; an /Info dictionary kept inside a compressed object stream is
/// reported as not fully read rather than passed over in silence.
enum PDFMetadata {
    private static let infoKeys: [String: (key: String, name: String, category: MetadataCategory)] = [
        "Title": ("pdf.title", "Title (PDF)", .text),
        "Author": ("pdf.author", "Author (PDF)", .person),
        "Subject": ("pdf.subject", "Subject (PDF)", .text),
        "Keywords": ("pdf.keywords", "Keywords (PDF)", .text),
        "Creator": ("pdf.creator", "Creator program (PDF)", .other),
        "Producer": ("pdf.producer", "Producer (PDF)", .other),
        "CreationDate": ("pdf.created", "Created (PDF)", .other),
        "ModDate": ("pdf.modified", "Modified (PDF)", .other),
        "Trapped": ("pdf.trapped", "Trapped (PDF)", .other),
    ]
    /// How much of each end of the file is searched for the trailer.
    static let window = 8 << 20

    static func read(_ view: ByteView) -> MetadataReading {
        var reading = MetadataReading(format: "PDF document")
        let tail = max(0, view.count - window)
        let infoAt = view.findLastOf(Array("/Info".utf8), from: tail) ?? view.findLastOf(Array("/Info".utf8), to: window)
        let encrypted =
            view.findLastOf(Array("/Encrypt".utf8), from: tail) != nil || view.find(Array("/Encrypt".utf8), to: window) != nil
        if encrypted {
            reading.note("the PDF is encrypted, so its document information could not be read")
        } else if let infoAt {
            var parser = PDFParser(view: view, offset: infoAt + 5)
            if case .reference(let number, let generation)? = parser.value() {
                if let dictionary = object(number, generation, in: view) {
                    info(dictionary, view: view, reading: &reading)
                } else {
                    reading.note(
                        "the PDF's document information is stored compressed (in an object stream) and was not fully read")
                }
            } else {
                var direct = PDFParser(view: view, offset: infoAt + 5)
                if case .dictionary(let entries)? = direct.value() { info(entries, view: view, reading: &reading) }
            }
        } else if view.find(Array("/ObjStm".utf8)) != nil {
            reading.note("the PDF keeps its objects compressed (object streams); its document information was not fully read")
        }
        // The XMP packet, when written plainly.
        if let start = view.find(Array("<x:xmpmeta".utf8)) ?? view.find(Array("<?xpacket begin".utf8)) {
            let end =
                view.find(Array("</x:xmpmeta>".utf8), from: start).map { $0 + 12 }
                ?? min(view.count, start + XMPMetadata.packetLimit)
            XMPMetadata.read(
                String(decoding: view.bytes(start, min(end - start, XMPMetadata.packetLimit)), as: UTF8.self), into: &reading)
        } else if view.find(Array("/Metadata".utf8)) != nil {
            reading.note("the PDF's XMP metadata is stored compressed and was not read")
        }
        return reading
    }

    private static func info(_ entries: [(String, PDFValue)], view: ByteView, reading: inout MetadataReading) {
        for (key, value) in entries.prefix(200) {
            var resolved = value
            if case .reference(let number, let generation) = value {
                var parser = PDFParser(view: view, offset: objectStart(number, generation, in: view) ?? view.count)
                resolved = parser.value() ?? .other
            }
            guard case .string(let bytes) = resolved else { continue }
            let text = decodeText(bytes)
            if let known = infoKeys[key] {
                reading.add(known.key, known.name, text, known.category)
            } else {
                reading.add("pdf.other", "Other document information (PDF)", "\(key): \(text)", .text)
            }
        }
    }

    /// Where the body of object `number generation obj` begins (the last definition wins, as in an updated file).
    static func objectStart(_ number: Int, _ generation: Int, in view: ByteView) -> Int? {
        let header = Array("\(number) \(generation) obj".utf8)
        var search = 0
        var found: Int?
        while let at = view.find(header, from: search) {
            if at == 0 || !(0x30...0x39).contains(view.u8(at - 1) ?? 0) { found = at + header.count }
            search = at + header.count
        }
        return found
    }

    private static func object(_ number: Int, _ generation: Int, in view: ByteView) -> [(String, PDFValue)]? {
        guard let start = objectStart(number, generation, in: view) else { return nil }
        var parser = PDFParser(view: view, offset: start)
        if case .dictionary(let entries)? = parser.value() { return entries }
        return nil
    }

    /// A PDF text string: UTF-16BE with a byte-order mark, UTF-8 with one, else PDFDocEncoding (read as Latin-1).
    static func decodeText(_ bytes: [UInt8]) -> String {
        if bytes.starts(with: [0xFE, 0xFF]) { return MetadataText.utf16(Array(bytes.dropFirst(2)), bigEndian: true) }
        if bytes.starts(with: [0xFF, 0xFE]) { return MetadataText.utf16(Array(bytes.dropFirst(2)), bigEndian: false) }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return String(decoding: bytes.dropFirst(3), as: UTF8.self) }
        return MetadataText.latin1(bytes)
    }
}

/// A PDF value, as far as the metadata reader needs one.
enum PDFValue {
    case string([UInt8])
    case reference(Int, Int)
    case dictionary([(String, PDFValue)])
    case other
}

/// A small tolerant reader of PDF objects: strings (literal and hex), names, numbers, references,
/// arrays and dictionaries, with depth and length caps.
struct PDFParser {
    let view: ByteView
    var offset: Int
    private var depth = 0

    init(view: ByteView, offset: Int) {
        self.view = view
        self.offset = offset
    }

    static func isWhitespace(_ byte: UInt8) -> Bool { [0, 9, 10, 12, 13, 32].contains(byte) }
    static func isDelimiter(_ byte: UInt8) -> Bool { Array("()<>[]{}/%".utf8).contains(byte) }

    mutating func skipSpace() {
        while let byte = view.u8(offset) {
            if Self.isWhitespace(byte) {
                offset += 1
            } else if byte == 0x25 {
                while let next = view.u8(offset), next != 10, next != 13 { offset += 1 }
            } else {
                return
            }
        }
    }

    mutating func value() -> PDFValue? {
        guard depth < 32 else { return nil }
        skipSpace()
        guard let byte = view.u8(offset) else { return nil }
        switch byte {
        case 0x28: return .string(literal())
        case 0x3C where view.u8(offset + 1) == 0x3C:
            offset += 2
            depth += 1
            defer { depth -= 1 }
            var entries: [(String, PDFValue)] = []
            while entries.count < 4096 {
                skipSpace()
                if view.u8(offset) == 0x3E && view.u8(offset + 1) == 0x3E {
                    offset += 2
                    return .dictionary(entries)
                }
                guard view.u8(offset) == 0x2F else { return .dictionary(entries) }
                let key = name()
                guard let item = value() else { return .dictionary(entries) }
                entries.append((key, item))
            }
            return .dictionary(entries)
        case 0x3C: return .string(hex())
        case 0x5B:
            offset += 1
            depth += 1
            defer { depth -= 1 }
            var count = 0
            while count < 100_000 {
                skipSpace()
                guard let next = view.u8(offset) else { return .other }
                if next == 0x5D {
                    offset += 1
                    return .other
                }
                guard value() != nil else { return .other }
                count += 1
            }
            return .other
        case 0x2F:
            _ = name()
            return .other
        default:
            return numberOrReference()
        }
    }

    mutating func name() -> String {
        offset += 1
        var bytes: [UInt8] = []
        while let byte = view.u8(offset), !Self.isWhitespace(byte), !Self.isDelimiter(byte), bytes.count < 256 {
            bytes.append(byte)
            offset += 1
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    mutating func token() -> String {
        var bytes: [UInt8] = []
        while let byte = view.u8(offset), !Self.isWhitespace(byte), !Self.isDelimiter(byte), bytes.count < 64 {
            bytes.append(byte)
            offset += 1
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A number, or `n g R`; anything else (true, null, a stray keyword) is passed over.
    mutating func numberOrReference() -> PDFValue? {
        let first = token()
        guard !first.isEmpty else {
            offset += 1
            return .other
        }
        guard let number = Int(first) else { return .other }
        let saved = offset
        skipSpace()
        let second = token()
        skipSpace()
        if let generation = Int(second), view.u8(offset) == 0x52 {
            offset += 1
            return .reference(number, generation)
        }
        offset = saved
        return .other
    }

    /// A literal string: balanced parentheses, backslash escapes, octal codes, line continuations.
    mutating func literal() -> [UInt8] {
        offset += 1
        var bytes: [UInt8] = []
        var level = 1
        while let byte = view.u8(offset), bytes.count < MetadataReading.valueLimit * 2 {
            offset += 1
            switch byte {
            case 0x5C:
                guard let next = view.u8(offset) else { return bytes }
                offset += 1
                switch next {
                case 0x6E: bytes.append(10)
                case 0x72: bytes.append(13)
                case 0x74: bytes.append(9)
                case 0x62: bytes.append(8)
                case 0x66: bytes.append(12)
                case 0x0D:
                    if view.u8(offset) == 0x0A { offset += 1 }
                case 0x0A: break
                case 0x30...0x37:
                    var code = Int(next - 0x30)
                    for _ in 0..<2 {
                        guard let digit = view.u8(offset), (0x30...0x37).contains(digit) else { break }
                        code = code * 8 + Int(digit - 0x30)
                        offset += 1
                    }
                    bytes.append(UInt8(code & 0xFF))
                default: bytes.append(next)
                }
            case 0x28:
                level += 1
                bytes.append(byte)
            case 0x29:
                level -= 1
                if level == 0 { return bytes }
                bytes.append(byte)
            default:
                bytes.append(byte)
            }
        }
        return bytes
    }

    /// A hex string; an odd last digit counts as followed by 0.
    mutating func hex() -> [UInt8] {
        offset += 1
        var bytes: [UInt8] = []
        var high: UInt8?
        while let byte = view.u8(offset), bytes.count < MetadataReading.valueLimit * 2 {
            offset += 1
            if byte == 0x3E { break }
            guard let nibble = PNGMetadata.hexValue(byte) else { continue }
            if let first = high {
                bytes.append(first << 4 | nibble)
                high = nil
            } else {
                high = nibble
            }
        }
        if let first = high { bytes.append(first << 4) }
        return bytes
    }
}

extension ByteView {
    /// The last offset of `needle` within `from..<to`, found forward with memmem.
    func findLastOf(_ needle: [UInt8], from: Int = 0, to: Int? = nil) -> Int? {
        var search = from
        var found: Int?
        while let at = find(needle, from: search, to: to) {
            found = at
            search = at + 1
        }
        return found
    }
}
