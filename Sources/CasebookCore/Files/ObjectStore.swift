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
package struct ObjectStore: Sendable {
    let root: URL

    /// Where copies are written before they earn their hash name. Never an object itself.
    var incomingPath: String { root.appendingPathComponent(".incoming").path }

    package func objectPath(_ sha256: String) -> String {
        let index = sha256.index(sha256.startIndex, offsetBy: 2)
        return root.appendingPathComponent(String(sha256[..<index])).appendingPathComponent(String(sha256[index...])).path
    }

    /// A new, exclusively locked temporary file in the store, so a cleaner can tell a live
    /// copy from one left by a killed process. The lock is held until the copy is installed or
    /// discarded; another `evidence add` running at the same time leaves it alone.
    /// `direct` asks for direct I/O, worth it for large files only: a small file is cheaper to
    /// write through the page cache and flush with the rest of its batch.
    func makeTemporary(direct wantsDirect: Bool = false) throws -> TemporaryObject {
        try FileManager.default.createDirectory(atPath: incomingPath, withIntermediateDirectories: true)
        var attempts = 0
        while true {
            let path = incomingPath + "/\(UUID().uuidString).part"
            var direct = wantsDirect
            var fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | (wantsDirect ? PosixFile.directFlag : 0), 0o600)
            if fd < 0 && errno == EINVAL && wantsDirect {
                // The file system does not do direct I/O (tmpfs): write through the page cache.
                direct = false
                fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
            }
            guard fd >= 0 else { throw IntegrityError.fileFailure(path: path, operation: "create", reason: PosixFile.lastError()) }
            guard flock(fd, LOCK_EX) == 0 else {
                let reason = PosixFile.lastError()
                unlink(path)
                close(fd)
                throw IntegrityError.fileFailure(path: path, operation: "lock", reason: reason)
            }
            // A cleaner may have taken the unlocked file in the instant between its creation and
            // the lock, and removed it: then this copy would have no name. Start again.
            if Self.names(path, fd) { return TemporaryObject(fd: fd, path: path, direct: direct) }
            close(fd)
            attempts += 1
            guard attempts < 20 else {
                throw IntegrityError.fileFailure(path: path, operation: "create", reason: "another process kept removing it")
            }
        }
    }

    /// Whether `path` still names the file open as `fd` (same device and inode).
    static func names(_ path: String, _ fd: Int32) -> Bool {
        var byPath = stat()
        var byDescriptor = stat()
        guard lstat(path, &byPath) == 0, fstat(fd, &byDescriptor) == 0 else { return false }
        return byPath.st_dev == byDescriptor.st_dev && byPath.st_ino == byDescriptor.st_ino
    }

    /// Gives a finished temporary copy its hash name, read-only, while its lock is still held,
    /// then closes it. Replaces a leftover object of the same name (same content) from an
    /// interrupted ingest.
    func install(_ temporary: TemporaryObject, sha256: String) throws {
        let destination = objectPath(sha256)
        let folder = (destination as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        guard temporary.makeReadOnly(), rename(temporary.path, destination) == 0 else {
            throw IntegrityError.fileFailure(path: destination, operation: "store", reason: PosixFile.lastError())
        }
        temporary.release()
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

    /// Removes temporary copies that no live process holds (left by a crash or a kill): only
    /// those whose lock can be taken at once, and only if the name still leads to the locked file.
    func removeAbandonedTemporaries() {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: incomingPath) else { return }
        for name in names where name.hasSuffix(".part") {
            let path = incomingPath + "/" + name
            let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
            guard fd >= 0 else { continue }
            if flock(fd, LOCK_EX | LOCK_NB) == 0 && Self.names(path, fd) { unlink(path) }
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

/// An open, locked temporary copy inside the store. It is handed from the worker that writes it
/// to the thread that installs it, never used by two threads at once; its descriptor (and with it
/// the lock) is closed exactly once, by `install`, `release` or `discard`.
package final class TemporaryObject: @unchecked Sendable {
    private(set) var fd: Int32
    let path: String
    /// Whether writes bypass the page cache (O_DIRECT).
    let direct: Bool

    package init(fd: Int32, path: String, direct: Bool = false) {
        self.fd = fd
        self.path = path
        self.direct = direct
    }

    /// Deletes the copy, then closes it (after a failure or when the content is already stored).
    func discard() {
        if fd >= 0 { unlink(path) }
        release()
    }

    /// Closes the copy, releasing its lock (once it has its hash name, or is gone).
    func release() {
        guard fd >= 0 else { return }
        close(fd)
        fd = -1
    }

    /// Makes the copy read-only, as every stored object is.
    func makeReadOnly() -> Bool {
        fd >= 0 && fchmod(fd, 0o400) == 0
    }

    /// Flushes the copy to disk.
    package func sync() throws {
        guard fsync(fd) == 0 else {
            throw IntegrityError.fileFailure(path: path, operation: "flush", reason: PosixFile.lastError())
        }
    }
}
