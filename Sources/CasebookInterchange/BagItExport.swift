import CSV
import CasebookCore
import CasebookCrypto
import CasebookModel
import CasebookProtection
import CasebookStore
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What `export bagit` wrote.
public struct BagItSummary: Codable, Sendable, Equatable {
    public let folder: String
    public let items: [RecordID]
    public let payloadBytes: Int64
    public let custodyHead: CustodyHead
    /// Warnings for the person exporting (a skipped leak scan).
    public let warnings: [String]
    /// The items whose metadata gives a GPS position or names a person (a warning, not a refusal).
    public var metadataNotices: [MetadataNotice]? = nil
}

extension Case {
    /// Writes an RFC 8493 BagIt bag of evidence items: each stored object re-hashed as it is
    /// copied into `data/`, SHA-256 and SHA-512 manifests, the custody log of those items as tag
    /// files, and an `exported` custody event per item.
    ///
    /// The custody events and the tag files are written in one database transaction, so a
    /// failure records no export.
    public func exportBagIt(
        to folder: String, items requested: [RecordID]?, handler: Handler, leakScan: LeakScanOptions = LeakScanOptions()
    ) throws -> BagItSummary {
        try requireUsableKey(for: handler)
        let root = URL(fileURLWithPath: folder).standardizedFileURL
        let info = try database.readTransaction { tx in try tx.fetchOne(CaseInfo.self, key: 1) }
        let items = try database.readTransaction { tx -> [EvidenceItemRecord] in
            guard let requested else { return try tx.evidenceItems() }
            return try requested.map { id in
                guard id.kind == .evidence else { throw RecordError.wrongKind(id, expected: [.evidence], role: .part("evidence")) }
                guard let item = try tx.fetchOne(EvidenceItemRecord.self, key: id.number) else { throw RecordError.notFound(id) }
                return item
            }
        }
        guard !items.isEmpty else { throw EvidenceError.noEvidenceToExport }
        try Self.refuseNonEmptyFolder(root)
        // Everything the tag files will say is checked for witness identities before anything is written.
        let (leakGuard, warning) = try leakGuard(for: "The BagIt bag", options: leakScan, handler: handler)
        try leakGuard.check(
            [info?.title, info?.organization, root.lastPathComponent].compactMap { $0 }.joined(separator: "\n"),
            place: "bag-info.txt")
        try leakGuard.check(items.map(\.originalName).joined(separator: "\n"), place: "the payload file names")
        // The bag carries the complete log, case-wide events included, so every event is checked.
        let events = try database.readTransaction { tx in try tx.fetchAll(CustodyEventRecord.self) }
        try leakGuard.check(
            // The canonical bytes escape line breaks, so the raw handler and note are scanned too.
            events.map { [String(decoding: $0.canonicalBytes, as: UTF8.self), $0.handler, $0.note ?? ""].joined(separator: "\n") }
                .joined(separator: "\n"), place: "the custody log tag files")
        try leakGuard.check(handler.name, place: "the custody log tag files")
        let unchecked = try checkTextPayloads(items, guard: leakGuard, options: leakScan, handler: handler, what: "The BagIt bag")
        let notices = try checkMetadata(items, guard: leakGuard, included: Set(leakScan.includeIdentifying), inBag: true)
        let unread = try metadataCapWarnings(items, guard: leakGuard, included: Set(leakScan.includeIdentifying))
        try checkRawText(items, guard: leakGuard, included: Set(leakScan.includeIdentifying))
        try Self.prepareEmptyFolder(root)
        do {
            var summary = try writeBag(
                root, items: items, info: info, handler: handler, warnings: (warning.map { [$0] } ?? []) + unchecked + unread)
            summary.metadataNotices = notices.isEmpty ? nil : notices
            try PosixFile.makePrivate(root)
            try logUsedWaivers(leakGuard, what: "The BagIt bag", handler: handler)
            return summary
        } catch {
            if let contents = try? FileManager.default.contentsOfDirectory(atPath: root.path) {
                for name in contents { try? FileManager.default.removeItem(at: root.appendingPathComponent(name)) }
            }
            throw error
        }
    }

