import Foundation
import Testing

@testable import CasebookCrypto

@Suite("OpenSSL digests")
struct DigestTests {
    // Known-answer vectors from FIPS 180-2 (appendix B/C).
    @Test func sha256OfABC() throws {
        let digest = try Digest.of(Data("abc".utf8), using: .sha256)
        #expect(digest.hex == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test func sha512OfABC() throws {
        let digest = try Digest.of(Data("abc".utf8), using: .sha512)
        #expect(
            digest.hex
                == "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f"
        )
    }

    @Test func sha256OfNothing() throws {
        #expect(try Digest.of(Data(), using: .sha256).hex == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    @Test func chunkedEqualsWhole() throws {
        let data = Data((0..<100_000).map { UInt8(truncatingIfNeeded: $0 &* 31) })
        var streaming = try StreamingDigest(.sha256)
        var offset = 0
        for size in [1, 7, 4096, 33, 60_000] where offset < data.count {
            let end = min(offset + size, data.count)
            data[offset..<end].withUnsafeBytes { streaming.update($0) }
            offset = end
        }
        data[offset...].withUnsafeBytes { streaming.update($0) }
        #expect(try streaming.finalize() == (try Digest.of(data, using: .sha256)))
    }
}
