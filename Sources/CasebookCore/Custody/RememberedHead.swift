import CasebookCrypto
import CasebookModel
import CasebookStore
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The last head `verify` found intact for a workspace, remembered on this machine outside the
/// workspace (`$XDG_STATE_HOME/casebook/heads`, else `~/.local/state/casebook/heads`), so that
/// the next `verify` here notices events cut off the end of the log, or a database restored from
/// an older copy: nothing inside the case can tell that on its own.
struct RememberedHead {
    let sequence: Int64
    let hash: String
    let verifiedAt: String
    /// The identifiers of the case whose head this was (empty in files written before they were kept).
    var caseIdentifiers: [String] = []

    /// The folder holding one small file per workspace, or nil when there is no home to keep it in.
    static var folder: URL? {
        let environment = ProcessInfo.processInfo.environment
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return URL(fileURLWithPath: state).appendingPathComponent("casebook/heads")
        }
        guard let home = environment["HOME"], home.hasPrefix("/") else { return nil }
        return URL(fileURLWithPath: home).appendingPathComponent(".local/state/casebook/heads")
    }

    /// The file for a workspace: named by the SHA-256 of its real path.
    static func file(for workspace: URL) -> URL? {
        guard let folder else { return nil }
        let path = PosixFile.realPath(RawPath(workspace.path)).map { String(decoding: $0, as: UTF8.self) } ?? workspace.path
        guard let name = try? Digest.of(Array(path.utf8), using: .sha256).hex else { return nil }
        return folder.appendingPathComponent(name)
    }

    /// The file for a case identifier (`case_info.caseIdentifier`), which stays the same when the
    /// folder is renamed or moved.
    static func file(forCase identifier: String) -> URL? {
        guard let folder, let name = try? Digest.of(Array("case:\(identifier)".utf8), using: .sha256).hex else { return nil }
        return folder.appendingPathComponent(name)
    }

    /// The head remembered for the workspace: by its folder, or, for a folder this machine has
    /// not verified before (renamed or moved), by its case identifier. (Two copies of a case kept
    /// in two folders each have their own.)
    /// The identifiers are the one kept in `case_info` and the hash of the first custody event,
    /// which cutting events off the end of the log leaves as it was.
    static func read(for workspace: URL, caseIdentifiers: [String]) -> [RememberedHead] {
        // A head remembered for this folder but for another case (the folder was emptied and a new
        // case made in it, as a second `casebook demo` does) says nothing about this case.
        if let head = read(file(for: workspace)),
            !Set(head.caseIdentifiers).isDisjoint(with: caseIdentifiers)
        {
            return [head]
        }
        for identifier in caseIdentifiers {
            if let head = read(file(forCase: identifier)) { return [head] }
        }
        return []
    }

    /// Remembers `head` under the folder and each case identifier.
    static func write(_ head: CustodyHead, for workspace: URL, caseIdentifiers: [String]) {
        write(head, to: file(for: workspace), caseIdentifiers: caseIdentifiers)
        for identifier in caseIdentifiers { write(head, to: file(forCase: identifier), caseIdentifiers: caseIdentifiers) }
    }

    static func read(_ file: URL?) -> RememberedHead? {
        guard let file, let data = FileManager.default.contents(atPath: file.path) else { return nil }
        let parts = String(decoding: data, as: UTF8.self).split(whereSeparator: { $0 == " " || $0 == "\n" })
        guard parts.count >= 3, let sequence = Int64(parts[0]) else { return nil }
        let identifiers = parts.count >= 4 ? parts[3].split(separator: ",").map(String.init) : []
        return RememberedHead(
            sequence: sequence, hash: String(parts[1]), verifiedAt: String(parts[2]), caseIdentifiers: identifiers)
    }

    /// Writes one remembered head; a machine where it cannot be kept simply does not remember.
    static func write(_ head: CustodyHead, to file: URL?, caseIdentifiers: [String] = []) {
        guard let file else { return }
        let folder = file.deletingLastPathComponent()
        try? FileManager.default.createDirectory(
            at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let temporary = folder.appendingPathComponent(".\(UUID().uuidString).tmp")
        let identifiers = caseIdentifiers.filter { !$0.contains(" ") && !$0.contains(",") }.joined(separator: ",")
        let line = "\(head.sequence) \(head.hash) \(timestampNow())" + (identifiers.isEmpty ? "" : " \(identifiers)") + "\n"
        guard (try? Data(line.utf8).write(to: temporary)) != nil else { return }
        if rename(temporary.path, file.path) != 0 { try? FileManager.default.removeItem(at: temporary) }
    }

    /// A problem if the log no longer holds this head unchanged.
    func check(against events: [CustodyEventRecord]) -> VerifyProblem? {
        // Events are ordered by sequence; a binary search keeps this cheap on long logs.
        var low = 0
        var high = events.count - 1
        while low <= high {
            let middle = (low + high) / 2
            if events[middle].sequence == sequence {
                if events[middle].eventHash == hash { return nil }
                break
            }
            if events[middle].sequence < sequence { low = middle + 1 } else { high = middle - 1 }
        }
        return VerifyProblem(
            kind: .eventDeleted, subject: "head",
            message:
                "the custody log no longer holds event \(sequence) as this machine last verified it on \(verifiedAt) (\(hash)): events were deleted or rewritten since, or the database was restored from an older copy"
        )
    }
}
