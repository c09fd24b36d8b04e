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
    static func isCapNote(_ note: String) -> Bool {
        [fieldLimitNote, budgetNote, valueCountNote, XMPMetadata.intricateNote, ObjectIndex.cutNote].contains(note)
    }

    /// Adds a field, trimmed and capped; empty values and repeats are dropped.
    mutating func add(_ key: String, _ name: String, _ value: String, _ category: MetadataCategory) {
        var value = value
        if value.utf8.count > 4 * Self.valueLimit {
            // Kept to its first part before cleaning, so a huge value costs no more than a long one.
            let scalars = value.unicodeScalars
            let start =
                scalars.firstIndex { $0 != "\u{0}" && !CharacterSet.whitespacesAndNewlines.contains($0) } ?? scalars.endIndex
            value = String(String.UnicodeScalarView(scalars[start...].prefix(2 * Self.valueLimit)))
        }
        var cleaned = value.replacingOccurrences(of: "\u{0}", with: " ").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !cleaned.isEmpty else { return }
        if cleaned.utf8.count > Self.valueLimit {
            cleaned = String(decoding: cleaned.utf8.prefix(Self.valueLimit), as: UTF8.self) + " …(cut)"
        }
        let field = MetadataField(key: key, name: name, value: cleaned, category: category)
        guard !fields.contains(field) else { return }
        guard fields.count < Self.fieldLimit else {
            noteFieldLimit()
            return
        }
        fields.append(field)
    }

    mutating func note(_ text: String) {
        if !notes.contains(text) { notes.append(text) }
    }

    mutating func merge(_ other: MetadataReading) {
        for field in other.fields { add(field.key, field.name, field.value, field.category) }
        for text in other.notes { note(text) }
    }
}
