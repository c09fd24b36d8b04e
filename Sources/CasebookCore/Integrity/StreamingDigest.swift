internal import COpenSSL

/// An incremental digest, fed in chunks so a file of any size is hashed in constant memory.
///
/// The OpenSSL context lives in `DigestContext`, which frees it; no C type leaves this module.
public struct StreamingDigest: ~Copyable {
    let context: DigestContext

    /// Starts a digest; fails only if OpenSSL cannot provide the algorithm.
    public init(_ algorithm: DigestAlgorithm) throws(IntegrityError) {
        context = try DigestContext(algorithm)
    }

    public var algorithm: DigestAlgorithm { context.algorithm }

    /// Feeds bytes; a failure is remembered and reported by `finalize()`.
    public mutating func update(_ bytes: UnsafeRawBufferPointer) {
        context.update(bytes)
    }

    /// The digest of everything fed so far.
    public consuming func finalize() throws(IntegrityError) -> Digest {
        try context.finalize()
    }
}

/// One EVP digest context. Used by exactly one thread at a time (the ingest pipeline hands a
/// context to one worker per chunk and waits), hence `@unchecked Sendable`.
final class DigestContext: @unchecked Sendable {
    private let pointer: OpaquePointer
    let algorithm: DigestAlgorithm
    private var failure: IntegrityError?

    init(_ algorithm: DigestAlgorithm) throws(IntegrityError) {
        guard let pointer = EVP_MD_CTX_new() else { throw OpenSSLFailure.current("create a digest context") }
        self.pointer = pointer
        self.algorithm = algorithm
        try reset()
    }

    deinit { EVP_MD_CTX_free(pointer) }

    /// Starts over, so one context can hash many files without reallocating.
    func reset() throws(IntegrityError) {
        failure = nil
        let md = algorithm == .sha256 ? EVP_sha256() : EVP_sha512()
        guard EVP_DigestInit_ex(pointer, md, nil) == 1 else {
            throw OpenSSLFailure.current("start a \(algorithm.rawValue) digest")
        }
    }

    func update(_ bytes: UnsafeRawBufferPointer) {
        guard failure == nil, let base = bytes.baseAddress, bytes.count > 0 else { return }
        if EVP_DigestUpdate(pointer, base, bytes.count) != 1 {
            failure = OpenSSLFailure.current("hash data")
        }
    }

    func finalize() throws(IntegrityError) -> Digest {
        if let failure { throw failure }
        var output = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        let status = output.withUnsafeMutableBufferPointer { EVP_DigestFinal_ex(pointer, $0.baseAddress, &length) }
        guard status == 1 else { throw OpenSSLFailure.current("finish a \(algorithm.rawValue) digest") }
        return Digest(algorithm: algorithm, bytes: Array(output.prefix(Int(length))))
    }
}

/// Turns OpenSSL's thread-local error queue into a typed error.
enum OpenSSLFailure {
    static func current(_ operation: String) -> IntegrityError {
        var detail = ""
        var code = ERR_get_error()
        while code != 0 {
            var buffer = [CChar](repeating: 0, count: 256)
            ERR_error_string_n(code, &buffer, buffer.count)
            let text = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            detail += detail.isEmpty ? text : "; \(text)"
            code = ERR_get_error()
        }
        return .openSSL(operation: operation, detail: detail.isEmpty ? "no detail given" : detail)
    }
}
