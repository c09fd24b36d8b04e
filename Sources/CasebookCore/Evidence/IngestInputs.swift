import CasebookModel
import CasebookStore
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file found to ingest.
struct IngestCandidate: Sendable {
    let path: RawPath
    let name: String
    let wasSymlink: Bool
    let size: Int64
    /// The device and inode listed (of the link's target for a link named on the command line),
    /// so the file opened later is known to be the one listed.
    var device: UInt64 = 0
    var inode: UInt64 = 0
}

/// A file passed over while walking a folder, and why (a link out of the folder, a device).
public struct SkippedFile: Codable, Sendable, Equatable {
    public let path: String
    public let reason: String
}

/// Turns the paths a user named into the list of files to ingest, refusing bad paths before
/// anything is written and never following a link out of a folder given with `--recursive`.
enum IngestInputs {
    static func collect(
        _ paths: [RawPath], recursive: Bool, workspace: URL? = nil
    ) throws -> (files: [IngestCandidate], skipped: [SkippedFile]) {
        guard !paths.isEmpty else { throw EvidenceError.noFiles }
        let guardRail = WorkspaceGuard(workspace)
        var files: [IngestCandidate] = []
        var skipped: [SkippedFile] = []
        for path in paths {
            var link = stat()
            guard path.withCString({ lstat($0, &link) }) == 0 else {
                throw EvidenceError.cannotUse(
                    path.description, reason: errno == ENOENT ? "it does not exist" : PosixFile.lastError())
            }
            let isLink = (link.st_mode & S_IFMT) == S_IFLNK
            var target = link
            if isLink {
                guard path.withCString({ stat($0, &target) }) == 0 else {
                    throw EvidenceError.cannotUse(
                        path.description, reason: "it is a symbolic link to something that does not exist")
                }
            }
            try guardRail.refuse(path, isFolder: (target.st_mode & S_IFMT) == S_IFDIR)
            switch target.st_mode & S_IFMT {
            case S_IFREG:
                if guardRail.isOwnFile(device: UInt64(target.st_dev), inode: UInt64(target.st_ino)) {
                    throw EvidenceError.cannotUse(path.description, reason: WorkspaceGuard.ownFileReason)
                }
                guard path.withCString({ access($0, R_OK) }) == 0 else {
                    throw EvidenceError.cannotUse(path.description, reason: "you do not have permission to read it")
                }
                files.append(
                    IngestCandidate(
                        path: path, name: path.lastComponent, wasSymlink: isLink, size: Int64(target.st_size),
                        device: UInt64(target.st_dev), inode: UInt64(target.st_ino)))
            case S_IFDIR:
                guard recursive else { throw EvidenceError.folderNotRecursive(path.description) }
                guard let root = PosixFile.realPath(path) else {
                    throw EvidenceError.cannotUse(path.description, reason: "the folder cannot be opened")
                }
                try walk(path, root: root, guardRail: guardRail, into: &files, skipped: &skipped)
            default:
                throw EvidenceError.cannotUse(
                    path.description, reason: "it is \(kindName(target.st_mode)), not a regular file; only files can be evidence")
            }
        }
        return (files, skipped)
    }

