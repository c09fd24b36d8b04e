import CasebookModel
import CasebookStore

/// Recognises a file's media type from its first bytes, else from its name's extension, so an
/// evidence index says "image/jpeg" even when a phone saved a photo as "IMG_0001".
package enum MediaType {
    static func guess(head: [UInt8], name: String) -> String {
        let signatures: [([UInt8?], String)] = [
            ([0xFF, 0xD8, 0xFF], "image/jpeg"),
            ([0x89, 0x50, 0x4E, 0x47], "image/png"),
            ([0x47, 0x49, 0x46, 0x38], "image/gif"),
            ([0x25, 0x50, 0x44, 0x46], "application/pdf"),
            ([0x49, 0x49, 0x2A, 0x00], "image/tiff"),
            ([0x4D, 0x4D, 0x00, 0x2A], "image/tiff"),
            ([nil, nil, nil, nil, 0x66, 0x74, 0x79, 0x70], "video/mp4"),
            ([0x1A, 0x45, 0xDF, 0xA3], "video/x-matroska"),
            ([0x52, 0x49, 0x46, 0x46, nil, nil, nil, nil, 0x57, 0x41, 0x56, 0x45], "audio/wav"),
            ([0x49, 0x44, 0x33], "audio/mpeg"),
            ([0x4F, 0x67, 0x67, 0x53], "audio/ogg"),
        ]
        for (signature, type) in signatures where head.count >= signature.count {
            if zip(signature, head).allSatisfy({ $0 == nil || $0 == $1 }) {
                if type == "video/mp4", name.lowercased().hasSuffix(".m4a") { return "audio/mp4" }
                return type
            }
        }
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            let lower = name.lowercased()
            if lower.hasSuffix(".docx") { return "application/vnd.openxmlformats-officedocument.wordprocessingml.document" }
            if lower.hasSuffix(".xlsx") { return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }
            return "application/zip"
        }
        let byExtension: [String: String] = [
            "txt": "text/plain", "md": "text/markdown", "csv": "text/csv", "json": "application/json",
            "html": "text/html", "htm": "text/html", "xml": "application/xml", "doc": "application/msword",
            "mov": "video/quicktime", "heic": "image/heic", "webp": "image/webp", "kml": "application/vnd.google-earth.kml+xml",
            "eml": "message/rfc822", "rtf": "application/rtf", "xhtml": "application/xhtml+xml",
        ]
        if let dot = name.lastIndex(of: "."), let type = byExtension[String(name[name.index(after: dot)...]).lowercased()] {
            return type
        }
        if head.isEmpty { return "application/x-empty" }
        return "application/octet-stream"
    }
}
