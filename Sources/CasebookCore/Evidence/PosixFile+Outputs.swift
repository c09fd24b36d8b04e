#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
    import CasebookModel
    import CasebookStore
#endif

extension PosixFile {
    /// Refuses a path that exists already (checked before any work is done). It lives with the
    /// evidence code, not with the POSIX wrappers, because its refusal is an evidence error.
    package static func refuseExisting(_ path: String) throws {
        var info = stat()
        guard lstat(path, &info) != 0 else { throw EvidenceError.outputExists(path) }
    }
}
