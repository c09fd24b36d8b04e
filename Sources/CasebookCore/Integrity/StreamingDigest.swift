internal import COpenSSL

/// An incremental digest over libcrypto's EVP interface, fed in chunks so a file of any
/// size is hashed in constant memory.
///
/// The OpenSSL context lives in a private class that frees it; no C type leaves this file.
public struct StreamingDigest: ~Copyable {
    private let context: OpaquePointer
    public let algorithm: DigestAlgorithm
    private var failed: IntegrityError?

    /// Starts a digest; fails only if OpenSSL cannot provide the algorithm.
    public init(_ algorithm: DigestAlgorithm) throws(IntegrityError) {
        guard let context = EVP_MD_CTX_new() else { throw OpenSSLFailure.current("create a digest context") }
        let md = algorithm == .sha256 ? EVP_sha256() : EVP_sha512()
        guard EVP_DigestInit_ex(context, md, nil) == 1 else {
            EVP_MD_CTX_free(context)
            throw OpenSSLFailure.current("start a \(algorithm.rawValue) digest")
        }
        self.context = context
        self.algorithm = algorithm
    }

    deinit { EVP_MD_CTX_free(context) }

    /// Feeds bytes; a failure is remembered and reported by `finalize()`.
    public mutating func update(_ bytes: UnsafeRawBufferPointer) {
        guard failed == nil, let base = bytes.baseAddress, bytes.count > 0 else { return }
        if EVP_DigestUpdate(context, base, bytes.count) != 1 {
            failed = OpenSSLFailure.current("hash data")
        }
    }

    /// The digest of everything fed so far.
    public consuming func finalize() throws(IntegrityError) -> Digest {
        if let failed { throw failed }
        var output = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        let status = output.withUnsafeMutableBufferPointer { EVP_DigestFinal_ex(context, $0.baseAddress, &length) }
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