    private func writeBag(
        _ root: URL, items: [EvidenceItemRecord], info: CaseInfo?, handler: Handler, warnings: [String]
    ) throws -> BagItSummary {
        let data = root.appendingPathComponent("data")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        let hasher = try FileHasher()
        var manifest256 = ""
        var manifest512 = ""
        var total: Int64 = 0
        var usedNames: Set<String> = []
        var payloadNames: [String] = []
        for item in items {
            let id = item.id ?? 0
            var name = "E-\(id)_" + Self.safeFileName(item.originalName)
            while usedNames.contains(name) { name = "_" + name }
            usedNames.insert(name)
            payloadNames.append("data/" + name)
            let copied = try copyObject(item, to: data.appendingPathComponent(name).path, with: hasher)
            manifest256 += "\(copied.sha256)  data/\(name)\n"
            manifest512 += "\(copied.sha512)  data/\(name)\n"
            total += copied.size
        }
        try write("BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n", to: root, "bagit.txt")
        try write(manifest256, to: root, "manifest-sha256.txt")
        try write(manifest512, to: root, "manifest-sha512.txt")

        let ids = items.compactMap(\.id)
        let head: CustodyHead = try database.writeTransaction { tx in
            try appendCustody(
                items.map { item in
                    NewCustodyEvent(
                        evidenceId: item.id, action: .exported, handler: handler, objectSha256: item.sha256,
                        note: "exported to BagIt bag \(root.lastPathComponent)")
                }, in: tx)
            let events = try tx.custodyEvents(ofEvidence: ids)
            let last = try tx.latestCustodyEvent()
            let head = CustodyHead(sequence: last?.sequence ?? 0, hash: last?.eventHash ?? CustodyEventRecord.genesisHash)
            let proof = BagProof(
                events: try tx.custodyEvents(), keys: try tx.handlerKeys(), anchors: try tx.fetchAll(AnchorRecord.self),
                payload: zip(items, payloadNames).map { ($0.sha256, $1) })
            try writeTagFiles(
                root, events: events, head: head, info: info, payloadBytes: total, payloadCount: items.count, proof: proof)
            return head
        }
        return BagItSummary(
            folder: root.path, items: ids.map { RecordID(.evidence, $0) }, payloadBytes: total, custodyHead: head,
            warnings: warnings)
    }

