internal import COpenSSL
import Foundation

/// Ed25519 keys and signatures through OpenSSL, so that a court's expert can check every
/// signed custody event with the stock `openssl pkeyutl` command and no Casebook code.
package enum Ed25519 {
    /// A new key pair as PEM texts (PKCS#8 private key, SubjectPublicKeyInfo public key).
    package static func generate() throws(CryptoError) -> (privatePEM: String, publicPEM: String) {
        guard let context = EVP_PKEY_CTX_new_id(EVP_PKEY_ED25519, nil) else {
            throw OpenSSLFailure.current("prepare an Ed25519 key")
        }
        defer { EVP_PKEY_CTX_free(context) }
        var key: OpaquePointer?
        guard EVP_PKEY_keygen_init(context) == 1, EVP_PKEY_keygen(context, &key) == 1, let key else {
            throw OpenSSLFailure.current("generate an Ed25519 key")
        }
        defer { EVP_PKEY_free(key) }
        let privatePEM = try writePEM("write the private key") { PEM_write_bio_PrivateKey($0, key, nil, nil, 0, nil, nil) }
        let publicPEM = try writePEM("write the public key") { PEM_write_bio_PUBKEY($0, key) }
        return (privatePEM, publicPEM)
    }

    /// The signature of `message` under the private key in `privatePEM`.
    package static func sign(_ message: [UInt8], privatePEM: String) throws(CryptoError) -> [UInt8] {
        let key = try readKey(privatePEM, isPrivate: true)
        defer { EVP_PKEY_free(key) }
        guard let context = EVP_MD_CTX_new() else { throw OpenSSLFailure.current("create a signing context") }
        defer { EVP_MD_CTX_free(context) }
        guard EVP_DigestSignInit(context, nil, nil, nil, key) == 1 else { throw OpenSSLFailure.current("start signing") }
        var length = 0
        var signature = [UInt8](repeating: 0, count: 64)
        let status = message.withUnsafeBufferPointer { input in
            signature.withUnsafeMutableBufferPointer { output in
                length = output.count
                return EVP_DigestSign(context, output.baseAddress, &length, input.baseAddress, input.count)
            }
        }
        guard status == 1 else { throw OpenSSLFailure.current("sign a custody event") }
        return Array(signature.prefix(length))
    }

    /// Whether `signature` is a valid signature of `message` under the public key in `publicPEM`.
    package static func verify(_ signature: [UInt8], of message: [UInt8], publicPEM: String) throws(CryptoError) -> Bool {
        let key = try readKey(publicPEM, isPrivate: false)
        defer { EVP_PKEY_free(key) }
        guard let context = EVP_MD_CTX_new() else { throw OpenSSLFailure.current("create a verification context") }
        defer { EVP_MD_CTX_free(context) }
        guard EVP_DigestVerifyInit(context, nil, nil, nil, key) == 1 else {
            throw OpenSSLFailure.current("start checking a signature")
        }
        let status = message.withUnsafeBufferPointer { input in
            signature.withUnsafeBufferPointer { sig in
                EVP_DigestVerify(context, sig.baseAddress, sig.count, input.baseAddress, input.count)
            }
        }
        ERR_clear_error()
        return status == 1
    }

    /// The SHA-256 of the public key's DER encoding, in hex: a short, stable name for a key.
    package static func fingerprint(publicPEM: String) throws(CryptoError) -> String {
        let key = try readKey(publicPEM, isPrivate: false)
        defer { EVP_PKEY_free(key) }
        var der: UnsafeMutablePointer<UInt8>?
        let length = i2d_PUBKEY(key, &der)
        guard length > 0, let der else { throw OpenSSLFailure.current("encode a public key") }
        defer { CRYPTO_free(der, #fileID, #line) }
        return try Digest.of(Data(bytes: der, count: Int(length)), using: .sha256).hex
    }

    fileprivate static func readKey(_ pem: String, isPrivate: Bool) throws(CryptoError) -> OpaquePointer {
        let bytes = Array(pem.utf8)
        let key: OpaquePointer? = bytes.withUnsafeBytes { raw in
            guard let bio = BIO_new_mem_buf(raw.baseAddress, Int32(raw.count)) else { return nil }
            defer { BIO_free(bio) }
            return isPrivate ? PEM_read_bio_PrivateKey(bio, nil, nil, nil) : PEM_read_bio_PUBKEY(bio, nil, nil, nil)
        }
        guard let key, EVP_PKEY_get_id(key) == EVP_PKEY_ED25519 else {
            if let key { EVP_PKEY_free(key) }
            ERR_clear_error()
            throw CryptoError.badKey(
                isPrivate ? "the private key is not a readable Ed25519 PEM key" : "the public key is not a readable Ed25519 PEM key"
            )
        }
        return key
    }

    private static func writePEM(_ operation: String, _ body: (OpaquePointer) -> Int32) throws(CryptoError) -> String {
        guard let bio = BIO_new(BIO_s_mem()) else { throw OpenSSLFailure.current(operation) }
        defer { BIO_free(bio) }
        guard body(bio) == 1 else { throw OpenSSLFailure.current(operation) }
        var data: UnsafeMutablePointer<CChar>?
        let length = casebook_BIO_get_mem_data(bio, &data)
        guard length > 0, let data else { throw OpenSSLFailure.current(operation) }
        return String(decoding: UnsafeRawBufferPointer(start: data, count: length), as: UTF8.self)
    }
}

/// A public key parsed once and reused for every signature it checks: `verify` checks thousands
/// of events, and reading the PEM each time cost more than the signature check itself.
package final class Ed25519PublicKey: @unchecked Sendable {
    private let key: OpaquePointer

    package init(publicPEM: String) throws(CryptoError) {
        key = try Ed25519.readKey(publicPEM, isPrivate: false)
    }

    deinit { EVP_PKEY_free(key) }

    /// Whether `signature` is a valid signature of `message` under this key. Safe to call from
    /// several threads at once: each call has its own context.
    package func verify(_ signature: [UInt8], of message: [UInt8]) throws(CryptoError) -> Bool {
        guard let context = EVP_MD_CTX_new() else { throw OpenSSLFailure.current("create a verification context") }
        defer { EVP_MD_CTX_free(context) }
        guard EVP_DigestVerifyInit(context, nil, nil, nil, key) == 1 else {
            throw OpenSSLFailure.current("start checking a signature")
        }
        let status = message.withUnsafeBufferPointer { input in
            signature.withUnsafeBufferPointer { sig in
                EVP_DigestVerify(context, sig.baseAddress, sig.count, input.baseAddress, input.count)
            }
        }
        ERR_clear_error()
        return status == 1
    }
}
