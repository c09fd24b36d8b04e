#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch
import Foundation

/// The digests of one file's bytes and how many bytes there were.
struct HashedContent: Sendable {
    var sha256: Digest?
    var sha512: Digest?
    var size: Int64
    /// The first bytes, for recognising the media type.
    var head: [UInt8]
}

/// Reads a file once, feeding SHA-256, SHA-512 and (when ingesting) the copy from the same
/// buffers, which it reuses for every file it handles: memory stays at two chunks whatever
/// the file size.
///
/// In `parallel` mode the two digests run on two cores: SHA-512 on one, SHA-256 plus the copy
/// plus reading the next chunk on the other, so the copy and the reads hide behind SHA-512.
final class FileHasher: @unchecked Sendable {
    static let chunkSize = 1 << 20

    private let buffers: [UnsafeMutableRawBufferPointer]
    private let sha256: DigestContext
    private let sha512: DigestContext

    init() throws {
        buffers = (0..<2).map { _ in
            UnsafeMutableRawBufferPointer.allocate(byteCount: FileHasher.chunkSize, alignment: 64)
        }
        sha256 = try DigestContext(.sha256)
        sha512 = try DigestContext(.sha512)
    }

    deinit { buffers.forEach { $0.deallocate() } }

    /// Hashes everything readable from `input`, writing a copy to `output` when given.
    /// `progress` is told of each chunk's size as it is read.
    func hash(
        input: Int32, inputPath: String, output: TemporaryObject?, algorithms: Set<DigestAlgorithm>, parallel: Bool,
        progress: (Int) -> Void
    ) throws -> HashedContent {
        let use256 = algorithms.contains(.sha256), use512 = algorithms.contains(.sha512)
        if use256 { try sha256.reset() }
        if use512 { try sha512.reset() }
        var current = 0
        var count = try readChunk(input, into: buffers[current], path: inputPath)
        let head = Array(UnsafeRawBufferPointer(rebasing: buffers[current][0..<min(count, 16)]))
        var total: Int64 = 0
        // Lane 0 runs the slow digest; lane 1 runs the other digest (if any), the copy and the
        // read-ahead. Without `parallel`, lane 0 does everything in turn.
        let laneZero256 = use256 && !use512
        let laneOne256 = use256 && use512
        while count > 0 {
            let job = ChunkJob(
                chunk: UnsafeRawBufferPointer(rebasing: buffers[current][0..<count]), next: buffers[1 - current])
            let work: @Sendable (Int) -> Void = { lane in
                do {
                    if lane == 0 {
                        if use512 { self.sha512.update(job.chunk) }
                        if laneZero256 { self.sha256.update(job.chunk) }
                    }
                    if lane == 1 || !parallel {
                        try self.finishChunk(job, use256: laneOne256, output: output, input: input, inputPath: inputPath)
                    }
                } catch {
                    job.error = error
                }
            }
            if parallel {
                DispatchQueue.concurrentPerform(iterations: 2, execute: work)
            } else {
                work(0)
            }
            let outcome = job
            if let error = outcome.error { throw error }
            total += Int64(count)
            progress(count)
            count = outcome.nextCount
            current = 1 - current
        }
        return HashedContent(
            sha256: use256 ? try sha256.finalize() : nil, sha512: use512 ? try sha512.finalize() : nil, size: total, head: head)
    }

    /// SHA-256 and the copy of this chunk, then the read of the next one into the other buffer.
    private func finishChunk(
        _ job: ChunkJob, use256: Bool, output: TemporaryObject?, input: Int32, inputPath: String
    ) throws {
        let chunk = job.chunk
        if use256 { sha256.update(chunk) }
        if let output {
            do {
                try PosixFile.writeAll(output.fd, chunk, path: output.path)
            } catch {
                if errno == ENOSPC || errno == EFBIG || errno == EDQUOT { throw IntegrityError.storeFull(output.path) }
                throw error
            }
            PosixFile.startWriteback(output.fd, lastBytes: chunk.count)
        }
        job.nextCount = try readChunk(input, into: job.next, path: inputPath)
    }

    /// Fills `buffer` as far as the file allows; returns 0 at the end of the file.
    private func readChunk(_ fd: Int32, into buffer: UnsafeMutableRawBufferPointer, path: String) throws -> Int {
        var filled = 0
        while filled < buffer.count {
            let got = read(fd, buffer.baseAddress! + filled, buffer.count - filled)
            if got < 0 {
                if errno == EINTR { continue }
                throw IntegrityError.fileFailure(path: path, operation: "read", reason: PosixFile.lastError())
            }
            if got == 0 { break }
            filled += got
        }
        return filled
    }
}

/// One chunk's work for the two lanes: the bytes to hash, the buffer to read ahead into, and
/// what the reading lane found. Each field is written by one lane and read after both finish.
private final class ChunkJob: @unchecked Sendable {
    let chunk: UnsafeRawBufferPointer
    let next: UnsafeMutableRawBufferPointer
    var nextCount = 0
    var error: (any Error)?

    init(chunk: UnsafeRawBufferPointer, next: UnsafeMutableRawBufferPointer) {
        self.chunk = chunk
        self.next = next
    }
}
