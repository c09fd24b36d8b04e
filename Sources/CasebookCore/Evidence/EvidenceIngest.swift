import CasebookCrypto
import CasebookModel
import CasebookStore
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What `evidence add` was asked to do.
public struct IngestRequest: Sendable {
    public var paths: [RawPath]
    public var recursive: Bool
    public var kind: String?
    public var description: String?
    public var source: String?
    public var acquiredBy: String?
    public var acquiredAt: String?
    public var handler: Handler
    public var jobs: Int
    /// How the description, source and acquirer are checked for witness identities before they
    /// enter the custody log.
    public var noteCheck = CustodyNoteCheck()
    /// The source reliability grade of the new items, A to F, and the team's note on it.
    public var reliability: SourceReliability? = nil
    public var reliabilityNote: String? = nil
    /// The witness who handed the files over or whom they record: a witness, or a testimony
    /// standing for its witness.
    public var providedBy: RecordID? = nil
    /// The testimony or evidence item the files relay (a report quoting an interview).
    public var derivedFrom: RecordID? = nil

    public init(
        paths: [RawPath], recursive: Bool = false, kind: String? = nil, description: String? = nil, source: String? = nil,
        acquiredBy: String? = nil, acquiredAt: String? = nil, handler: Handler,
        jobs: Int = ProcessInfo.processInfo.activeProcessorCount
    ) {
        self.paths = paths
        self.recursive = recursive
        self.kind = kind
        self.description = description
        self.source = source
        self.acquiredBy = acquiredBy
        self.acquiredAt = acquiredAt
        self.handler = handler
        self.jobs = jobs
    }
}

/// How far an ingest has got, for a progress bar.
public struct IngestProgress: Sendable {
    public let filesDone: Int
    public let filesTotal: Int
    public let bytesDone: Int64
    public let bytesTotal: Int64
}

/// One file's place in the case after `evidence add`.
public struct IngestedItem: Codable, Sendable, Equatable {
    public let id: RecordID
    public let name: String
    public let sha256: String
    public let size: Int64
    public let mediaType: String
    /// Set when the content was already held: the file was recorded as a further acquisition of this item.
    public let sameContentAs: RecordID?
    public let wasSymlink: Bool
    /// Set when the file's content and its name say different kinds of file (a transcript behind a JPEG header).
    public var typeMismatch: TypeCheck? = nil
}

/// A file that could not be stored, and why; the others were kept.
public struct FailedFile: Codable, Sendable, Equatable {
    public let path: String
    public let reason: String
    let category: FailureCategory

    enum CodingKeys: String, CodingKey { case path, reason }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        path = try c.decode(String.self, forKey: .path)
        reason = try c.decode(String.self, forKey: .reason)
        category = .badInput
    }

    init(path: String, reason: String, category: FailureCategory) {
        self.path = path
        self.reason = reason
        self.category = category
    }
}

/// The outcome of `evidence add`: what was added, what was already held, what was passed over or failed.
public struct IngestReport: Codable, Sendable, Equatable {
    public let items: [IngestedItem]
    public let skipped: [SkippedFile]
    public let failed: [FailedFile]
    /// True when the case holds protected identities and the notes went into the custody log
    /// unchecked, on the handler's word (`CustodyNoteCheck.skip`).
    public var unchecked = false
    /// Items whose file name holds a witness's protected identity.
    public var identifyingFileNames: [IdentifyingFileName] = []

    /// The exit category when some files failed: environment failures outrank bad input.
    public var failureCategory: FailureCategory? {
        if failed.isEmpty { return nil }
        return failed.contains { $0.category == .environment } ? .environment : .badInput
    }
}

extension Case {
    /// Files at least this large are hashed with both cores on one file.
    package static let largeFileThreshold: Int64 = 64 << 20

