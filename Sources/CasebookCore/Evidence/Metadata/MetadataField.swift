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

    init(format: String? = nil) { self.format = format }

    /// Adds a field, trimmed and capped; empty values and repeats are dropped.
    mutating func add(_ key: String, _ name: String, _ value: String, _ category: MetadataCategory) {
        var cleaned = value.replacingOccurrences(of: "\u{0}", with: " ").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !cleaned.isEmpty, fields.count < Self.fieldLimit else { return }
        if cleaned.utf8.count > Self.valueLimit {
            cleaned = String(decoding: cleaned.utf8.prefix(Self.valueLimit), as: UTF8.self) + " …(cut)"
        }
        let field = MetadataField(key: key, name: name, value: cleaned, category: category)
        if !fields.contains(field) { fields.append(field) }
    }

    mutating func note(_ text: String) {
        if !notes.contains(text) { notes.append(text) }
    }

    mutating func merge(_ other: MetadataReading) {
        for field in other.fields { add(field.key, field.name, field.value, field.category) }
        for text in other.notes { note(text) }
    }
}
