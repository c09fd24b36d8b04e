import CasebookModel
import CasebookStore
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The content-addressed evidence store: every file kept once, read-only, under the name of
/// its SHA-256 (`evidence/objects/ab/cdef…`), so a name that no longer matches its content
/// is proof of a change.
struct ObjectStore: Sendable {
    let root: URL

    /// Where copies are written before they earn their hash name. Never an object itself.
    var incomingPath: String { root.appendingPathComponent(".incoming").path }

    func objectPath(_ sha256: String) -> String {
        let index = sha256.index(sha256.startIndex, offsetBy: 2)
        return root.appendingPathComponent(String(sha256[..<index])).appendingPathComponent(String(sha256[index...])).path
    }

    /// A new, exclusively locked temporary file in the store, so a cleaner can tell a live
    /// copy from one left by a killed process.
    /// `direct` asks for direct I/O, worth it for large files only: a small file is cheaper to
    /// write through the page cache and flush with the rest of its batch.
    func makeTemporary(direct wantsDirect: Bool = false) throws -> TemporaryObject {
        try FileManager.default.createDirectory(atPath: incomingPath, withIntermediateDirectories: true)
        let path = incomingPath + "/\(UUID().uuidString).part"
        var direct = wantsDirect
        var fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | (wantsDirect ? PosixFile.directFlag : 0), 0o600)
        if fd < 0 && errno == EINVAL && wantsDirect {
            // The file system does not do direct I/O (tmpfs): write through the page cache.
            direct = false
            fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        }
        guard fd >= 0 else { throw IntegrityError.fileFailure(path: path, operation: "create", reason: PosixFile.lastError()) }
        _ = flock(fd, LOCK_EX)
        return TemporaryObject(fd: fd, path: path, direct: direct)
    }

    /// Gives a finished, closed temporary copy its hash name, read-only. Replaces a leftover
    /// object of the same name (same content) from an interrupted ingest.
    func install(temporaryPath: String, sha256: String) throws {
        let destination = objectPath(sha256)
        let folder = (destination as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        guard chmod(temporaryPath, 0o400) == 0, rename(temporaryPath, destination) == 0 else {
            throw IntegrityError.fileFailure(path: destination, operation: "store", reason: PosixFile.lastError())
        }
    }

    /// Flushes finished copies to disk before they are installed: one `syncfs` of the store's
    /// file system for the whole batch where Linux offers it, else an fsync of each file.
    func flush(_ paths: [String]) throws {
        if let syncfs = PosixFile.syncFileSystem {
            let fd = open(incomingPath, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            if fd >= 0 {
                defer { close(fd) }
                if syncfs(fd) == 0 { return }
            }
        }
        for path in paths {
            let fd = open(path, O_RDONLY | O_CLOEXEC)
            guard fd >= 0, fsync(fd) == 0 else {
                if fd >= 0 { close(fd) }
                throw IntegrityError.fileFailure(path: path, operation: "flush", reason: PosixFile.lastError())
            }
            close(fd)
        }
    }

    /// Removes temporary copies that no live process holds (left by a crash or a kill).
    func removeAbandonedTemporaries() {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: incomingPath) else { return }
        for name in names where name.hasSuffix(".part") {
            let path = incomingPath + "/" + name
            let fd = open(path, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { continue }
            if flock(fd, LOCK_EX | LOCK_NB) == 0 { unlink(path) }
            close(fd)
        }
    }

    /// Every file in the store (outside `.incoming`), by the SHA-256 its place claims, plus
    /// files whose place is not a SHA-256 name at all.
    func inventory() -> (objects: [String: String], strays: [String]) {
        var objects: [String: String] = [:]
        var strays: [String] = []
        let fileManager = FileManager.default
        let isHex = { (text: String) in
            text.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) }
        }
        guard let prefixes = try? fileManager.contentsOfDirectory(atPath: root.path) else { return ([:], []) }
        for prefix in prefixes.sorted() where prefix != ".incoming" {
            let folder = root.appendingPathComponent(prefix).path
            var isDirectory: ObjCBool = false
            guard fileManager.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
                strays.append(folder)
                continue
            }
            for name in (try? fileManager.contentsOfDirectory(atPath: folder))?.sorted() ?? [] {
                let sha = prefix + name
                if sha.utf8.count == 64, prefix.utf8.count == 2, isHex(sha) {
                    objects[sha] = folder + "/" + name
                } else {
                    strays.append(folder + "/" + name)
                }
            }
        }
        return (objects, strays)
    }
}

/// An open temporary copy inside the store.
struct TemporaryObject: Sendable {
    let fd: Int32
    let path: String
    /// Whether writes bypass the page cache (O_DIRECT).
    var direct = false

    /// Closes and deletes the copy (after a failure or when the content is already stored).
    func discard() {
        close(fd)
        unlink(path)
    }

    /// Flushes the copy to disk.
    func sync() throws {
        guard fsync(fd) == 0 else {
            throw IntegrityError.fileFailure(path: path, operation: "flush", reason: PosixFile.lastError())
        }
    }

    /// Closes the copy, keeping the file for `install`; its lock goes with the descriptor, but
    /// the ingest's pending mark protects it from then on. The copy is flushed to disk by the
    /// batch's `ObjectStore.flush` before it is installed.
    func finish() -> String {
        close(fd)
        return path
    }
}
