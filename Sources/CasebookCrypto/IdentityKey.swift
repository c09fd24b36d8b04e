internal import COpenSSL

/// The 256-bit key that seals witness identities; wiped with `OPENSSL_cleanse` when the command
/// is done with it, so the key does not linger in freed memory.
package final class IdentityKey: @unchecked Sendable {
    package var bytes: [UInt8]

    package init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    deinit {
        bytes.withUnsafeMutableBytes { buffer in
            if let base = buffer.baseAddress { OPENSSL_cleanse(base, buffer.count) }
        }
    }
}
