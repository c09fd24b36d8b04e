import Foundation

/// The raw-text pass every file makes before it leaves the case, whatever its type: the printable
/// runs in its bytes (`RawTextRuns`) go to the leak guard, so a name in a tag, chunk, atom or
/// segment that no reader for its format knows is still found. Compressed streams stay the job
/// of the decoders. The file is streamed in chunks, and runs are checked in batches, so a
/// photo or a recording of gigabytes costs one linear pass and little memory.
package enum RawTextScan {
    static let chunkSize = 1 << 20
    /// The characters of runs checked at once: one check per batch, not per run.
    static let batchSize = 1 << 16

    /// Checks the bytes of the file at `path` (the first `limit` bytes, when given). A hit throws
    /// `ProtectionError.leak` with the place "text inside `name` (bytes at offset N)".
    package static func check(fileAt path: String, limit: Int64? = nil, name: String, guard leakGuard: LeakGuard) throws {
        guard leakGuard.isActive else { return }
        guard let handle = FileHandle(forReadingAtPath: path) else { throw CocoaError(.fileReadNoSuchFile) }
        defer { try? handle.close() }
        var runs = RawTextRuns()
        var batch = Batch(name: name, leakGuard: leakGuard)
        var remaining = limit ?? Int64.max
        while remaining > 0 {
            let data = try handle.read(upToCount: Int(min(Int64(chunkSize), remaining))) ?? Data()
            if data.isEmpty { break }
            remaining -= Int64(data.count)
            try data.withUnsafeBytes { raw in
                try runs.read(raw.bindMemory(to: UInt8.self)) { try batch.add($0) }
            }
        }
        try runs.finish { try batch.add($0) }
        try batch.check()
    }

    /// Checks `bytes` held in memory, as `check(fileAt:)` checks a file.
    package static func check(_ bytes: [UInt8], name: String, guard leakGuard: LeakGuard) throws {
        guard leakGuard.isActive else { return }
        var runs = RawTextRuns()
        var batch = Batch(name: name, leakGuard: leakGuard)
        try bytes.withUnsafeBufferPointer { buffer in try runs.read(buffer) { try batch.add($0) } }
        try runs.finish { try batch.add($0) }
        try batch.check()
    }

    /// Runs gathered for one check, one to a line. Only on a hit is each run checked alone, to
    /// say where in the file the name is.
    struct Batch {
        let name: String
        let leakGuard: LeakGuard
        var runs: [RawTextRuns.Found] = []
        var size = 0

        static let separator = "\nqxq\n"

        mutating func add(_ run: RawTextRuns.Found) throws {
            runs.append(run)
            size += run.text.utf8.count + Self.separator.utf8.count
            if size >= RawTextScan.batchSize { try check() }
        }

        mutating func check() throws {
            defer {
                runs.removeAll(keepingCapacity: true)
                size = 0
            }
            guard !runs.isEmpty else { return }
            do {
                // Runs are apart in the file: a word between them keeps two from making one name.
                try leakGuard.check(runs.map(\.text).joined(separator: Self.separator), place: "text inside \(name)")
            } catch ProtectionError.leak {
                // A hit counts only in one run: what the batch's readings join up is not in the file.
                for run in runs {
                    do {
                        try leakGuard.check(run.text, place: "")
                    } catch ProtectionError.leak(let witness, let field, _) {
                        throw ProtectionError.leak(
                            witness: witness, field: field, place: "text inside \(name) (bytes at offset \(run.offset))")
                    }
                }
            }
        }
    }
}
