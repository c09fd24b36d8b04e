import CasebookCrypto
import CasebookModel
import CasebookProtection
import CasebookStore
import Foundation

/// What `evidence strip-metadata` produced.
public struct MetadataStripSummary: Codable, Sendable, Equatable {
    public let original: RecordID
    public let originalSha256: String
    public let copy: RecordID
    public let copySha256: String
    public let file: String
    /// The names of the fields the copy no longer carries ("Artist (EXIF)"), never their values.
    public let fieldsRemoved: [String]
}

extension Case {
    /// Writes a copy of an item without its metadata, reads the copy back to check that none is
    /// left, and adds it as a new evidence item linked to the original (as a redacted copy is),
    /// with a `metadata-stripped` custody event naming the original and its SHA-256.
    public func stripMetadata(_ original: RecordID, to requestedPath: String?, handler: Handler) throws -> MetadataStripSummary {
        guard original.kind == .evidence else { throw RecordError.wrongKind(original, expected: [.evidence], role: .subject) }
        try requireUsableKey(for: handler)
        let item = try database.readTransaction { tx in
            guard let item = try tx.fetchOne(EvidenceItemRecord.self, key: original.number) else {
                throw RecordError.notFound(original)
            }
            return item
        }
        let source = objects.objectPath(item.sha256)
        guard try Digest.of(try PosixFile.readAll(source), using: .sha256).hex == item.sha256 else {
            throw EvidenceError.storeDamaged(original)
        }
        let reading = MetadataReader.read(path: source)
        guard !reading.fields.isEmpty else { throw MetadataError.nothingToStrip(original, format: reading.format) }
        let stripped: [UInt8]
        switch MetadataStripper.strip(path: source) {
        case .stripped(let bytes): stripped = bytes
        case .unsupported: throw MetadataError.cannotStrip(original, format: reading.format)
        case .damaged: throw MetadataError.damaged(original, format: reading.format ?? "file")
        }
        let left = MetadataReader.read(Data(stripped)).fields
        guard left.isEmpty else {
            // A file read only in part (damaged) cannot be trusted to be rewritten whole.
            if !reading.notes.isEmpty { throw MetadataError.damaged(original, format: reading.format ?? "file") }
            throw MetadataError.stripIncomplete(original, remaining: unique(left.map(\.name)))
        }

        let path = try requestedPath ?? defaultStripPath(for: item)
        try refuseCaseFile(path)
        try PosixFile.refuseExisting(path)
        try PosixFile.writeNew(path, contents: stripped, mode: 0o600)
        var request = IngestRequest(
            paths: [RawPath(path)], kind: item.kind,
            description: "Copy of \(original) (\(item.originalName)) without its metadata",
            source: "\(original)", handler: handler, jobs: 1)
        request.noteCheck = .checkedAlready
        let report = try ingest(request)
        guard let copy = report.items.first else {
            throw EvidenceError.cannotUse(path, reason: report.failed.first?.reason ?? "it could not be stored")
        }
        let removed = unique(reading.fields.map(\.name))
        try database.writeTransaction { tx in
            // A copy already held (the same image stripped before) keeps the link it was given first.
            if copy.sameContentAs == nil { try tx.markRedactedCopy(copy.id.number, of: original.number) }
            try appendCustody(
                [
                    NewCustodyEvent(
                        evidenceId: copy.id.number, action: .metadataStripped, handler: handler, objectSha256: copy.sha256,
                        note:
                            "copy of \(original) (sha256 \(item.sha256)) without its metadata; removed: \(removed.joined(separator: ", "))"
                    )
                ],
                in: tx)
        }
        return MetadataStripSummary(
            original: original, originalSha256: item.sha256, copy: copy.id, copySha256: copy.sha256, file: path,
            fieldsRemoved: removed)
    }

    /// `out/E-n-no-metadata.ext` in the workspace: named by the item, not by its file name, which may itself say too much.
    private func defaultStripPath(for item: EvidenceItemRecord) throws -> String {
        let folder = workspace.root.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let ext = (item.originalName as NSString).pathExtension
        let safe = ext.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } && !ext.isEmpty && ext.count <= 8 ? "." + ext : ""
        return folder.appendingPathComponent("E-\(item.id ?? 0)-no-metadata\(safe)").path
    }

    private func unique(_ names: [String]) -> [String] {
        var seen: Set<String> = []
        return names.filter { seen.insert($0).inserted }
    }
}
