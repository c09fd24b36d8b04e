/// The printable runs in bytes of any kind, found the way `strings` finds them: a name in an MP3's
/// ID3 frame, a WAV's INFO chunk, an MP4's `ilst` atom, a GIF comment, a JPEG segment no metadata
/// reader knows or a TIFF's private tag travels with the file whatever its type, and no reader
/// per format can know every place a format lets text sit. Bytes are read as UTF-8, as UTF-16 in
/// both byte orders at even and odd offsets, and as code page 949 Hangul; each reader keeps its
/// state from one chunk to the next, so a run split between chunks is read whole.
///
/// Runs are kept by what noise in binary data rarely makes: four or more characters, or two or
/// more East Asian ones (박영진 alone, in UTF-8); in UTF-16, where a sixth of random unit values
/// are Hangul syllables, three Hangul syllables or four characters. Han characters are read in
/// UTF-8 only: a third of random UTF-16 units are Han, and their runs would be most of the file.
package struct RawTextRuns {
    /// A run found, with the offset of its first byte in the stream.
    package typealias Found = (text: String, offset: Int64)

    /// Runs longer than this are cut, the cut overlapping by `overlap` characters so no name is
    /// lost in it: memory stays bounded on a file of printable bytes.
    static let longestRun = 4096
    static let overlap = 64

    private var utf8 = UTF8RunReader()
    private var utf16 = [
        UTF16RunReader(bigEndian: false, phase: 0), UTF16RunReader(bigEndian: false, phase: 1),
        UTF16RunReader(bigEndian: true, phase: 0), UTF16RunReader(bigEndian: true, phase: 1),
    ]
    private var cp949 = [CP949RunReader(phase: nil), CP949RunReader(phase: 0), CP949RunReader(phase: 1)]
    private var offset: Int64 = 0

    package init() {}

    /// Reads the next bytes of the stream, calling `found` for each run that ends in them.
    package mutating func read(_ bytes: UnsafeBufferPointer<UInt8>, _ found: (Found) throws -> Void) rethrows {
        let base = offset
        try utf8.read(bytes, base: base, found)
        for index in utf16.indices { try utf16[index].read(bytes, base: base, found) }
        for index in cp949.indices { try cp949[index].read(bytes, base: base, found) }
        offset += Int64(bytes.count)
    }

    /// Ends the stream: the runs still open are given.
    package mutating func finish(_ found: (Found) throws -> Void) rethrows {
        try utf8.flush(found)
        for index in utf16.indices { try utf16[index].flush(found) }
        for index in cp949.indices { try cp949[index].flush(found) }
    }
}

/// One run being collected, shared by the readers: its characters, where it began, and how many
/// East Asian characters (or Hangul syllables) it holds.
struct OpenRun {
    var scalars = String.UnicodeScalarView()
    var count = 0
    var eastAsian = 0
    var offset: Int64 = 0

    mutating func append(_ value: UInt32, at position: Int64, eastAsian isEastAsian: Bool) {
        guard let scalar = Unicode.Scalar(value) else { return }
        if count == 0 { offset = position }
        scalars.append(scalar)
        count += 1
        if isEastAsian { eastAsian += 1 }
    }

    /// Gives the run if it is long enough by `keep`, and starts the next one empty.
    mutating func flush(keep: (OpenRun) -> Bool, _ found: (RawTextRuns.Found) throws -> Void) rethrows {
        defer { self = OpenRun() }
        guard count > 0, keep(self) else { return }
        try found((String(scalars), offset))
    }

    /// When the run has grown to `RawTextRuns.longestRun`, gives it and keeps its tail.
    mutating func cutIfLong(_ found: (RawTextRuns.Found) throws -> Void) rethrows {
        guard count >= RawTextRuns.longestRun else { return }
        try found((String(scalars), offset))
        let tail = String.UnicodeScalarView(scalars.suffix(RawTextRuns.overlap))
        self = OpenRun(scalars: tail, count: tail.count, eastAsian: 0, offset: offset)
    }
}

/// UTF-8 runs: printable ASCII, the tab, and any valid multi-byte character that is not a control.
struct UTF8RunReader {
    private var run = OpenRun()
    private var pending: UInt32 = 0
    private var needed = 0
    private var pendingStart: Int64 = 0