    /// Copies one stored object, re-hashing it, and refuses to export a copy that no longer matches.
    private func copyObject(_ item: EvidenceItemRecord, to destination: String, with hasher: FileHasher) throws -> HashedCopy {
        let source = objects.objectPath(item.sha256)
        // Only the regular file stored under the hash name, and never more than its recorded size.
        let input = open(source, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY)
        guard input >= 0 else { throw EvidenceError.storeDamaged(RecordID(.evidence, item.id ?? 0)) }
        defer { close(input) }
        var info = stat()
        guard fstat(input, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, Int64(info.st_size) == item.size else {
            throw EvidenceError.storeDamaged(RecordID(.evidence, item.id ?? 0))
        }
        let output = open(destination, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard output >= 0 else {
            throw IntegrityError.fileFailure(path: destination, operation: "create", reason: PosixFile.lastError())
        }
        let target = TemporaryObject(fd: output, path: destination)
        defer { close(output) }
        let content = try hasher.hash(
            input: input, inputPath: source, output: target, algorithms: [.sha256, .sha512],
            parallel: item.size >= Self.largeFileThreshold, progress: { _ in })
        guard content.sha256?.hex == item.sha256, content.sha512?.hex == item.sha512 else {
            throw EvidenceError.storeDamaged(RecordID(.evidence, item.id ?? 0))
        }
        try target.sync()
        return HashedCopy(sha256: item.sha256, sha512: item.sha512, size: content.size)
    }

    private func writeTagFiles(
        _ root: URL, events: [CustodyEventRecord], head: CustodyHead, info: CaseInfo?, payloadBytes: Int64, payloadCount: Int,
        proof: BagProof
    ) throws {
        let custody = root.appendingPathComponent("custody")
        try FileManager.default.createDirectory(at: custody, withIntermediateDirectories: true)
        let entries = events.map(CustodyEntry.init)
        try write(try JSONOutput.encode(entries) + "\n", to: custody, "custody-log.json")
        try write(try Self.custodyCSV(entries), to: custody, "custody-log.csv")
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd"
        formatter.timeZone = TimeZone(identifier: "UTC")
        var bagInfo = ""
        if let organization = info?.organization { bagInfo += "Source-Organization: \(Self.tagValue(organization))\n" }
        bagInfo +=
            "External-Description: Evidence of the case \(Self.tagValue(info?.title ?? "(untitled)")), exported by Casebook with its chain of custody.\n"
        bagInfo += "Casebook-Case-Title: \(Self.tagValue(info?.title ?? "(untitled)"))\n"
        bagInfo += "Bagging-Date: \(formatter.string(from: Date()))\n"
        bagInfo += "Payload-Oxum: \(payloadBytes).\(payloadCount)\n"
        bagInfo += "Casebook-Custody-Head-Sequence: \(head.sequence)\n"
        bagInfo += "Casebook-Custody-Head-SHA256: \(head.hash)\n"
        try write(bagInfo, to: root, "bag-info.txt")
        let proofFiles = try proof.write(into: root)
        var tagManifest = ""
        for name in [
            "bagit.txt", "bag-info.txt", "manifest-sha256.txt", "manifest-sha512.txt", "custody/custody-log.json",
            "custody/custody-log.csv",
        ]
            + proofFiles
        {
            let bytes = try PosixFile.readAll(root.appendingPathComponent(name).path)
            tagManifest += "\(try Digest.of(bytes, using: .sha256).hex)  \(name)\n"
        }
        try write(tagManifest, to: root, "tagmanifest-sha256.txt")
    }

    static func custodyCSV(_ entries: [CustodyEntry]) throws -> String {
        let writer = try CSVWriter(stream: .toMemory())
        try writer.write(row: [
            "sequence", "evidence", "action", "handler", "time_utc", "object_sha256", "note", "previous_hash", "event_hash",
            "signed",
        ])
        for entry in entries {
            try writer.write(row: [
                String(entry.sequence), entry.evidence?.description ?? "", entry.action, entry.handler, entry.time,
                entry.objectSha256 ?? "", entry.note ?? "", entry.previousHash, entry.hash, entry.signed ? "yes" : "no",
            ])
        }
        writer.stream.close()
        let data = writer.stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// A payload file name that cannot leave `data/`: no slashes, no leading dots, no control
    /// characters or line breaks, nothing a manifest would have to escape, and no invisible
    /// formatting characters: a right-to-left override (U+202E) can make `gpj.exe` look like
    /// `exe.jpg` to the court, so those are dropped. Kept under the file system's 255-byte limit.
    static func safeFileName(_ name: String) -> String {
        var cleaned = String(
            String.UnicodeScalarView(
                name.unicodeScalars.compactMap { scalar -> Unicode.Scalar? in
                    if isHiddenFormatting(scalar) { return nil }
                    let category = scalar.properties.generalCategory
                    if category == .control || category == .lineSeparator || category == .paragraphSeparator
                        || "/\\%:*?\"<>|".unicodeScalars.contains(scalar)
                    {
                        return "_"
                    }
                    return scalar
                }))
        while cleaned.hasPrefix(".") { cleaned.removeFirst() }
        cleaned = cleaned.trimmingCharacters(in: .whitespaces)
        var kept = ""
        for character in cleaned.prefix(180) {
            guard kept.utf8.count + String(character).utf8.count <= 200 else { break }
            kept.append(character)
        }
        kept = kept.trimmingCharacters(in: .whitespaces)
        return kept.isEmpty ? "file" : kept
    }

    /// Invisible characters that change how a name is shown, not what it says: the bidirectional
    /// controls (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C) and the other format
    /// characters (zero-width space, byte-order mark…). The zero-width joiner and non-joiner stay:
    /// Persian, Indic and emoji names need them to read correctly.
    static func isHiddenFormatting(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value == 0x200C || scalar.value == 0x200D { return false }
        return scalar.properties.generalCategory == .format
    }

    static func tagValue(_ text: String) -> String {
        text.replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ")
    }

    private func write(_ text: String, to folder: URL, _ name: String) throws {
        try Data(text.utf8).write(to: folder.appendingPathComponent(name))
    }
}

/// A copy's digests and size, once checked against the record.
struct HashedCopy {
    let sha256: String
    let sha512: String
    let size: Int64
}
