import Foundation

/// What a metadata field says about the people and places behind a file, for the flags in
/// `evidence list` and the warnings at export.
public enum MetadataCategory: String, Codable, Sendable, CaseIterable {
    /// Who made, wrote, owns or last changed the file: an author, artist, creator, by-line.
    case person
    /// Where: a city, a location, a GPS position.
    case place
    /// Free text: a description, comment, title, keywords.
    case text
    /// Anything else: a camera model, a program, a date.
    case other
}

/// One piece of metadata a file carries about itself, named in plain words.
public struct MetadataField: Codable, Sendable, Equatable {
    /// A stable key, such as `exif.artist` or `exif.gps`; a key ending in `gps` is a GPS position.
    public let key: String
    /// The field's name for people, such as "Artist (EXIF)". Never holds text taken from the file.
    public let name: String
    /// What the file says.
    public let value: String
    public let category: MetadataCategory

    public init(key: String, name: String, value: String, category: MetadataCategory) {
        self.key = key
        self.name = name
        self.value = value
        self.category = category
    }

    /// Whether this field is a GPS position.
    public var isGPS: Bool { key.hasSuffix("gps") }
}

/// What reading a file's metadata found: its fields, and notes on what could not be read.
public struct MetadataReading: Sendable, Equatable {
    /// The file format the reader recognised ("JPEG image"), or nil when it reads no metadata of it.
    public var format: String?
    public var fields: [MetadataField] = []
    /// Plain-English notes on what was not fully read ("the PDF's document information is stored compressed").
    public var notes: [String] = []

    /// The most fields one file may yield, and the longest value kept.
    static let fieldLimit = 400
    static let valueLimit = 64 << 10
    /// The most bytes of values (text, XMP packets, document strings) decoded from one file, so
    /// that a crafted file pointing many entries at large values is still read in bounded time.
    static let byteBudget = 4 << 20

    /// The most values (a tag, a text chunk, a packet) decoded from one file, however small.
    static let valueCountLimit = 10_000

    /// How many bytes of values have been decoded so far (counted against `byteBudget`).
    private(set) var bytesDecoded = 0
    /// How many values have been decoded so far (counted against `valueCountLimit`).
    private(set) var valuesDecoded = 0

    init(format: String? = nil) { self.format = format }

    public static func == (lhs: MetadataReading, rhs: MetadataReading) -> Bool {
        lhs.format == rhs.format && lhs.fields == rhs.fields && lhs.notes == rhs.notes
    }

    /// Whether no more fields may be added, or no more bytes decoded: readers stop there.
    var exhausted: Bool {
        fields.count >= Self.fieldLimit || bytesDecoded >= Self.byteBudget || valuesDecoded >= Self.valueCountLimit
    }

    /// Takes up to `wanted` bytes from the budget before decoding them, and says how many may be
    /// decoded (0 when the reading is full); a cut is noted, so the reading says it is incomplete.
    mutating func spend(_ wanted: Int) -> Int {
        guard fields.count < Self.fieldLimit else {
            noteFieldLimit()
            return 0
        }
        guard takeValue() else { return 0 }
        let allowed = min(max(wanted, 0), Self.byteBudget - bytesDecoded)
        if allowed < wanted { note(Self.budgetNote) }
        bytesDecoded += allowed
        return allowed
    }

    /// Counts one more value to decode, or says (and notes) that no more may be.
    mutating func takeValue() -> Bool {
        guard valuesDecoded < Self.valueCountLimit else {
            note(Self.valueCountNote)
            return false
        }
        valuesDecoded += 1
        return true
    }

    mutating func noteFieldLimit() {
        note(Self.fieldLimitNote)
    }

    static let fieldLimitNote = "only the first \(fieldLimit) fields of its metadata were read"
    static let budgetNote = "only the first \(byteBudget >> 20) MB of its metadata were read"
    static let valueCountNote = "only the first \(valueCountLimit) pieces of its metadata were read"

    /// Whether a note says that a cap, not damage or compression, cut the reading short.
    package static func isCapNote(_ note: String) -> Bool {
        [fieldLimitNote, budgetNote, valueCountNote, XMPMetadata.intricateNote, ObjectIndex.cutNote].contains(note)
            || HiddenData.notes.contains(note)
    }

    /// Adds a field, trimmed; empty values and repeats are dropped. A value longer than
    /// `valueLimit` goes on in further fields ("Other XMP text (part 2)"), each overlapping the one
    /// before, so that no text past the first 64 KB escapes the leak scan and no name is split
    /// between two fields; the byte budget and the field limit bound the whole.
    mutating func add(_ key: String, _ name: String, _ value: String, _ category: MetadataCategory) {
        var value = value
        if value.utf8.count > Self.byteBudget + Self.valueLimit {
            // Kept to the budget before cleaning, so a huge value costs no more than the budget.
            let scalars = value.unicodeScalars
            let start =
                scalars.firstIndex { $0 != "\u{0}" && !CharacterSet.whitespacesAndNewlines.contains($0) } ?? scalars.endIndex
            value = String(String.UnicodeScalarView(scalars[start...].prefix(Self.byteBudget)))
        }
        let cleaned = value.replacingOccurrences(of: "\u{0}", with: " ").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !cleaned.isEmpty else { return }
        for (number, part) in Self.parts(of: cleaned).enumerated() {
            let field = MetadataField(
                key: number == 0 ? key : "\(key).part\(number + 1)", name: number == 0 ? name : "\(name) (part \(number + 1))",
                value: part, category: category)
            guard !fields.contains(field) else { continue }
            guard fields.count < Self.fieldLimit else {
                noteFieldLimit()
                return
            }
            fields.append(field)
        }
    }

    /// How much each further part repeats of the one before: longer than any name or date.
    static let partOverlap = 512

    /// `text` in parts of at most `valueLimit` UTF-8 bytes, cut between scalars, each after the
    /// first starting `partOverlap` bytes before the end of the one before.
    static func parts(of text: String) -> [String] {
        guard text.utf8.count > valueLimit else { return [text] }
        let scalars = text.unicodeScalars
        var result: [String] = []
        var start = scalars.startIndex
        while start < scalars.endIndex {
            var end = text.utf8.index(start, offsetBy: valueLimit, limitedBy: text.utf8.endIndex) ?? text.utf8.endIndex
            while end > start, end < text.utf8.endIndex, end.samePosition(in: scalars) == nil { end = text.utf8.index(before: end) }
            result.append(String(String.UnicodeScalarView(scalars[start..<end])))
            guard end < scalars.endIndex else { break }
            var next = text.utf8.index(end, offsetBy: -partOverlap)
            while next.samePosition(in: scalars) == nil { next = text.utf8.index(before: next) }
            start = next
        }
        return result
    }

    mutating func note(_ text: String) {
        if !notes.contains(text) { notes.append(text) }
    }

    mutating func merge(_ other: MetadataReading) {
        for field in other.fields { add(field.key, field.name, field.value, field.category) }
        for text in other.notes { note(text) }
    }
}
