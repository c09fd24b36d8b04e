import CasebookModel
import CasebookStore
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Thin, typed wrappers over the POSIX calls the evidence store needs where Foundation hides
/// what matters: exclusive creation, fsync, raw file names, and permissions.
package enum PosixFile {
    /// Creates `path` (which must not exist) with `mode`, writes `contents`, and fsyncs it. If
    /// the write fails (a full disk), the partial file it created is removed: a half-written
    /// export or key must never be left where it could be taken for a whole one.
    package static func writeNew(_ path: String, contents: [UInt8], mode: mode_t) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard fd >= 0 else { throw IntegrityError.fileFailure(path: path, operation: "create", reason: lastError()) }
        var closed = false
        do {
            try writeAll(fd, contents.withUnsafeBytes { UnsafeRawBufferPointer($0) }, path: path)
            guard fsync(fd) == 0 else { throw IntegrityError.fileFailure(path: path, operation: "flush", reason: lastError()) }
            closed = true
            guard close(fd) == 0 else { throw IntegrityError.fileFailure(path: path, operation: "write", reason: lastError()) }
        } catch {
            if !closed { close(fd) }
            unlink(path)
            throw error
        }
    }

    /// Writes every byte, retrying short writes.
    static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer, path: String) throws {
        var offset = 0
        while offset < bytes.count {
            let written = write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw IntegrityError.fileFailure(path: path, operation: "write", reason: lastError())
            }
            offset += written
        }
    }

    /// The permission bits of `path`, or nil if it does not exist.
    /// Makes a written export readable by its owner only: folders 0700, files 0600.
    package static func makePrivate(_ root: URL) throws {
        let manager = FileManager.default
        try manager.setAttributes([.posixPermissions: 0o700], ofItemAtPath: root.path)
        guard let walker = manager.enumerator(atPath: root.path) else { return }
        while let relative = walker.nextObject() as? String {
            let path = root.appendingPathComponent(relative).path
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            try manager.setAttributes([.posixPermissions: isDirectory.boolValue ? 0o700 : 0o600], ofItemAtPath: path)
        }
    }

    /// The user id that owns `path`, or nil if it cannot be examined.
    static func owner(_ path: String) -> uid_t? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return info.st_uid
    }

    static func permissions(_ path: String) -> Int? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Int(info.st_mode & 0o7777)
    }

    /// The whole content of a small regular file, never more than the size it had when opened:
    /// a device, a pipe or a link to one (`/dev/zero`) is refused rather than read for ever. With
    /// `limit`, only the first bytes: a sample of a file too large to hold.
    package static func readAll(_ path: String, limit: Int = .max) throws -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK)
        guard fd >= 0 else { throw IntegrityError.fileFailure(path: path, operation: "read", reason: "it cannot be read") }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            throw IntegrityError.fileFailure(path: path, operation: "read", reason: "it is not a regular file")
        }
        var bytes = [UInt8](repeating: 0, count: min(Int(info.st_size), limit))
        var offset = 0
        while offset < bytes.count {
            let count = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress! + offset, $0.count - offset) }
            if count < 0 && errno == EINTR { continue }
            guard count >= 0 else { throw IntegrityError.fileFailure(path: path, operation: "read", reason: lastError()) }
            if count == 0 { break }
            offset += count
        }
        return Array(bytes.prefix(offset))
    }

    /// Flushes a folder so that a rename inside it survives a power cut.
    static func syncDirectory(_ path: String) {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        _ = fsync(fd)
        close(fd)
    }

    /// Linux's O_DIRECT, which the Glibc module does not export (it sits behind _GNU_SOURCE).
    #if os(Linux) && (arch(arm64) || arch(arm))
        static let directFlag: Int32 = 0o200000
    #elseif os(Linux)
        static let directFlag: Int32 = 0o40000
    #else
        static let directFlag: Int32 = 0
    #endif

    /// Asks the kernel to start writing a file's dirty pages to disk now, without waiting, so
    /// that the fsync at the end of a large copy has little left to do. A no-op where the
    /// call does not exist (it is Linux's `sync_file_range` with SYNC_FILE_RANGE_WRITE).
    static func startWriteback(_ fd: Int32, lastBytes count: Int) {
        guard let call = syncFileRange else { return }
        let end = lseek(fd, 0, SEEK_CUR)
        guard end >= count else { return }
        _ = call(fd, Int64(end) - Int64(count), Int64(count), 2)
    }

    private typealias SyncFileRange = @convention(c) (Int32, Int64, Int64, UInt32) -> Int32
    private static let syncFileRange: SyncFileRange? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "sync_file_range") else { return nil }
        return unsafeBitCast(symbol, to: SyncFileRange.self)
    }()

    typealias SyncFileSystem = @convention(c) (Int32) -> Int32
    /// Linux's `syncfs`, looked up at run time (it sits behind _GNU_SOURCE in the headers).
    static let syncFileSystem: SyncFileSystem? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "syncfs") else { return nil }
        return unsafeBitCast(symbol, to: SyncFileSystem.self)
    }()

    /// The current `errno` as text.
    package static func lastError() -> String {
        String(cString: strerror(errno))
    }

    /// The canonical absolute path of `path` (symbolic links resolved), as raw bytes, or nil if it does not exist.
    static func realPath(_ path: RawPath) -> [UInt8]? {
        guard let resolved = path.withCString({ realpath($0, nil) }) else { return nil }
        defer { free(resolved) }
        return Array(
            UnsafeBufferPointer(start: UnsafeRawPointer(resolved).assumingMemoryBound(to: UInt8.self), count: strlen(resolved)))
    }
}

