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

/// A rendered document on its way out of the case: its bytes, and every text in it for the leak scan.
public struct DocumentPublication: Sendable {
    /// How the document is named in messages and in the custody log, e.g. "The dossier".
    public var what: String
    public var path: String
    public var bytes: Data
    /// Every piece of text the document shows, with where it stands, e.g. ("the dossier's crimes section", "…").
    public var texts: [(place: String, text: String)]
    /// Evidence items the document cites: each gets an `accessed` event.
    public var citedEvidence: [RecordID]
    /// Replace a file that is already there.
    public var replace: Bool
    /// A last check run after the leak scan has passed and before anything is written (the
    /// integrity check, which records its own event): it may refuse, or give the bytes to write
    /// instead, with the texts they add (such as a warning on the cover), which are scanned in turn.
    public var lastCheck: (@Sendable () throws -> LastCheckReplacement?)?
    /// What the team needs to find the document's sources again when the document itself names
    /// them only publicly (a UPR submission's endnotes); kept in the custody log, never printed.
    public var sourceKey: String? = nil

    public init(
        what: String, path: String, bytes: Data, texts: [(place: String, text: String)], citedEvidence: [RecordID],
        replace: Bool = false, lastCheck: (@Sendable () throws -> LastCheckReplacement?)? = nil, sourceKey: String? = nil
    ) {
        self.lastCheck = lastCheck
        self.sourceKey = sourceKey
        self.what = what
        self.path = path
        self.bytes = bytes
        self.texts = texts
        self.citedEvidence = citedEvidence
        self.replace = replace
    }
}

/// The bytes a last check asks to write instead, and the texts they add to the document (each
/// with where it stands), so that the leak scan sees every word that goes out.
public struct LastCheckReplacement: Sendable {
    public var bytes: Data
    public var addedTexts: [(place: String, text: String)]

    public init(bytes: Data, addedTexts: [(place: String, text: String)]) {
        self.bytes = bytes
        self.addedTexts = addedTexts
    }
}

/// What was written, so the team can note the document's fingerprint with the filing.
public struct PublishedDocument: Codable, Sendable, Equatable {
    public let file: String
    public let sha256: String
    public let bytes: Int
    /// The custody log event that records the document.
    public let custodyEvent: Int64
    public let warnings: [String]
}

/// Why a document could not be written where asked.
public enum PublicationError: CasebookFailure, Equatable {
    public var category: FailureCategory { .badInput }

    case folderMissing(String)
    case exists(String)
    /// The path names a folder, not a file.
    case isFolder(String)
    /// The path is one of the case's own files (its database, its evidence store, its keys,
    /// its redaction terms, its templates).
    case caseFile(String)
    /// The path is a device, a pipe or a socket (or a link to one): writing there is never
    /// meant, and replacing it would break the computer (`/dev/null`).
    case notAFile(String)

    public var description: String {
        switch self {
        case .folderMissing(let folder):
            "The folder \(folder) does not exist; create it first, or choose another place to write to."
        case .exists(let path): "\(path) already exists; nothing was written (to replace it, say so explicitly)."
        case .caseFile(let path):
            "\(path) is one of a case's own files (its database, evidence store, keys, redaction terms or templates); nothing was written. Write documents elsewhere, for example to the workspace's out/ folder."
        case .notAFile(let path):
            "\(path) is not an ordinary file (it is a device, a pipe or a socket), and Casebook never writes over one; nothing was written. Give the path of a file to write, for example in the workspace's out/ folder."
        case .isFolder(let path):
            "\(path) is a folder; nothing was written. Give the path of the file to write, for example \(path)/dossier.html."
        }
    }
}

