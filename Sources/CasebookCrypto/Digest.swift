import Foundation

/// The digest algorithms evidence is hashed with: SHA-256 names objects in the store,
/// SHA-512 is kept beside it so a future weakness in one does not break the proof.
public enum DigestAlgorithm: String, CaseIterable, Sendable, Codable {
    case sha256
    case sha512

    /// The digest's length in bytes.
    public var byteCount: Int { self == .sha256 ? 32 : 64 }
}

/// A finished digest value.
public struct Digest: Hashable, Sendable, CustomStringConvertible {
    public let algorithm: DigestAlgorithm
    public let bytes: [UInt8]

    package init(algorithm: DigestAlgorithm, bytes: [UInt8]) {
        self.algorithm = algorithm
        self.bytes = bytes
    }

    /// Lower-case hexadecimal, as `openssl dgst` and `sha256sum` print it.
    public var hex: String {
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    public var description: String { "\(algorithm.rawValue):\(hex)" }

    /// The digest of `data` in one call.
    public static func of(_ data: some DataProtocol, using algorithm: DigestAlgorithm) throws(CryptoError) -> Digest {
        var hasher = try StreamingDigest(algorithm)
        for region in data.regions {
            region.withUnsafeBytes { hasher.update($0) }
        }
        return try hasher.finalize()
    }
}