    /// Streams each file once into the store, hashing it with SHA-256 and SHA-512 as it is
    /// copied, and records each new item with its `ingested` custody event in one transaction.
    ///
    /// Bad paths are refused before anything is written. A file that fails while being read
    /// (it changed, the disk filled) is reported and the others are kept.
    public func ingest(_ request: IngestRequest, progress: (@Sendable (IngestProgress) -> Void)? = nil) throws -> IngestReport {
        let acquiredAt = try Self.acquisitionTime(request.acquiredAt)
        let (files, skipped) = try IngestInputs.collect(request.paths, recursive: request.recursive, workspace: workspace.root)
        try requireUsableKey(for: request.handler)
        let providedByWitness = try sourceLinks(providedBy: request.providedBy, derivedFrom: request.derivedFrom)
        let hasNotes = [request.kind, request.description, request.source, request.acquiredBy].contains {
            Validate.optional($0) != nil
        }
        let notes = try custodyNoteGuard(
            request.noteCheck, notes: hasNotes ? "The kind, description, source and acquirer given for new evidence" : nil)
        try notes.check(request.handler.name, place: "the handler's name")
        try notes.check(Validate.optional(request.kind), place: "the kind given for the files")
        try notes.check(Validate.optional(request.description), place: "the description given for the files")
        try notes.check(Validate.optional(request.source), place: "the source given for the files")
        try notes.check(Validate.optional(request.acquiredBy), place: "the name of whoever acquired the files")
        PausePoint.afterWalk.reach()
        objects.removeAbandonedTemporaries()
        let queue = IngestQueue(files)
        let workers = max(1, min(request.jobs, files.count))
        let store = objects
        for _ in 0..<workers {
            Thread.detachNewThread {
                Self.runWorker(queue: queue, store: store, soleWorker: workers == 1)
            }
        }
        var items: [IngestedItem] = []
        var failed: [FailedFile] = []
        while true {
            let (batch, done) = queue.awaitOutcomes(timeout: 0.2)
            progress?(queue.progress)
            var stored: [StoredCopy] = []
            for outcome in batch {
                switch outcome {
                case .stored(let copy): stored.append(copy)
                case .failed(let file): failed.append(file)
                }
            }
            if !stored.isEmpty {
                do {
                    items += try commit(stored, request: request, acquiredAt: acquiredAt, providedByWitness: providedByWitness)
                } catch {
                    for file in stored { file.temporary.discard() }
                    queue.cancel()
                    throw error
                }
            }
            if done { break }
        }
        progress?(queue.progress)
        var report = IngestReport(items: items, skipped: skipped, failed: failed)
        report.unchecked = !notes.checked
        report.identifyingFileNames = items.compactMap { item in
            notes.hit(in: item.name).map { IdentifyingFileName(item: item.id, witness: $0.witness, field: $0.field) }
        }
        try logUsedWaivers(notes.leakGuard, what: "evidence add", handler: request.handler)
        return report
    }

    private static func runWorker(queue: IngestQueue, store: ObjectStore, soleWorker: Bool) {
        let hasher: FileHasher
        do {
            hasher = try FileHasher()
        } catch {
            while let (index, file) = queue.take() {
                queue.deliver(
                    .failed(FailedFile(path: file.path.description, reason: "\(error)", category: .environment)), at: index)
            }
            return
        }
        while let (index, file) = queue.take() {
            queue.deliver(
                copy(file, into: store, with: hasher, parallel: soleWorker || file.size >= largeFileThreshold, queue: queue),
                at: index)
        }
    }

