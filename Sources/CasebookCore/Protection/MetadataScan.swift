import CasebookModel
import CasebookProtection
import CasebookStore
import Foundation

/// An exported item whose metadata gives away where it was made or who made it.
public struct MetadataNotice: Codable, Sendable, Equatable {
    public let item: RecordID
    public let name: String
    /// The names of its GPS fields ("GPS position (EXIF)").
    public let gpsFields: [String]
    /// The names of its fields that name a person ("Artist (EXIF)").
    public let personFields: [String]
    /// Whether `strip-metadata` can make a copy of it without them (JPEG, PNG, Office files).
    public let canStrip: Bool
}

extension Case {
    /// Checks the text of every metadata field of the items about to leave the case for witness
    /// identities (a hit names the item, the field and the witness, never the value), and returns
    /// a notice for each item whose metadata holds a GPS position or names a person. Items the
    /// user included with their identifying text (a bag for a court under seal) are not scanned.
    package func checkMetadata(
        _ items: [EvidenceItemRecord], guard leakGuard: LeakGuard, included: Set<RecordID> = [], inBag: Bool
    ) throws -> [MetadataNotice] {
        let metadata = try metadata(of: items)
        var notices: [MetadataNotice] = []
        for item in items {
            let id = RecordID(.evidence, item.id ?? 0)
            guard let found = metadata[id.number], !found.fields.isEmpty else { continue }
            if leakGuard.isActive && !included.contains(id) {
                try leakGuard.check(item.originalName, place: "the name of evidence item \(id)")
                for field in found.fields {
                    do {
                        try leakGuard.check(field.value, place: "metadata")
                    } catch ProtectionError.leak(let witness, let identity, _) {
                        throw MetadataError.leak(
                            item: id, name: item.originalName, field: field.name, witness: witness, identity: identity, inBag: inBag
                        )
                    }
                }
            }
            let gps = found.gpsFields.map(\.name)
            let people = found.personFields.map(\.name)
            if !gps.isEmpty || !people.isEmpty {
                notices.append(
                    MetadataNotice(
                        item: id, name: item.originalName, gpsFields: gps, personFields: people,
                        canStrip: ["JPEG image", "PNG image", "Office document"].contains(found.format ?? "")))
            }
        }
        return notices
    }

    /// A warning for each item about to leave the case whose metadata a cap stopped reading (a
    /// crafted file with thousands of fields or megabytes of text): what was not read was not
    /// checked for witness identities, and the export says so rather than passing it in silence.
    package func metadataCapWarnings(_ items: [EvidenceItemRecord], guard leakGuard: LeakGuard, included: Set<RecordID> = [])
        throws -> [String]
    {
        guard leakGuard.isActive else { return [] }
        let metadata = try metadata(of: items)
        var warnings: [String] = []
        for item in items {
            let id = RecordID(.evidence, item.id ?? 0)
            guard !included.contains(id), let found = metadata[id.number] else { continue }
            for note in found.notes where MetadataReading.isCapNote(note) {
                warnings.append(
                    "warning: \(id) (\(item.originalName)) could not be fully checked for witness identities: \(note).")
            }
        }
        return warnings
    }

    /// Reads an item that the leak scan would pass over as binary, when its content or its name
    /// says it is text (a transcript behind a JPEG header, an image type on a `.txt` name).
    func readDisguisedText(of item: EvidenceItemRecord) throws -> (String, [UInt8])? {
        guard item.size <= Self.largestScannedText, let id = item.id,
            let types = try metadata(of: [item])[id]?.types, types.saysText
        else { return nil }
        let bytes = Array(try PosixFile.readAll(objects.objectPath(item.sha256)).prefix(Int(item.size)))
        // Read as any text item is: a NUL character in UTF-16 must not end the scan early.
        return (Self.scannedText(of: bytes), bytes)
    }
}