    private static func walk(
        _ folder: RawPath, root: [UInt8], guardRail: WorkspaceGuard, into files: inout [IngestCandidate],
        skipped: inout [SkippedFile]
    ) throws {
        guard let directory = folder.withCString({ opendir($0) }) else {
            throw EvidenceError.cannotUse(folder.description, reason: "the folder cannot be read (\(PosixFile.lastError()))")
        }
        defer { closedir(directory) }
        var names: [[UInt8]] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                Array(raw.prefix { $0 != 0 })
            }
            if name == [UInt8(ascii: ".")] || name == [UInt8(ascii: "."), UInt8(ascii: ".")] { continue }
            names.append(name)
        }
        for name in names.sorted(by: { $0.lexicographicallyPrecedes($1) }) {
            let path = folder.appending(name)
            var info = stat()
            guard path.withCString({ lstat($0, &info) }) == 0 else { continue }
            switch info.st_mode & S_IFMT {
            case S_IFREG:
                if guardRail.isOwnFile(device: UInt64(info.st_dev), inode: UInt64(info.st_ino)) {
                    skipped.append(SkippedFile(path: path.description, reason: WorkspaceGuard.ownFileReason))
                    continue
                }
                files.append(
                    IngestCandidate(
                        path: path, name: RawPath.display(name), wasSymlink: false, size: Int64(info.st_size),
                        device: UInt64(info.st_dev),
                        inode: UInt64(info.st_ino)))
            case S_IFDIR:
                if guardRail.isWorkspace(path) {
                    skipped.append(
                        SkippedFile(path: path.description, reason: "the case workspace itself; its files are never evidence"))
                    continue
                }
                try walk(path, root: root, guardRail: guardRail, into: &files, skipped: &skipped)
            case S_IFLNK:
                var target = stat()
                guard let resolved = PosixFile.realPath(path), path.withCString({ stat($0, &target) }) == 0 else {
                    skipped.append(SkippedFile(path: path.description, reason: "a symbolic link to something that does not exist"))
                    continue
                }
                guard resolved.starts(with: root + [UInt8(ascii: "/")]) else {
                    skipped.append(
                        SkippedFile(path: path.description, reason: "a symbolic link that points outside the folder; not followed"))
                    continue
                }
                if (target.st_mode & S_IFMT) == S_IFREG {
                    if guardRail.isInside(resolved)
                        || guardRail.isOwnFile(device: UInt64(target.st_dev), inode: UInt64(target.st_ino))
                    {
                        skipped.append(
                            SkippedFile(path: path.description, reason: "a symbolic link into the case workspace; not followed"))
                        continue
                    }
                    files.append(
                        IngestCandidate(
                            path: path, name: RawPath.display(name), wasSymlink: true, size: Int64(target.st_size),
                            device: UInt64(target.st_dev), inode: UInt64(target.st_ino)))
                } else {
                    skipped.append(
                        SkippedFile(
                            path: path.description, reason: "a symbolic link to a folder; its files are ingested where they are"))
                }
            default:
                skipped.append(SkippedFile(path: path.description, reason: "\(kindName(info.st_mode)), not a regular file"))
            }
        }
    }

    private static func kindName(_ mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFIFO: "a named pipe (FIFO)"
        case S_IFCHR: "a character device"
        case S_IFBLK: "a block device"
        case S_IFSOCK: "a socket"
        case S_IFDIR: "a folder"
        default: "a special file"
        }
    }
}

/// Keeps the case out of its own evidence: the workspace's database, keys and store, and any
/// folder inside it, are refused when named and passed over when a walk reaches them.
struct WorkspaceGuard {
    let root: [UInt8]?
    /// Device and inode of the database, its journal files and every key file: the same file
    /// under another name (a hard link outside the workspace) is still the case's own.
    let ownFiles: Set<[UInt64]>

    init(_ workspace: URL?) {
        root = workspace.flatMap { PosixFile.realPath(RawPath($0.path)) }
        var own: Set<[UInt64]> = []
        if let workspace {
            let database = workspace.appendingPathComponent(Workspace.databaseFileName).path
            var paths = [database, database + "-wal", database + "-shm", database + "-journal"]
            for keys in [workspace.appendingPathComponent("keys"), Case.outsideKeyFolder].compactMap({ $0 }) {
                for name in (try? FileManager.default.contentsOfDirectory(atPath: keys.path)) ?? [] {
                    paths.append(keys.appendingPathComponent(name).path)
                }
            }
            for path in paths {
                var info = stat()
                if lstat(path, &info) == 0 { own.insert([UInt64(info.st_dev), UInt64(info.st_ino)]) }
            }
        }
        ownFiles = own
    }

    /// Whether the file with this device and inode is the case's database or one of its keys.
    func isOwnFile(device: UInt64, inode: UInt64) -> Bool {
        ownFiles.contains([device, inode])
    }

    static let ownFileReason =
        "it is the case's own database or a signing key under another name (a hard link); the case cannot be evidence of itself"

    /// Whether `resolved` (a real path) is the workspace or inside it.
    func isInside(_ resolved: [UInt8]) -> Bool {
        guard let root else { return false }
        return resolved == root || resolved.starts(with: root + [UInt8(ascii: "/")])
    }

    func isWorkspace(_ path: RawPath) -> Bool {
        guard let root, let resolved = PosixFile.realPath(path) else { return false }
        return resolved == root
    }

    /// Refuses a named path inside the workspace, unless it is an ordinary file outside the
    /// case's own machinery (a redacted copy written there, say).
    func refuse(_ path: RawPath, isFolder: Bool) throws {
        guard let root, let resolved = PosixFile.realPath(path), isInside(resolved) else { return }
        let relative = String(decoding: resolved.dropFirst(root.count).drop { $0 == UInt8(ascii: "/") }, as: UTF8.self)
        let machinery =
            isFolder || relative.hasPrefix("keys/") || relative.hasPrefix("evidence/")
            || relative.hasPrefix(Workspace.databaseFileName)
        if machinery {
            throw EvidenceError.cannotUse(
                path.description,
                reason:
                    "it is part of the case workspace itself (its database, keys, evidence store or folders); the case cannot be evidence of itself"
            )
        }
    }
}
