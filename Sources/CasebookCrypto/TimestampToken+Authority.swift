internal import COpenSSL
import Foundation

extension TimestampToken {
    /// Why a reply's authority could not be trusted, in words for the report.
    package struct AuthorityFailure: Error {
        package let reason: String
    }

    /// Checks, through OpenSSL's TS API (`TS_RESP_verify_response`), that a reply is signed by an
    /// authority whose certificate chains to one of the certificates in `caPEM`, and that it
    /// covers `digest`. Throws `AuthorityFailure` naming what failed.
    package static func checkAuthority(_ der: [UInt8], covers digest: [UInt8], caPEM: String) throws {
        let parsed: OpaquePointer? = der.withUnsafeBufferPointer { buffer in
            var pointer: UnsafePointer<UInt8>? = buffer.baseAddress
            return d2i_TS_RESP(nil, &pointer, buffer.count)
        }
        guard let response = parsed else {
            ERR_clear_error()
            throw AuthorityFailure(reason: "the stored reply is not an RFC 3161 timestamp reply")
        }
        defer { TS_RESP_free(response) }
        guard let store = X509_STORE_new() else { throw OpenSSLFailure.current("prepare a certificate store") }
        let loaded = Array(caPEM.utf8).withUnsafeBytes { raw -> Int in
            guard let bio = BIO_new_mem_buf(raw.baseAddress, Int32(raw.count)) else { return 0 }
            defer { BIO_free(bio) }
            var count = 0
            while let certificate = PEM_read_bio_X509(bio, nil, nil, nil) {
                if X509_STORE_add_cert(store, certificate) == 1 { count += 1 }
                X509_free(certificate)
            }
            return count
        }
        ERR_clear_error()
        guard loaded > 0 else {
            X509_STORE_free(store)
            throw AuthorityFailure(reason: "the authority file holds no PEM certificate")
        }
        guard let context = TS_VERIFY_CTX_new() else {
            X509_STORE_free(store)
            throw OpenSSLFailure.current("prepare a timestamp check")
        }
        // The context owns the store and the imprint from here, and frees them.
        defer { TS_VERIFY_CTX_free(context) }
        TS_VERIFY_CTX_set_store(context, store)
        guard let imprint = CRYPTO_malloc(digest.count, #fileID, #line)?.assumingMemoryBound(to: UInt8.self) else {
            throw OpenSSLFailure.current("prepare a timestamp check")
        }
        imprint.initialize(from: digest, count: digest.count)
        TS_VERIFY_CTX_set_imprint(context, imprint, Int(digest.count))
        TS_VERIFY_CTX_set_flags(context, casebook_ts_verify_flags())
        guard TS_RESP_verify_response(context, response) == 1 else {
            let failure = OpenSSLFailure.current("check the timestamp")
            if case .openSSL(_, let detail) = failure {
                throw AuthorityFailure(reason: "OpenSSL refused it (\(detail))")
            }
            throw AuthorityFailure(reason: "OpenSSL refused it")
        }
        ERR_clear_error()
    }
}
