/// The cost of deriving the identity key from a passphrase (scrypt's N = 2^log2N, r, p),
/// stored with the case so any later command derives the same key.
public struct ScryptParameters: Codable, Sendable, Equatable {
    public let log2N: Int
    public let r: Int
    public let p: Int

    package init(log2N: Int, r: Int, p: Int) {
        self.log2N = log2N
        self.r = r
        self.p = p
    }

    /// About half a second on the two-core machines this is built for (128 MiB of memory).
    public static let standard = ScryptParameters(log2N: 17, r: 8, p: 1)
}
