internal import COpenSSL
import Foundation

/// RFC 3161 time-stamp requests and replies through OpenSSL's TS functions, so the custody log's
/// head can be timestamped by any authority and the proof kept with the case.
package enum TimestampToken {
    /// A DER-encoded TimeStampReq for a SHA-256 digest, with a random nonce, asking for the
    /// authority's certificate in the reply.
    package static func request(sha256 digest: [UInt8]) throws(CryptoError) -> [UInt8] {
        guard let request = TS_REQ_new(), let imprint = TS_MSG_IMPRINT_new(), let algorithm = X509_ALGOR_new() else {
            throw OpenSSLFailure.current("prepare a timestamp request")
        }
        defer {
            TS_REQ_free(request)
            TS_MSG_IMPRINT_free(imprint)
            X509_ALGOR_free(algorithm)
        }
        var mutableDigest = digest
        guard TS_REQ_set_version(request, 1) == 1,
            X509_ALGOR_set0(algorithm, OBJ_nid2obj(NID_sha256), V_ASN1_NULL, nil) == 1,
            TS_MSG_IMPRINT_set_algo(imprint, algorithm) == 1,
            TS_MSG_IMPRINT_set_msg(imprint, &mutableDigest, Int32(mutableDigest.count)) == 1,
            TS_REQ_set_msg_imprint(request, imprint) == 1,
            TS_REQ_set_cert_req(request, 1) == 1
        else { throw OpenSSLFailure.current("build a timestamp request") }
        guard let number = BN_new() else { throw OpenSSLFailure.current("make a nonce") }
        defer { BN_free(number) }
        guard BN_rand(number, 64, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) == 1,
            let nonce = BN_to_ASN1_INTEGER(number, nil)
        else { throw OpenSSLFailure.current("make a nonce") }
        defer { ASN1_INTEGER_free(nonce) }
        guard TS_REQ_set_nonce(request, nonce) == 1 else { throw OpenSSLFailure.current("set the nonce") }
        var out: UnsafeMutablePointer<UInt8>?
        let length = i2d_TS_REQ(request, &out)
        guard length > 0, let out else { throw OpenSSLFailure.current("encode the timestamp request") }
        defer { CRYPTO_free(out, #fileID, #line) }
        return Array(UnsafeBufferPointer(start: out, count: Int(length)))
    }

    /// What a reply says: whether it was granted, the digest it covers, and its time.
    package struct Reply {
        package let granted: Bool
        package let sha256: [UInt8]?
        package let time: String?
    }

    /// Reads a DER TimeStampResp.
    package static func readReply(_ der: [UInt8]) throws(CryptoError) -> Reply {
        let parsed: OpaquePointer? = der.withUnsafeBufferPointer { buffer in
            var pointer: UnsafePointer<UInt8>? = buffer.baseAddress
            return d2i_TS_RESP(nil, &pointer, buffer.count)
        }
        guard let response = parsed else {
            ERR_clear_error()
            throw CryptoError.badTimestamp("the file is not an RFC 3161 timestamp reply (.tsr)")
        }
        defer { TS_RESP_free(response) }
        let statusInfo = TS_RESP_get_status_info(response)
        let status = ASN1_INTEGER_get(TS_STATUS_INFO_get0_status(statusInfo))
        guard status == 0 || status == 1, let info = TS_RESP_get_tst_info(response) else {
            return Reply(granted: false, sha256: nil, time: nil)
        }
        let imprint = TS_TST_INFO_get_msg_imprint(info)
        var objectPointer: OpaquePointer?
        X509_ALGOR_get0(&objectPointer, nil, nil, TS_MSG_IMPRINT_get_algo(imprint))
        let isSHA256 = objectPointer.map { OBJ_obj2nid($0) == NID_sha256 } ?? false
        var digest: [UInt8]?
        if isSHA256, let message = TS_MSG_IMPRINT_get_msg(imprint) {
            let length = Int(ASN1_STRING_length(message))
            if let data = ASN1_STRING_get0_data(message) { digest = Array(UnsafeBufferPointer(start: data, count: length)) }
        }
        var time: String?
        if let generalized = TS_TST_INFO_get_time(info), let data = ASN1_STRING_get0_data(generalized) {
            time = String(decoding: UnsafeBufferPointer(start: data, count: Int(ASN1_STRING_length(generalized))), as: UTF8.self)
        }
        return Reply(granted: true, sha256: digest, time: time.map(Self.readableTime))
    }

    /// `20261129012345Z` → `2026-11-29T01:23:45Z`.
    package static func readableTime(_ generalized: String) -> String {
        let digits = Array(generalized)
        guard digits.count >= 14 else { return generalized }
        let part = { (from: Int, to: Int) in String(digits[from..<to]) }
        return "\(part(0, 4))-\(part(4, 6))-\(part(6, 8))T\(part(8, 10)):\(part(10, 12)):\(part(12, 14))Z"
    }
}