    /// Two East Asian characters, or six characters that read as words: letters, digits, spaces
    /// and a word's punctuation, with at most one other symbol in eight. Random bytes make short
    /// runs like `í$mI`, which folds to a short romanised name ("I Mi"): with four characters and
    /// any symbols, eight megabytes of random bytes held one for 이미.
    static func keep(_ run: OpenRun) -> Bool {
        if run.eastAsian >= 2 { return true }
        guard run.count >= 6 else { return false }
        let symbols = run.scalars.count { scalar in
            !(scalar.properties.isAlphabetic || (0x30...0x39).contains(scalar.value) || " -'.,\t".unicodeScalars.contains(scalar))
        }
        return symbols * 8 <= run.count
    }

    mutating func read(_ bytes: UnsafeBufferPointer<UInt8>, base: Int64, _ found: (RawTextRuns.Found) throws -> Void) rethrows {
        for (index, byte) in bytes.enumerated() {
            if needed > 0 {
                if byte & 0xC0 == 0x80 {
                    pending = pending << 6 | UInt32(byte & 0x3F)
                    needed -= 1
                    if needed == 0 {
                        if pending >= 0xA0, pending != 0xFEFF, !(0xD800...0xDFFF).contains(pending) {
                            run.append(pending, at: pendingStart, eastAsian: Hangul.isEastAsian(pending))
                            try run.cutIfLong(found)
                        } else {
                            try run.flush(keep: Self.keep, found)
                        }
                    }
                    continue
                }
                needed = 0
                try run.flush(keep: Self.keep, found)
            }
            if byte >= 0x20 && byte < 0x7F || byte == 0x09 {
                run.append(UInt32(byte), at: base + Int64(index), eastAsian: false)
                try run.cutIfLong(found)
            } else if byte >= 0xC2 && byte <= 0xF4 {
                pendingStart = base + Int64(index)
                (pending, needed) =
                    byte < 0xE0 ? (UInt32(byte & 0x1F), 1) : byte < 0xF0 ? (UInt32(byte & 0x0F), 2) : (UInt32(byte & 0x07), 3)
            } else {
                try run.flush(keep: Self.keep, found)
            }
        }
    }

    mutating func flush(_ found: (RawTextRuns.Found) throws -> Void) rethrows {
        try run.flush(keep: Self.keep, found)
    }
}

/// UTF-16 runs at one byte order and one parity of offset: printable ASCII, Latin-1 letters,
/// Hangul syllables and the tab (as `UTF16Text.embeddedText` reads them).
struct UTF16RunReader {
    let bigEndian: Bool
    /// 0 for units that start at even offsets, 1 for odd ones.
    let phase: Int
    private var run = OpenRun()
    private var first: UInt8?

    init(bigEndian: Bool, phase: Int) {
        self.bigEndian = bigEndian
        self.phase = phase
    }

    static func keep(_ run: OpenRun) -> Bool { run.count >= 4 || run.eastAsian >= 3 }

    mutating func read(_ bytes: UnsafeBufferPointer<UInt8>, base: Int64, _ found: (RawTextRuns.Found) throws -> Void) rethrows {
        var index = 0
        if let held = first, !bytes.isEmpty {
            try take(held, bytes[0], at: base - 1, found)
            first = nil
            index = 1
        } else if first == nil, Int(base & 1) != phase, !bytes.isEmpty {
            index = 1
        }
        while index + 1 < bytes.count {
            try take(bytes[index], bytes[index + 1], at: base + Int64(index), found)
            index += 2
        }
        if index < bytes.count { first = bytes[index] }
    }

    private mutating func take(_ a: UInt8, _ b: UInt8, at position: Int64, _ found: (RawTextRuns.Found) throws -> Void) rethrows {
        let unit = bigEndian ? UInt32(a) << 8 | UInt32(b) : UInt32(b) << 8 | UInt32(a)
        let hangul = (0xAC00...0xD7A3).contains(unit)
        if hangul || (0x20...0x7E).contains(unit) || (0xC0...0xFF).contains(unit) || unit == 0x09 {
            run.append(unit, at: position, eastAsian: hangul)
            try run.cutIfLong(found)
        } else {
            try run.flush(keep: Self.keep, found)
        }
    }

    mutating func flush(_ found: (RawTextRuns.Found) throws -> Void) rethrows {
        try run.flush(keep: Self.keep, found)
    }
}

