import Foundation

/// A file's type read two ways, by its content and by its name, so that a transcript behind a
/// JPEG header, or a photo renamed `notes.txt`, is noticed.
public struct TypeCheck: Codable, Sendable, Equatable {
    /// What the first bytes say ("image/jpeg"; "text/plain" for readable text), or nil when they say nothing.
    public let byContent: String?
    /// What the extension says, or nil when the extension is not one Casebook knows.
    public let byName: String?

    /// Whether content and name name different kinds of file.
    public var disagrees: Bool {
        if let byContent, MediaType.borrowedHeader(byContent) != nil { return true }
        guard let byContent, let byName else { return false }
        return MediaType.family(byContent) != MediaType.family(byName)
    }

    /// Whether either reading says the item is text, so the leak scan must read it.
    public var saysText: Bool {
        [byContent, byName].contains { $0.map(MediaType.isText) ?? false }
    }
}

extension MediaType {
    private static let byExtension: [String: String] = [
        "jpg": "image/jpeg", "jpeg": "image/jpeg", "jpe": "image/jpeg", "png": "image/png", "gif": "image/gif",
        "tif": "image/tiff", "tiff": "image/tiff", "pdf": "application/pdf", "mp4": "video/mp4", "m4v": "video/mp4",
        "m4a": "audio/mp4", "mov": "video/quicktime", "mkv": "video/x-matroska", "webm": "video/x-matroska",
        "wav": "audio/wav", "mp3": "audio/mpeg", "ogg": "audio/ogg", "opus": "audio/ogg", "heic": "image/heic",
        "webp": "image/webp", "zip": "application/zip",
        "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        "odt": "application/vnd.oasis.opendocument.text", "doc": "application/msword",
        "txt": "text/plain", "text": "text/plain", "md": "text/markdown", "csv": "text/csv", "tsv": "text/tab-separated-values",
        "json": "application/json", "html": "text/html", "htm": "text/html", "xml": "application/xml", "rtf": "text/rtf",
        "eml": "message/rfc822", "srt": "text/plain", "vtt": "text/vtt", "log": "text/plain", "vcf": "text/vcard",
        "kml": "application/vnd.google-earth.kml+xml",
    ]

    /// The type an extension names, or nil for an unknown or missing extension.
    static func byName(_ name: String) -> String? {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        return byExtension[String(name[name.index(after: dot)...]).lowercased()]
    }

    /// The type the first bytes show: a known signature, else text when they read as text. A
    /// photo, sound or video signature followed by nothing but text is text with a borrowed
    /// header (a transcript behind a JPEG header): in real image, audio and video files, binary
    /// fields and compressed data, with NUL bytes, fill the first kilobytes.
    static func byContent(_ head: [UInt8]) -> String? {
        guard !head.isEmpty else { return nil }
        let guessed = guess(head: head, name: "")
        if guessed != "application/octet-stream" {
            let media = ["image/", "audio/", "video/"].contains(where: guessed.hasPrefix)
            // The second half of the first bytes, past any header copied whole.
            let body = Array(head.count >= 64 ? head[(head.count / 2)...] : head.dropFirst(16))
            if media, body.count >= 24, looksLikeText(body) || looksLikeUnlabelledText(body) {
                return "\(textBehindHeader)\(guessed)"
            }
            return guessed
        }
        return looksLikeText(head) || looksLikeUnlabelledText(head) ? "text/plain" : nil
    }

    /// The content type of text behind a borrowed header, followed by the header's own type.
    static let textBehindHeader = "text/plain; header="

    /// The type whose header a text file borrowed, if it did.
    package static func borrowedHeader(_ type: String) -> String? {
        type.hasPrefix(textBehindHeader) ? String(type.dropFirst(textBehindHeader.count)) : nil
    }

    /// Whether bytes read as text: UTF-16 with a byte-order mark, or UTF-8 (a character cut at the
    /// end allowed) with no NUL and few control characters.
    static func looksLikeText(_ head: [UInt8]) -> Bool {
        if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) { return true }
        guard !head.contains(0) else { return false }
        var bytes = head
        var trimmed = 0
        while String(validating: bytes, as: UTF8.self) == nil, trimmed < 3, !bytes.isEmpty {
            bytes.removeLast()
            trimmed += 1
        }
        guard String(validating: bytes, as: UTF8.self) != nil else { return false }
        let controls = bytes.filter { $0 < 0x20 && ![9, 10, 12, 13, 0x1B].contains($0) }.count
        return controls * 100 <= bytes.count
    }

    static func isText(_ type: String) -> Bool {
        type.hasPrefix("text/") || ["application/json", "application/xml", "message/rfc822"].contains(type)
            || type.hasSuffix("+xml")
    }

    /// The kind of file a type belongs to, for comparing content with name: every text type is
    /// text, the Office formats are zip files, MP4 and QuickTime are one container.
    static func family(_ type: String) -> String {
        if isText(type) { return "text" }
        if type == "application/zip" || type.hasPrefix("application/vnd.openxmlformats") || type.hasPrefix("application/vnd.oasis")
        {
            return "zip"
        }
        if ["video/mp4", "audio/mp4", "video/quicktime", "image/heic"].contains(type) { return "mp4" }
        if type == "audio/ogg" || type == "video/x-matroska" { return type }
        return type
    }

    /// Plain words for a type, for the warning.
    package static func spoken(_ type: String) -> String {
        let words: [String: String] = [
            "image/jpeg": "a JPEG image", "image/png": "a PNG image", "image/gif": "a GIF image", "image/tiff": "a TIFF image",
            "application/pdf": "a PDF document", "video/mp4": "an MP4 video", "audio/mp4": "an M4A recording",
            "video/quicktime": "a QuickTime video", "audio/wav": "a WAV recording", "audio/mpeg": "an MP3 recording",
            "audio/ogg": "an Ogg recording", "video/x-matroska": "a Matroska video", "application/zip": "a zip archive",
            "application/msword": "a Word 97 document",
        ]
        if let word = words[type] { return word }
        if let header = borrowedHeader(type) { return "text behind the header of \(spoken(header))" }
        if isText(type) { return "text" }
        if type.hasPrefix("application/vnd.openxmlformats") { return "an Office document" }
        return type
    }
}
