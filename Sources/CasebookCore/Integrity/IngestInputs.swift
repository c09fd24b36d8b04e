#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// A file found to ingest.
struct IngestCandidate: Sendable {
    let path: RawPath
    let name: String
    let wasSymlink: Bool
    let size: Int64
}

/// A file passed over while walking a folder, and why (a link out of the folder, a device).
public struct SkippedFile: Codable, Sendable, Equatable {
    public let path: String
    public let reason: String
}

/// Turns the paths a user named into the list of files to ingest, refusing bad paths before
/// anything is written and never following a link out of a folder given with `--recursive`.
enum IngestInputs {
    static func collect(_ paths: [RawPath], recursive: Bool) throws -> (files: [IngestCandidate], skipped: [SkippedFile]) {
        guard !paths.isEmpty else { throw EvidenceError.noFiles }
        var files: [IngestCandidate] = []
        var skipped: [SkippedFile] = []
        for path in paths {
            var link = stat()
            guard path.withCString({ lstat($0, &link) }) == 0 else {
                throw EvidenceError.cannotUse(path.description, reason: errno == ENOENT ? "it does not exist" : PosixFile.lastError())
            }
            let isLink = (link.st_mode & S_IFMT) == S_IFLNK
            var target = link
            if isLink {
                guard path.withCString({ stat($0, &target) }) == 0 else {
                    throw EvidenceError.cannotUse(path.description, reason: "it is a symbolic link to something that does not exist")
                }
            }
            switch target.st_mode & S_IFMT {
            case S_IFREG:
                guard path.withCString({ access($0, R_OK) }) == 0 else {
                    throw EvidenceError.cannotUse(path.description, reason: "you do not have permission to read it")
                }
                files.append(IngestCandidate(path: path, name: path.lastComponent, wasSymlink: isLink, size: Int64(target.st_size)))
            case S_IFDIR:
                guard recursive else {
                    throw EvidenceError.cannotUse(path.description, reason: "it is a folder; add --recursive to ingest the files inside it")
                }
                guard let root = realPath(path) else {
                    throw EvidenceError.cannotUse(path.description, reason: "the folder cannot be opened")
                }
                try walk(path, root: root, into: &files, skipped: &skipped)
            default:
                throw EvidenceError.cannotUse(
                    path.description, reason: "it is \(kindName(target.st_mode)), not a regular file; only files can be evidence")
            }
        }
        return (files, skipped)
    }

    private static func walk(_ folder: RawPath, root: [UInt8], into files: inout [IngestCandidate], skipped: inout [SkippedFile]) throws {
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
                files.append(IngestCandidate(path: path, name: RawPath.display(name), wasSymlink: false, size: Int64(info.st_size)))
            case S_IFDIR:
                try walk(path, root: root, into: &files, skipped: &skipped)
            case S_IFLNK:
                var target = stat()
                guard let resolved = realPath(path), path.withCString({ stat($0, &target) }) == 0 else {
                    skipped.append(SkippedFile(path: path.description, reason: "a symbolic link to something that does not exist"))
                    continue
                }
                guard resolved.starts(with: root + [UInt8(ascii: "/")]) else {
                    skipped.append(SkippedFile(path: path.description, reason: "a symbolic link that points outside the folder; not followed"))
                    continue
                }
                if (target.st_mode & S_IFMT) == S_IFREG {
                    files.append(IngestCandidate(path: path, name: RawPath.display(name), wasSymlink: true, size: Int64(target.st_size)))
                } else {
                    skipped.append(SkippedFile(path: path.description, reason: "a symbolic link to a folder; its files are ingested where they are"))
                }
            default:
                skipped.append(SkippedFile(path: path.description, reason: "\(kindName(info.st_mode)), not a regular file"))
            }
        }
    }

    private static func realPath(_ path: RawPath) -> [UInt8]? {
        guard let resolved = path.withCString({ realpath($0, nil) }) else { return nil }
        defer { free(resolved) }
        return Array(UnsafeBufferPointer(start: UnsafeRawPointer(resolved).assumingMemoryBound(to: UInt8.self), count: strlen(resolved)))
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
