internal import COpenSSL
import Foundation

/// AES-256-GCM and scrypt through OpenSSL's EVP interface, for witness identity fields.
///
/// A sealed field is one blob: a random 96-bit nonce, the ciphertext, and the 128-bit tag.
/// The associated data names the witness and the field, so a ciphertext moved to another
/// row or field does not open.
package enum IdentityCipher {
    package static let nonceLength = 12
    package static let tagLength = 16

    /// Derives the identity key from a passphrase with scrypt.
    package static func deriveKey(passphrase: String, salt: [UInt8], parameters: ScryptParameters) throws(CryptoError)
        -> IdentityKey
    {
        var key = [UInt8](repeating: 0, count: 32)
        let password = Array(passphrase.utf8)
        let n = UInt64(1) << UInt64(parameters.log2N)
        let memory = UInt64(parameters.r) * 128 * n + (64 << 20)
        let status = password.withUnsafeBufferPointer { pass in
            pass.withMemoryRebound(to: CChar.self) { passChars in
                EVP_PBE_scrypt(
                    passChars.baseAddress, pass.count, salt, salt.count, n, UInt64(parameters.r), UInt64(parameters.p),
                    memory, &key, key.count)
            }
        }
        guard status == 1 else { throw OpenSSLFailure.current("derive the identity key (scrypt)") }
        return IdentityKey(bytes: key)
    }

    /// `count` random bytes from OpenSSL's generator.
    package static func randomBytes(_ count: Int) throws(CryptoError) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        guard RAND_bytes(&bytes, Int32(count)) == 1 else { throw OpenSSLFailure.current("generate random bytes") }
        return bytes
    }

    /// Seals `plaintext`; `associated` is authenticated but not stored.
    package static func seal(_ plaintext: [UInt8], key: IdentityKey, associated: [UInt8]) throws(CryptoError) -> [UInt8] {
        let nonce = try randomBytes(nonceLength)
        guard let context = EVP_CIPHER_CTX_new() else { throw OpenSSLFailure.current("create a cipher context") }
        defer { EVP_CIPHER_CTX_free(context) }
        var ciphertext = [UInt8](repeating: 0, count: plaintext.count + 16)
        var tag = [UInt8](repeating: 0, count: tagLength)
        var length: Int32 = 0
        var total: Int32 = 0
        guard EVP_EncryptInit_ex(context, EVP_aes_256_gcm(), nil, key.bytes, nonce) == 1,
            associated.isEmpty || EVP_EncryptUpdate(context, nil, &length, associated, Int32(associated.count)) == 1,
            EVP_EncryptUpdate(context, &ciphertext, &length, plaintext, Int32(plaintext.count)) == 1
        else { throw OpenSSLFailure.current("encrypt an identity field") }
        total = length
        let finished = ciphertext.withUnsafeMutableBufferPointer { buffer in
            EVP_EncryptFinal_ex(context, buffer.baseAddress! + Int(total), &length)
        }
        guard finished == 1, EVP_CIPHER_CTX_ctrl(context, EVP_CTRL_AEAD_GET_TAG, Int32(tagLength), &tag) == 1 else {
            throw OpenSSLFailure.current("encrypt an identity field")
        }
        total += length
        return nonce + ciphertext.prefix(Int(total)) + tag
    }

    /// Opens a sealed blob, or returns nil if it was altered, truncated, moved, or sealed under another key.
    package static func open(_ sealed: [UInt8], key: IdentityKey, associated: [UInt8]) -> [UInt8]? {
        guard sealed.count >= nonceLength + tagLength, let context = EVP_CIPHER_CTX_new() else { return nil }
        defer { EVP_CIPHER_CTX_free(context) }
        let nonce = Array(sealed.prefix(nonceLength))
        var tag = Array(sealed.suffix(tagLength))
        let ciphertext = Array(sealed[nonceLength..<(sealed.count - tagLength)])
        var plaintext = [UInt8](repeating: 0, count: ciphertext.count + 16)
        var length: Int32 = 0
        guard EVP_DecryptInit_ex(context, EVP_aes_256_gcm(), nil, key.bytes, nonce) == 1,
            associated.isEmpty || EVP_DecryptUpdate(context, nil, &length, associated, Int32(associated.count)) == 1,
            EVP_DecryptUpdate(context, &plaintext, &length, ciphertext, Int32(ciphertext.count)) == 1,
            EVP_CIPHER_CTX_ctrl(context, EVP_CTRL_AEAD_SET_TAG, Int32(tagLength), &tag) == 1
        else {
            ERR_clear_error()
            return nil
        }
        let total = length
        let finished = plaintext.withUnsafeMutableBufferPointer { buffer in
            EVP_DecryptFinal_ex(context, buffer.baseAddress! + Int(total), &length)
        }
        ERR_clear_error()
        guard finished == 1 else { return nil }
        return Array(plaintext.prefix(Int(total + length)))
    }
}