    /// Copies one file into a temporary object, hashing it on the way, and checks that it did
    /// not change while being read.
    private static func copy(
        _ file: IngestCandidate, into store: ObjectStore, with hasher: FileHasher, parallel: Bool, queue: IngestQueue
    ) -> IngestOutcome {
        let shown = file.path.description
        // A file listed as a file is opened without following links, and must be the very file
        // (device and inode) that was listed: a link or another file swapped in is refused.
        let noFollow = file.wasSymlink ? 0 : O_NOFOLLOW
        let fd = file.path.withCString { open($0, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK | noFollow) }
        guard fd >= 0 else {
            if errno == ELOOP {
                return .failed(
                    FailedFile(path: shown, reason: "it was replaced by a symbolic link after it was listed", category: .badInput))
            }
            let reason = errno == EACCES ? "you do not have permission to read it" : PosixFile.lastError()
            return .failed(FailedFile(path: shown, reason: "it cannot be opened: \(reason)", category: .badInput))
        }
        defer { close(fd) }
        var before = stat()
        guard fstat(fd, &before) == 0, (before.st_mode & S_IFMT) == S_IFREG else {
            return .failed(FailedFile(path: shown, reason: "it is no longer a regular file", category: .badInput))
        }
        if file.inode != 0, UInt64(before.st_dev) != file.device || UInt64(before.st_ino) != file.inode {
            return .failed(
                FailedFile(path: shown, reason: "it was replaced by another file after it was listed", category: .badInput))
        }
        PausePoint.afterOpen.reach()
        _ = posix_fadvise(fd, 0, 0, Int32(POSIX_FADV_SEQUENTIAL))
        let temporary: TemporaryObject
        do {
            temporary = try store.makeTemporary(direct: file.size >= largeFileThreshold)
        } catch {
            return .failed(FailedFile(path: shown, reason: "\(error)", category: .environment))
        }
        do {
            let content = try hasher.hash(
                input: fd, inputPath: shown, output: temporary, algorithms: [.sha256, .sha512], parallel: parallel,
                progress: { queue.addBytes($0) })
            var after = stat()
            // Device, inode, size, modification and status-change times: a file rewritten while it
            // was read, even with its modification time put back, changes its ctime.
            guard fstat(fd, &after) == 0, content.size == Int64(before.st_size), after.st_size == before.st_size,
                after.st_dev == before.st_dev, after.st_ino == before.st_ino,
                after.st_mtim.tv_sec == before.st_mtim.tv_sec, after.st_mtim.tv_nsec == before.st_mtim.tv_nsec,
                after.st_ctim.tv_sec == before.st_ctim.tv_sec, after.st_ctim.tv_nsec == before.st_ctim.tv_nsec
            else {
                temporary.discard()
                let error = EvidenceError.changedWhileReading(shown)
                return .failed(FailedFile(path: shown, reason: error.description, category: .badInput))
            }
            // The copy stays open, and locked, until it is installed: see `ObjectStore.makeTemporary`.
            CrashPoint.afterCopy.reach()
            return .stored(
                StoredCopy(
                    file: file, temporary: temporary, sha256: content.sha256?.hex ?? "", sha512: content.sha512?.hex ?? "",
                    size: content.size, mediaType: MediaType.guess(head: content.head, name: file.name),
                    inspection: Inspection.inspect(path: temporary.path, name: file.name)))
        } catch let failure as any CasebookFailure {
            temporary.discard()
            return .failed(FailedFile(path: shown, reason: failure.description, category: failure.category))
        } catch {
            temporary.discard()
            return .failed(FailedFile(path: shown, reason: "\(error)", category: .environment))
        }
    }

    /// Installs a batch of copies under their hash names and records them, in the order that
    /// keeps a crash harmless: pending marks, then the files, then rows and custody events.
    /// Checks the source links of new evidence: the witness (or the testimony standing for its
    /// witness) who provided it, and the testimony or item it is derived from, must exist.
    private func sourceLinks(providedBy: RecordID?, derivedFrom: RecordID?) throws -> Int64? {
        try database.readTransaction { tx in
            var witness: Int64?
            if let providedBy {
                switch providedBy.kind {
                case .witness:
                    try tx.requireExists(providedBy, kind: .witness)
                    witness = providedBy.number
                case .testimony:
                    guard let testimony = try tx.fetchOne(TestimonyRecord.self, key: providedBy.number) else {
                        throw RecordError.notFound(providedBy)
                    }
                    witness = testimony.witnessId
                default:
                    throw RecordError.wrongKind(providedBy, expected: [.witness, .testimony], role: .part("provided by"))
                }
            }
            if let derivedFrom {
                guard derivedFrom.kind == .testimony || derivedFrom.kind == .evidence else {
                    throw RecordError.wrongKind(derivedFrom, expected: [.testimony, .evidence], role: .part("derived from"))
                }
                try tx.requireExists(derivedFrom, kind: derivedFrom.kind)
            }
            return witness
        }
    }