/// A file path as the operating system holds it: bytes, which need not be valid UTF-8.
///
/// Evidence arrives from phones and foreign file systems with names in legacy encodings;
/// keeping the bytes lets Casebook read such a file and record its name faithfully.
public struct RawPath: Hashable, Sendable, CustomStringConvertible {
    public let bytes: [UInt8]

    public init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    public init(_ string: String) {
        bytes = Array(string.utf8)
    }

    /// The path bytes the process was given for this argument: `CommandLine.arguments`
    /// replaces invalid UTF-8, so the original bytes are looked up in `argv`.
    public static func fromArgument(_ argument: String) -> RawPath {
        if !argument.contains("\u{FFFD}") { return RawPath(argument) }
        for index in 0..<Int(CommandLine.argc) {
            guard let pointer = CommandLine.unsafeArgv[index] else { continue }
            let raw = Array(
                UnsafeBufferPointer(start: UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self), count: strlen(pointer)))
            if String(decoding: raw, as: UTF8.self) == argument { return RawPath(bytes: raw) }
        }
        return RawPath(argument)
    }

    /// The path with any bytes that are not UTF-8 written as `\xNN`.
    public var description: String { Self.display(bytes) }

    /// The last path component, displayed.
    public var lastComponent: String {
        let trimmed = bytes.last == UInt8(ascii: "/") ? Array(bytes.dropLast()) : bytes
        let name = trimmed.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false).last.map(Array.init) ?? trimmed
        return Self.display(name)
    }

    /// Whether the name is valid UTF-8.
    public var isValidUTF8: Bool { String(validating: bytes, as: UTF8.self) != nil }

    func appending(_ component: [UInt8]) -> RawPath {
        var joined = bytes
        if joined.last != UInt8(ascii: "/") { joined.append(UInt8(ascii: "/")) }
        joined.append(contentsOf: component)
        return RawPath(bytes: joined)
    }

    func withCString<T>(_ body: (UnsafePointer<CChar>) throws -> T) rethrows -> T {
        try (bytes + [0]).withUnsafeBufferPointer { buffer in
            try buffer.withMemoryRebound(to: CChar.self) { try body($0.baseAddress!) }
        }
    }

    static func display(_ bytes: [UInt8]) -> String {
        if let valid = String(validating: bytes, as: UTF8.self) { return valid }
        var out = ""
        var index = 0
        while index < bytes.count {
            var matched = false
            for length in stride(from: min(4, bytes.count - index), through: 1, by: -1) {
                if let piece = String(validating: bytes[index..<(index + length)], as: UTF8.self) {
                    out += piece
                    index += length
                    matched = true
                    break
                }
            }
            if !matched {
                out += String(format: "\\x%02X", bytes[index])
                index += 1
            }
        }
        return out
    }
}