extension Case {
    /// Refuses a path whose folder is missing, or that exists when it may not be replaced: called
    /// before any work (and any custody event) so a refused write leaves the case as it was.
    public static func checkTarget(_ path: String, replace: Bool) throws {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw PublicationError.folderMissing(folder)
        }
        // A folder is never replaced, even with --force (following a symlink to one, too).
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            throw PublicationError.isFolder(path)
        }
        try refuseSpecialFile(path)
        if !replace, FileManager.default.fileExists(atPath: path) { throw PublicationError.exists(path) }
    }

    /// Refuses an existing path that is not a regular file once links are followed: a device
    /// (`/dev/null`, which a root user's rename would replace), a pipe (which would block) or a
    /// socket. Checked again just before the rename.
    static func refuseSpecialFile(_ path: String) throws {
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        if (info.st_mode & S_IFMT) == S_IFLNK {
            // A link is replaced, not written through, but a link to a device is never meant.
            guard stat(path, &info) == 0 else { return }
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return
        case S_IFDIR: throw PublicationError.isFolder(path)
        default: throw PublicationError.notAFile(path)
        }
    }

    /// Refuses a path that would replace a file the case keeps itself: its database (and the
    /// files SQLite keeps beside it), its redaction terms, anything in its evidence store, keys
    /// or templates folder. One mistyped `--out … --force` would otherwise destroy the case (or,
    /// for the terms and templates, quietly change what later documents leave out or say).
    /// Symlinks in the folder are followed, so another spelling of the same place is refused too.
    /// The same holds for any other case on the machine: a folder above the target that holds a
    /// case database is guarded the same way (`--out ../other-case/casebook.sqlite --force`).
    public func refuseCaseFile(_ path: String) throws {
        func resolved(_ url: URL) -> String { url.standardizedFileURL.resolvingSymlinksInPath().path }
        let url = URL(fileURLWithPath: path)
        let folder = resolved(url.deletingLastPathComponent())
        var roots = [workspace]
        var ancestor = URL(fileURLWithPath: folder)
        while ancestor.path != "/" && !ancestor.path.isEmpty {
            if FileManager.default.fileExists(atPath: ancestor.appendingPathComponent(Workspace.databaseFileName).path) {
                roots.append(Workspace(root: ancestor))
            }
            ancestor.deleteLastPathComponent()
        }
        for guarded in roots {
            let root = resolved(guarded.root)
            let inside = { (place: String) in folder == place || folder.hasPrefix(place + "/") }
            if (folder == root && url.lastPathComponent.hasPrefix(Workspace.databaseFileName))
                || (folder == root && url.lastPathComponent == Workspace.redactionTermsFileName)
                || inside(root + "/evidence") || inside(resolved(guarded.keysURL)) || inside(resolved(guarded.templatesURL))
            {
                throw PublicationError.caseFile(path)
            }
        }
    }

    /// Writes a document after the leak scan, then records in the custody log that each cited
    /// evidence item was accessed and that the document, with its SHA-256, was written.
    /// Nothing is written, and nothing logged, when the scan finds a witness's identity.
    public func publishDocument(_ document: DocumentPublication, leakScan: LeakScanOptions, handler: Handler) throws
        -> PublishedDocument
    {
        let url = URL(fileURLWithPath: document.path)
        let folder = url.deletingLastPathComponent().path
        try Self.checkTarget(document.path, replace: document.replace)
        try refuseCaseFile(document.path)
        try requireUsableKey(for: handler)
        // Written beside the target and renamed over it, so a reader never sees half a document.
        // Made (empty) before the checks that record custody events, so a folder that takes no
        // file refuses the write before anything is recorded.
        let temporary = folder + "/." + url.lastPathComponent + ".casebook-\(getpid())"
        try? FileManager.default.removeItem(atPath: temporary)
        try PosixFile.writeNew(temporary, contents: [], mode: 0o600)
        try? FileManager.default.removeItem(atPath: temporary)

        let (leakGuard, warning) = try leakGuard(for: document.what, options: leakScan, handler: handler, recordSkipOnSuccess: true)
        for (place, text) in document.texts { try leakGuard.check(text, place: place) }
        var document = document
        if let replacement = try document.lastCheck?() {
            for (place, text) in replacement.addedTexts { try leakGuard.check(text, place: place) }
            document.bytes = replacement.bytes
        }

        let sha256 = try Digest.of(document.bytes, using: .sha256).hex
        try PosixFile.writeNew(temporary, contents: Array(document.bytes), mode: 0o600)
        do {
            if !document.replace, FileManager.default.fileExists(atPath: document.path) {
                throw PublicationError.exists(document.path)
            }
            // Something may have been put there since the first check (a pipe, a device).
            try Self.refuseSpecialFile(document.path)
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw error
        }
        guard rename(temporary, document.path) == 0 else {
            let reason = PosixFile.lastError()
            try? FileManager.default.removeItem(atPath: temporary)
            throw IntegrityError.fileFailure(path: document.path, operation: "write", reason: reason)
        }
        PosixFile.syncDirectory(folder)

        let name = url.lastPathComponent
        let events = try database.writeTransaction { tx in
            try appendCustody(
                document.citedEvidence.map { item in
                    NewCustodyEvent(
                        evidenceId: item.number, action: .accessed, handler: handler, objectSha256: nil,
                        note: "cited in \(name) (SHA-256 \(sha256))")
                } + [
                    NewCustodyEvent(
                        evidenceId: nil, action: .documentWritten, handler: handler, objectSha256: sha256,
                        note: "\(document.what) written to \(name), \(document.bytes.count) bytes, SHA-256 \(sha256)"
                            + (document.sourceKey.map { "; \($0)" } ?? ""))
                ], in: tx)
        }
        try logUsedWaivers(leakGuard, what: document.what, handler: handler)
        return PublishedDocument(
            file: document.path, sha256: sha256, bytes: document.bytes.count, custodyEvent: events.last?.sequence ?? 0,
            warnings: warning.map { [$0] } ?? [])
    }
}