    private func commit(
        _ batch: [StoredCopy], request: IngestRequest, acquiredAt: String?, providedByWitness: Int64?
    ) throws -> [IngestedItem] {
        try objects.flush(batch.map(\.temporaryPath))
        let held: Set<String> = try database.writeTransaction { tx in
            var held: Set<String> = []
            for copy in batch {
                if try tx.evidenceItem(sha256: copy.sha256) != nil {
                    held.insert(copy.sha256)
                } else {
                    try tx.notePendingObject(sha256: copy.sha256, createdAt: timestampNow())
                }
            }
            return held
        }
        CrashPoint.afterPending.reach()
        var folders: Set<String> = [objects.incomingPath]
        for copy in batch {
            if held.contains(copy.sha256) {
                copy.temporary.discard()
            } else {
                try objects.install(copy.temporary, sha256: copy.sha256)
                folders.insert((objects.objectPath(copy.sha256) as NSString).deletingLastPathComponent)
            }
        }
        folders.forEach(PosixFile.syncDirectory)
        CrashPoint.afterInstall.reach()
        return try database.writeTransaction { tx in
            var items: [IngestedItem] = []
            for copy in batch {
                let acquisition = Self.acquisitionNote(request, acquiredAt: acquiredAt, file: copy.file)
                if let existing = try tx.evidenceItem(sha256: copy.sha256),
                    let existingID = existing.id
                {
                    try appendCustody(
                        [
                            NewCustodyEvent(
                                evidenceId: existingID, action: .acquired, handler: request.handler, objectSha256: copy.sha256,
                                note: "acquired again as \(copy.file.name), same content as E-\(existingID)" + acquisition,
                                details: Self.provenanceLines(copy, request: request, acquiredAt: acquiredAt))
                        ],
                        in: tx)
                    items.append(copy.item(id: RecordID(.evidence, existingID), sameContentAs: RecordID(.evidence, existingID)))
                    continue
                }
                var record = EvidenceItemRecord(
                    sha256: copy.sha256, sha512: copy.sha512, size: copy.size, mediaType: copy.mediaType,
                    kind: Validate.optional(request.kind), originalName: copy.file.name,
                    description: Validate.optional(request.description), source: Validate.optional(request.source),
                    acquiredBy: Validate.optional(request.acquiredBy), acquiredAt: acquiredAt, ingestedAt: timestampNow(),
                    wasSymlink: copy.file.wasSymlink)
                record.reliabilityGrade = request.reliability?.rawValue
                record.reliabilityNote = Validate.optional(request.reliabilityNote)
                record.providedByWitnessId = providedByWitness
                record.derivedFromTestimonyId = request.derivedFrom?.kind == .testimony ? request.derivedFrom?.number : nil
                record.derivedFromEvidenceId = request.derivedFrom?.kind == .evidence ? request.derivedFrom?.number : nil
                try tx.insert(&record)
                let id = record.id ?? 0
                try appendCustody(
                    [
                        NewCustodyEvent(
                            evidenceId: id, action: .ingested, handler: request.handler, objectSha256: copy.sha256,
                            note: "ingested \(copy.file.name), \(copy.size) bytes, sha512 \(copy.sha512)" + acquisition,
                            details: Self.provenanceLines(copy, request: request, acquiredAt: acquiredAt))
                    ],
                    in: tx)
                try Self.storeInspection(copy.inspection, evidenceId: id, in: tx)
                items.append(copy.item(id: RecordID(.evidence, id), sameContentAs: nil))
            }
            for copy in batch {
                try tx.forgetPendingObject(sha256: copy.sha256)
            }
            return items
        }
    }

    /// The provenance an `ingested` or `acquired` event carries as named lines (encoding 2), in
    /// the order the README documents; verify compares the evidence record with them.
    static func provenanceLines(_ copy: StoredCopy, request: IngestRequest, acquiredAt: String?) -> String {
        CustodyEventRecord.detailLines(
            ProvenanceField.allCases.map { field in
                let value: String? =
                    switch field {
                    case .size: String(copy.size)
                    case .sha512: copy.sha512
                    case .originalName: copy.file.name
                    case .mediaType: copy.mediaType
                    case .kind: Validate.optional(request.kind)
                    case .description: Validate.optional(request.description)
                    case .source: Validate.optional(request.source)
                    case .acquiredBy: Validate.optional(request.acquiredBy)
                    case .acquiredAt: acquiredAt
                    }
                return (field.rawValue, value)
            })
    }

    static func acquisitionNote(_ request: IngestRequest, acquiredAt: String?, file: IngestCandidate) -> String {
        var parts: [String] = []
        if let by = Validate.optional(request.acquiredBy) { parts.append("acquired by \(by)") }
        if let at = acquiredAt { parts.append("acquired at \(at)") }
        if let source = Validate.optional(request.source) { parts.append("source: \(source)") }
        if file.wasSymlink { parts.append("read through a symbolic link at \(file.path)") }
        return parts.isEmpty ? "" : "; " + parts.joined(separator: "; ")
    }