/// Code page 949 runs of Hangul syllables (the 2,350 of KS X 1001, which every Korean Windows
/// program writes), with single spaces between them. Read greedily from any byte (spaces and ASCII
/// realign it) and at each fixed parity, so a stray byte before a name cannot pair with its first
/// byte and hide it.
///
/// Random bytes make a pair of KS X 1001 syllables every few hundred bytes, and with a few
/// two-syllable names (이미, or 이령 for 이영) one of them about once in a hundred megabytes; so
/// a run of two syllables is kept only when it stands as a field stands (`CP949Field`), and three
/// or more are kept anywhere.
struct CP949RunReader {
    /// nil to read greedily with spaces, or the parity of the pairs read.
    let phase: Int?
    private var run = OpenRun()
    private var lead: UInt8?
    private var leadOffset: Int64 = 0
    /// The byte before the one being read (nil at the start of the stream), and the byte before the run.
    private var previous: UInt8?
    private var beforeRun: UInt8?

    init(phase: Int?) { self.phase = phase }

    mutating func read(_ bytes: UnsafeBufferPointer<UInt8>, base: Int64, _ found: (RawTextRuns.Found) throws -> Void) rethrows {
        let table = KSHangul.table
        for (index, byte) in bytes.enumerated() {
            defer { previous = byte }
            let position = base + Int64(index)
            if let held = lead {
                lead = nil
                if byte >= 0xA1 && byte <= 0xFE {
                    let value = table[Int(held - 0xB0) * 94 + Int(byte - 0xA1)]
                    run.append(UInt32(value), at: leadOffset, eastAsian: true)
                    try run.cutIfLong(found)
                    continue
                }
                try flushRun(endedBy: held, found)
                if phase != nil { continue }
            }
            if let phase, Int(position & 1) != phase { continue }
            if byte >= 0xB0 && byte <= 0xC8 {
                if run.count == 0 { beforeRun = previous }
                lead = byte
                leadOffset = position
            } else if byte == 0x20, phase == nil, run.count > 0 {
                run.append(0x20, at: position, eastAsian: false)
            } else {
                try flushRun(endedBy: byte, found)
            }
        }
    }

    mutating func flush(_ found: (RawTextRuns.Found) throws -> Void) rethrows {
        try flushRun(endedBy: nil, found)
    }

    /// Gives the run, ended by the byte `after` (nil at the end of the stream), if it is kept.
    private mutating func flushRun(endedBy after: UInt8?, _ found: (RawTextRuns.Found) throws -> Void) rethrows {
        let field = CP949Field.stands(before: beforeRun, after: run.scalars.last == " " ? 0x20 : after)
        try run.flush(keep: { $0.eastAsian >= 3 || ($0.eastAsian >= 2 && field) }, found)
    }
}

/// How a short Korean name stands in binary data as a field, not as noise: after ASCII or a NUL
/// (a length byte, a tag's header, a space) or at the start, and ended by a NUL, a space or a
/// line break (an ID3v1 field's padding, a C string's end, a word's end) or by the end of the
/// data. Random bytes meet both about once in a hundred runs.
enum CP949Field {
    static func stands(before: UInt8?, after: UInt8?) -> Bool {
        let startsField = before.map { $0 < 0x80 } ?? true
        let endsField = after.map { [0x00, 0x09, 0x0A, 0x0D, 0x20].contains($0) } ?? true
        return startsField && endsField
    }
}

/// The Hangul syllables of KS X 1001 (lead bytes 0xB0–0xC8, trail bytes 0xA1–0xFE, all 2,350
/// assigned), read once from the system's CP949 converter: a table lookup per pair keeps the raw
/// pass linear.
enum KSHangul {
    static let table: [UInt16] = {
        var bytes: [UInt8] = []
        for lead in UInt8(0xB0)...0xC8 {
            for trail in UInt8(0xA1)...0xFE { bytes += [lead, trail] }
        }
        let scalars = MetadataText.strictCP949(bytes).map { Array($0.unicodeScalars) } ?? []
        guard scalars.count == 2350 else { return [UInt16](repeating: 0xFFFD, count: 2350) }
        return scalars.map { UInt16(truncatingIfNeeded: $0.value) }
    }()
}
