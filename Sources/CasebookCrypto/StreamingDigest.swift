internal import COpenSSL

/// An incremental digest, fed in chunks so a file of any size is hashed in constant memory.
///
/// The OpenSSL context lives in `DigestContext`, which frees it; no C type leaves this module.
public struct StreamingDigest: ~Copyable {
    package let context: DigestContext

    /// Starts a digest; fails only if OpenSSL cannot provide the algorithm.
    public init(_ algorithm: DigestAlgorithm) throws(CryptoError) {
        context = try DigestContext(algorithm)
    }

    public var algorithm: DigestAlgorithm { context.algorithm }

    /// Feeds bytes; a failure is remembered and reported by `finalize()`.
    public mutating func update(_ bytes: UnsafeRawBufferPointer) {
        context.update(bytes)
    }

    /// The digest of everything fed so far.
    public consuming func finalize() throws(CryptoError) -> Digest {
        try context.finalize()
    }
}

/// One EVP digest context. Used by exactly one thread at a time (the ingest pipeline hands a
/// context to one worker per chunk and waits), hence `@unchecked Sendable`.
package final class DigestContext: @unchecked Sendable {
    private let pointer: OpaquePointer
    package let algorithm: DigestAlgorithm
    private var failure: CryptoError?

    package init(_ algorithm: DigestAlgorithm) throws(CryptoError) {
        guard let pointer = EVP_MD_CTX_new() else { throw OpenSSLFailure.current("create a digest context") }
        self.pointer = pointer
        self.algorithm = algorithm
        try reset()
    }

    deinit { EVP_MD_CTX_free(pointer) }

    /// Starts over, so one context can hash many files without reallocating.
    package func reset() throws(CryptoError) {
        failure = nil
        let md = algorithm == .sha256 ? EVP_sha256() : EVP_sha512()
        guard EVP_DigestInit_ex(pointer, md, nil) == 1 else {
            throw OpenSSLFailure.current("start a \(algorithm.rawValue) digest")
        }
    }

    package func update(_ bytes: UnsafeRawBufferPointer) {
        guard failure == nil, let base = bytes.baseAddress, bytes.count > 0 else { return }
        if EVP_DigestUpdate(pointer, base, bytes.count) != 1 {
            failure = OpenSSLFailure.current("hash data")
        }
    }

    package func finalize() throws(CryptoError) -> Digest {
        if let failure { throw failure }
        var output = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        let status = output.withUnsafeMutableBufferPointer { EVP_DigestFinal_ex(pointer, $0.baseAddress, &length) }
        guard status == 1 else { throw OpenSSLFailure.current("finish a \(algorithm.rawValue) digest") }
        return Digest(algorithm: algorithm, bytes: Array(output.prefix(Int(length))))
    }
}
