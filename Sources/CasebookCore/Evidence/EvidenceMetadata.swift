import CasebookModel
import CasebookProtection
import CasebookStore
import Foundation

/// An evidence item's metadata as the case holds it: the fields its file carries, what could not
/// be read, and its type by content and by name.
struct EvidenceMetadata: Codable, Sendable, Equatable {
    /// The format whose metadata was read ("JPEG image"), or nil when Casebook reads none of it.
    public let format: String?
    public let fields: [MetadataField]
    public let notes: [String]
    public let types: TypeCheck

    /// The GPS positions among the fields.
    public var gpsFields: [MetadataField] { fields.filter(\.isGPS) }
    /// The fields that name a person (author, artist, creator, by-line, last modified by).
    public var personFields: [MetadataField] { fields.filter { $0.category == .person } }
}

/// A file read for metadata and type, before its row is stored.
struct Inspection: Sendable {
    let reading: MetadataReading
    let types: TypeCheck

    /// How many bytes are read to tell text from other content.
    static let headLength = 4096

    /// Reads the file at `path` (its metadata wherever it lies: the file is mapped, not loaded)
    /// and its first bytes, and the type its `name` gives.
    static func inspect(path: String, name: String) -> Inspection {
        let head = (try? FileHandle(forReadingFrom: URL(fileURLWithPath: path))).map { handle in
            defer { try? handle.close() }
            return [UInt8]((try? handle.read(upToCount: headLength)) ?? Data())
        }
        return Inspection(
            reading: MetadataReader.read(path: path),
            types: TypeCheck(byContent: MediaType.byContent(head ?? []), byName: MediaType.byName(name)))
    }
}

extension Case {
    /// Bumped when the reader learns more: an item read by an older version is read again the next
    /// time its metadata is needed (at every export's scan). 2: XMP values of digits only (dates,
    /// telephone numbers), UTF-16 XMP packets, values past 64 KB kept in further fields, the plain
    /// text after an image's end, in PNG private chunks and JPEG APP11, the EXIF thumbnail's tags
    /// and comment, EXIF text in code page 949. 3: CP949 in a JPEG comment and PNG text chunks and
    /// after an image's end, text in UTF-16 without a byte-order mark or CP949 told by content.
    static let metadataReaderVersion = 3

    /// Stores what reading an item's file found, in the caller's transaction.
    static func storeInspection(_ inspection: Inspection, evidenceId: Int64, in tx: StoreTransaction) throws {
        let notes = String(decoding: try JSONEncoder().encode(inspection.reading.notes), as: UTF8.self)
        let stored = EvidenceInspectionRecord(
            evidenceId: evidenceId, format: inspection.reading.format, typeByContent: inspection.types.byContent,
            typeByName: inspection.types.byName, notes: notes, readerVersion: metadataReaderVersion, inspectedAt: timestampNow()
        )
        let fields = inspection.reading.fields.enumerated().map { position, field in
            EvidenceMetadataRecord(
                evidenceId: evidenceId, position: position, key: field.key, name: field.name, value: field.value,
                category: field.category.rawValue)
        }
        try tx.storeInspection(stored, fields: fields)
    }

    /// The metadata of the given items. An item ingested before Casebook read metadata, or read by
    /// an older version of the reader, is read now, from its stored copy, and the result kept, so
    /// each file is read once per version.
    func metadata(of items: [EvidenceItemRecord]) throws -> [Int64: EvidenceMetadata] {
        let ids = items.compactMap(\.id)
        let inspected = try database.readTransaction { tx in try tx.inspections(ofEvidence: ids) }
        let known = Set(inspected.filter { $0.readerVersion >= Self.metadataReaderVersion }.map(\.evidenceId))
        let stale = Set(inspected.map(\.evidenceId)).subtracting(known)
        let missing = items.filter { $0.id.map { !known.contains($0) } ?? false }
        if !missing.isEmpty {
            let read = missing.map { item in
                (item.id ?? 0, Inspection.inspect(path: objects.objectPath(item.sha256), name: item.originalName))
            }
            try database.writeTransaction { tx in
                for (id, inspection) in read {
                    if stale.contains(id) { try tx.forgetInspection(evidenceId: id) }
                    try Self.storeInspection(inspection, evidenceId: id, in: tx)
                }
            }
        }
        return try database.readTransaction { tx in
            let rows = try tx.inspections(ofEvidence: ids)
            let fields = try tx.metadataFields(ofEvidence: ids)
            let grouped = Dictionary(grouping: fields, by: \.evidenceId)
            var result: [Int64: EvidenceMetadata] = [:]
            for row in rows {
                let notes = (try? JSONDecoder().decode([String].self, from: Data(row.notes.utf8))) ?? []
                result[row.evidenceId] = EvidenceMetadata(
                    format: row.format,
                    fields: (grouped[row.evidenceId] ?? []).map {
                        MetadataField(
                            key: $0.key, name: $0.name, value: $0.value, category: MetadataCategory(rawValue: $0.category) ?? .other
                        )
                    }, notes: notes, types: TypeCheck(byContent: row.typeByContent, byName: row.typeByName))
            }
            return result
        }
    }
}
