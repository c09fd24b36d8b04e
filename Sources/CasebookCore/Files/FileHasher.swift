import CasebookCrypto
import CasebookModel
import CasebookStore
import Dispatch
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The digests of one file's bytes and how many bytes there were.
package struct HashedContent: Sendable {
    package var sha256: Digest?
    package var sha512: Digest?
    package var size: Int64
    /// The first bytes, for recognising the media type.
    var head: [UInt8]
}

/// Reads a file once, feeding SHA-256, SHA-512 and (when ingesting) the copy from the same
/// ring of buffers, which it reuses for every file it handles: memory stays at four chunks
/// whatever the file size.
///
/// In `parallel` mode the work runs on two cores: SHA-512 on one; SHA-256 and reading the next
/// chunk on the other. The copy is written by a third thread (`CopyWriter`) that mostly waits
/// on the disk, so it hides behind the digests. With SHA-256 alone (verify), one core hashes
/// while the other reads ahead.
package final class FileHasher: @unchecked Sendable {
    static let chunkSize = 2 << 20
    static let ringSize = 4

    private let buffers: [UnsafeMutableRawBufferPointer]
    private let sha256: DigestContext
    private let sha512: DigestContext

    package init() throws {
        // Page-aligned, so the copy can be written with direct I/O.
        buffers = (0..<Self.ringSize).map { _ in
            UnsafeMutableRawBufferPointer.allocate(byteCount: FileHasher.chunkSize, alignment: 4096)
        }
        sha256 = try DigestContext(.sha256)
        sha512 = try DigestContext(.sha512)
    }

    deinit { for buffer in buffers { buffer.deallocate() } }

    /// Hashes everything readable from `input`, writing a copy to `output` when given.
    /// `progress` is told of each chunk's size as it is read.
    package func hash(
        input: Int32, inputPath: String, output: TemporaryObject?, algorithms: Set<DigestAlgorithm>, parallel: Bool,
        progress: (Int) -> Void
    ) throws -> HashedContent {
        let use256 = algorithms.contains(.sha256)
        let use512 = algorithms.contains(.sha512)
        if use256 { try sha256.reset() }
        if use512 { try sha512.reset() }
        if output == nil && !parallel {
            return try hashInTurn(input: input, inputPath: inputPath, use256: use256, use512: use512, progress: progress)
        }
        // A buffer may be refilled only once the writer has written it: one token per buffer.
        // (Created at 0 and signalled once: libdispatch refuses to free a semaphore below its
        // starting value, which an early error would otherwise leave behind.)
        let free = (0..<Self.ringSize).map { _ in
            let token = DispatchSemaphore(value: 0)
            token.signal()
            return token
        }
        let writer = output.map(CopyWriter.init)
        defer { writer?.drain() }

        var index = 0
        free[0].wait()
        var count = try readChunk(input, into: buffers[0], path: inputPath)
        let head = Array(UnsafeRawBufferPointer(rebasing: buffers[0][0..<min(count, 16)]))
        var total: Int64 = 0
        // Lane 0 runs the slow digest; lane 1 the other digest (if any) and the read-ahead.
        let laneZero256 = use256 && !use512
        let laneOne256 = use256 && use512
        // What the reading lane found: the next chunk's size, or why it could not be read.
        let readAhead = Collector<Result<Int, any Error>>(.success(0))
        while count > 0 {
            let current = index % Self.ringSize
            let next = (index + 1) % Self.ringSize
            let job = ChunkJob(
                chunk: UnsafeRawBufferPointer(rebasing: buffers[current][0..<count]), next: buffers[next], nextFree: free[next])
            let work: @Sendable (Int) -> Void = { lane in
                if lane == 0 {
                    if use512 { self.sha512.update(job.chunk) }
                    if laneZero256 { self.sha256.update(job.chunk) }
                }
                if lane == 1 || !parallel {
                    if laneOne256 { self.sha256.update(job.chunk) }
                    job.nextFree.wait()
                    let read = Result { try self.readChunk(input, into: job.next, path: inputPath) }
                    readAhead.withLock { $0 = read }
                }
            }
            if parallel {
                DispatchQueue.concurrentPerform(iterations: 2, execute: work)
            } else {
                work(0)
            }
            if let writer {
                writer.write(job.chunk, then: free[current])
            } else {
                free[current].signal()
            }
            let nextCount = try readAhead.value.get()
            if let error = writer?.failure { throw error }
            total += Int64(count)
            progress(count)
            count = nextCount
            index += 1
        }
        free[index % Self.ringSize].signal()
        writer?.drain()
        if let failure = writer?.failure { throw failure }
        return HashedContent(
            sha256: use256 ? try sha256.finalize() : nil, sha512: use512 ? try sha512.finalize() : nil, size: total, head: head)
    }

    /// The plain loop for re-hashing without a copy on one core: the many small files of a
    /// verify pay for no coordination.
    private func hashInTurn(
        input: Int32, inputPath: String, use256: Bool, use512: Bool, progress: (Int) -> Void
    ) throws -> HashedContent {
        var total: Int64 = 0
        var head: [UInt8]?
        while true {
            let count = try readChunk(input, into: buffers[0], path: inputPath)
            let chunk = UnsafeRawBufferPointer(rebasing: buffers[0][0..<count])
            if head == nil { head = Array(chunk.prefix(16)) }
            if count == 0 { break }
            if use256 { sha256.update(chunk) }
            if use512 { sha512.update(chunk) }
            total += Int64(count)
            progress(count)
        }
        return HashedContent(
            sha256: use256 ? try sha256.finalize() : nil, sha512: use512 ? try sha512.finalize() : nil, size: total,
            head: head ?? [])
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

/// One chunk's work for the two lanes: the bytes to hash, and the buffer to read ahead into
/// with its token. Only addresses, never changed: the lanes touch different buffers (the
/// chunk is only read, the next buffer only written, after its token says the writer is done
/// with it), and what the reading lane finds goes through a `Collector`.
private struct ChunkJob: @unchecked Sendable {
    let chunk: UnsafeRawBufferPointer
    let next: UnsafeMutableRawBufferPointer
    let nextFree: DispatchSemaphore
}

/// Writes the copy on its own serial queue, in order, handing each buffer back when written.
///
/// When the store's file system allows it the copy is opened for direct I/O: the data goes
/// from our buffer to the disk without passing through the page cache, which on a virtual
/// machine saves more processor time than the two digests leave over.
final class CopyWriter: Sendable {
    private let output: TemporaryObject
    private let queue = DispatchQueue(label: "casebook.copy-writer")
    private let error = Collector<(any Error)?>(nil)

    package init(_ output: TemporaryObject) {
        self.output = output
    }

    var failure: (any Error)? { error.value }

    func write(_ bytes: UnsafeRawBufferPointer, then done: DispatchSemaphore) {
        let pending = PendingChunk(bytes: bytes)
        queue.async {
            let chunk = pending.bytes
            defer { done.signal() }
            guard self.failure == nil else { return }
            do {
                if self.output.direct, chunk.count % 4096 != 0 {
                    // The last, partial block of a file cannot be written directly.
                    _ = fcntl(self.output.fd, F_SETFL, fcntl(self.output.fd, F_GETFL) & ~PosixFile.directFlag)
                }
                try PosixFile.writeAll(self.output.fd, chunk, path: self.output.path)
                if !self.output.direct { PosixFile.startWriteback(self.output.fd, lastBytes: chunk.count) }
            } catch {
                let failure: any Error =
                    (errno == ENOSPC || errno == EFBIG || errno == EDQUOT) ? IntegrityError.storeFull(self.output.path) : error
                self.error.withLock { $0 = failure }
            }
        }
    }

    /// Waits until every queued chunk is written.
    func drain() {
        queue.sync {}
    }
}

/// A buffer region handed to the writer queue; the buffer's token keeps it untouched until written.
private struct PendingChunk: @unchecked Sendable {
    let bytes: UnsafeRawBufferPointer
}
