internal import COpenSSL

/// Turns OpenSSL's thread-local error queue into a typed error.
package enum OpenSSLFailure {
    package static func current(_ operation: String) -> CryptoError {
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
