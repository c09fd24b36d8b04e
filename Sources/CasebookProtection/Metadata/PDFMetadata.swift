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
                var objects = ObjectIndex(view: view)
                if let dictionary = object(number, generation, in: view, objects: &objects) {
                    info(dictionary, view: view, objects: &objects, reading: &reading)
                } else if objects.cut {
                    reading.note(ObjectIndex.cutNote)
                } else {
                    reading.note(
                        "the PDF's document information is stored compressed (in an object stream) and was not fully read")
                }
            } else {
                var direct = PDFParser(view: view, offset: infoAt + 5)
                if case .dictionary(let entries)? = direct.value() {
                    var objects = ObjectIndex(view: view)
                    info(entries, view: view, objects: &objects, reading: &reading)
                }
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

    private static func info(
        _ entries: [(String, PDFValue)], view: ByteView, objects: inout ObjectIndex, reading: inout MetadataReading
    ) {
        var wanted: Set<ObjectIndex.Key> = []
        for case (_, .reference(let number, let generation)) in entries.prefix(200) {
            wanted.insert(ObjectIndex.Key(number: number, generation: generation))
        }
        let starts = objects.locate(wanted)
        if objects.cut { reading.note(ObjectIndex.cutNote) }
        var strings: [ObjectIndex.Key: [UInt8]] = [:]
        for (key, value) in entries.prefix(200) {
            var bytes: [UInt8]
            switch value {
            case .string(let direct): bytes = direct
            case .reference(let number, let generation):
                // Each object is read once, and only when it is a string: a value that is not one is not used.
                let object = ObjectIndex.Key(number: number, generation: generation)
                if let known = strings[object] {
                    bytes = known
                } else {
                    guard !reading.exhausted, let start = starts[object] else { continue }
                    var parser = PDFParser(view: view, offset: start)
                    parser.skipSpace()
                    let first = view.u8(parser.offset)
                    guard first == 0x28 || (first == 0x3C && view.u8(parser.offset + 1) != 0x3C),
                        case .string(let read)? = parser.value()
                    else { continue }
                    bytes = read
                    strings[object] = read
                }
            default: continue
            }
            let allowed = reading.spend(bytes.count)
            guard allowed > 0 || bytes.isEmpty else { continue }
            if allowed < bytes.count { bytes = Array(bytes.prefix(allowed)) }
            let text = decodeText(bytes)
            if let known = infoKeys[key] {
                reading.add(known.key, known.name, text, known.category)
            } else {
                reading.add("pdf.other", "Other document information (PDF)", "\(key): \(text)", .text)
            }
        }
    }

    private static func object(
        _ number: Int, _ generation: Int, in view: ByteView, objects: inout ObjectIndex
    ) -> [(String, PDFValue)]? {
        let key = ObjectIndex.Key(number: number, generation: generation)
        guard let start = objects.locate([key])[key] else { return nil }
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

/// Finds where the body of objects `number generation obj` begins, the last definition in the
/// file winning (as in an updated file). The file is read in blocks from its end, stopping as soon
/// as every object asked for is found, and no more than `matchLimit` definitions are looked at in
/// all, so a file repeating `1 0 obj` millions of times is read in bounded time.
struct ObjectIndex {
    struct Key: Hashable {
        let number: Int
        let generation: Int
    }

    static let blockSize = 1 << 20
    static let matchLimit = 1_000_000
    static let cutNote = "the PDF defines too many objects; its document information was not fully read"

    let view: ByteView
    private var matches = 0
    /// Whether the limit stopped a search.
    private(set) var cut = false

    init(view: ByteView) { self.view = view }

    /// Where the body of each object in `wanted` begins, for those found.
    mutating func locate(_ wanted: Set<Key>) -> [Key: Int] {
        var found: [Key: Int] = [:]
        // Found by "obj" rather than " obj": spaces are common, the letter o much less.
        let keyword = Array("obj".utf8)
        var blockEnd = view.count
        while blockEnd > 0, found.count < wanted.count, !cut {
            let blockStart = max(0, blockEnd - Self.blockSize)
            var search = blockStart
            var inBlock: [Key: Int] = [:]
            while let at = view.find(keyword, from: search, to: min(view.count, blockEnd + keyword.count - 1)) {
                search = at + keyword.count
                matches += 1
                guard matches <= Self.matchLimit else {
                    cut = true
                    break
                }
                guard view.u8(at - 1) == 0x20, let generation = Self.number(endingAt: at - 1, in: view),
                    view.u8(generation.start - 1) == 0x20, let number = Self.number(endingAt: generation.start - 1, in: view)
                else { continue }
                let key = Key(number: number.value, generation: generation.value)
                if found[key] == nil && wanted.contains(key) { inBlock[key] = at + keyword.count }
            }
            found.merge(inBlock) { later, _ in later }
            blockEnd = blockStart
        }
        return found
    }

    /// The decimal number written just before `end`, as `"\(number)"` would write it (no leading
    /// zero, no sign), and not preceded by another digit.
    private static func number(endingAt end: Int, in view: ByteView) -> (value: Int, start: Int)? {
        var start = end
        while start > 0, end - start <= 18, let byte = view.u8(start - 1), (0x30...0x39).contains(byte) { start -= 1 }
        guard start < end, end - start <= 18 else { return nil }
        if let before = view.u8(start - 1), (0x30...0x39).contains(before) { return nil }
        if end - start > 1 && view.u8(start) == 0x30 { return nil }
        var value = 0
        for offset in start..<end { value = value * 10 + Int(view.base[offset] - 0x30) }
        return (value, start)
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