    /// A date (`2024-03-01`, partial forms allowed) or a full ISO 8601 timestamp with a zone.
    package static func acquisitionTime(_ text: String?) throws -> String? {
        guard let text = Validate.optional(text) else { return nil }
        if let date = try? PartialDate(parsing: text) { return date.description }
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        if let date = formatter.date(from: text) {
            formatter.timeZone = TimeZone(identifier: "UTC")
            return formatter.string(from: date)
        }
        throw EvidenceError.badAcquisitionTime(text)
    }
}

/// A file copied into a temporary object and hashed, waiting to be installed and recorded.
struct StoredCopy: Sendable {
    let file: IngestCandidate
    /// The copy, still open and locked until `commit` installs it.
    let temporary: TemporaryObject
    var temporaryPath: String { temporary.path }
    let sha256: String
    let sha512: String
    let size: Int64
    let mediaType: String
    /// The file's metadata and its type by content and by name, read as soon as it was copied.
    let inspection: Inspection

    func item(id: RecordID, sameContentAs: RecordID?) -> IngestedItem {
        IngestedItem(
            id: id, name: file.name, sha256: sha256, size: size, mediaType: mediaType, sameContentAs: sameContentAs,
            wasSymlink: file.wasSymlink, typeMismatch: inspection.types.disagrees ? inspection.types : nil)
    }
}

enum IngestOutcome: Sendable {
    case stored(StoredCopy)
    case failed(FailedFile)
}

/// Hands files to worker threads and their outcomes back, in the order the files were named,
/// to the one thread that commits: ids follow the order of the files, however the work was shared.
final class IngestQueue: @unchecked Sendable {
    private let condition = NSCondition()
    private let files: [IngestCandidate]
    private var nextIndex = 0
    private var outcomes: [Int: IngestOutcome] = [:]
    private var nextToCommit = 0
    private var filesDone = 0
    private var bytesDone: Int64 = 0
    private let bytesTotal: Int64
    static let batchLimit = 256
    /// The most finished copies waiting to be committed. Each holds its open, locked temporary
    /// file, so workers wait rather than run out of file descriptors on a folder of tiny files.
    static let waitingLimit = 512

    init(_ files: [IngestCandidate]) {
        self.files = files
        bytesTotal = files.reduce(0) { $0 + $1.size }
    }

    func take() -> (index: Int, file: IngestCandidate)? {
        condition.lock()
        defer { condition.unlock() }
        // Never deadlocks: the next copy to commit was taken already, and delivering never waits.
        while nextIndex < files.count && outcomes.count >= Self.waitingLimit { condition.wait() }
        guard nextIndex < files.count else { return nil }
        defer { nextIndex += 1 }
        return (nextIndex, files[nextIndex])
    }

    func deliver(_ outcome: IngestOutcome, at index: Int) {
        condition.lock()
        outcomes[index] = outcome
        filesDone += 1
        condition.broadcast()
        condition.unlock()
    }

    func addBytes(_ count: Int) {
        condition.lock()
        bytesDone += Int64(count)
        condition.unlock()
    }

    /// Stops handing out files after a fatal commit failure.
    func cancel() {
        condition.lock()
        nextIndex = files.count
        condition.broadcast()
        condition.unlock()
    }

    /// Waits up to `timeout` for the next outcomes in file order; `done` once all are handed back.
    func awaitOutcomes(timeout: TimeInterval) -> (batch: [IngestOutcome], done: Bool) {
        condition.lock()
        defer { condition.unlock() }
        if outcomes[nextToCommit] == nil && nextToCommit < files.count {
            _ = condition.wait(until: Date().addingTimeInterval(timeout))
        }
        var batch: [IngestOutcome] = []
        while batch.count < Self.batchLimit, let outcome = outcomes.removeValue(forKey: nextToCommit) {
            batch.append(outcome)
            nextToCommit += 1
        }
        if !batch.isEmpty { condition.broadcast() }
        return (batch, nextToCommit >= files.count)
    }

    var progress: IngestProgress {
        condition.lock()
        defer { condition.unlock() }
        return IngestProgress(filesDone: filesDone, filesTotal: files.count, bytesDone: bytesDone, bytesTotal: bytesTotal)
    }
}
