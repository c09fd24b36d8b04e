import Foundation

/// Chooses how to read an evidence item's text, by its media type and name and by what its bytes
/// look like (a transcript saved as `.txt` may still be HTML), and chains the decoders: an e-mail
/// or RTF document is read first, or text in a legacy charset (declared or Korean by default),
/// then markup, then JSON escapes.
package enum TextDecoding {
    /// The item's decoded text, or nil when it is plain text that needs no decoding.
    package static func decode(_ bytes: [UInt8], mediaType: String?, name: String, keepingOrigins: Bool) -> DecodedText? {
        let type = (mediaType ?? "").lowercased()
        let suffix = name.split(separator: ".").last.map { $0.lowercased() } ?? ""
        var current: [UInt8] = bytes
        var origins: [Range<Int>]?
        var unread: [String] = []
        var decoded = false
        var blocks: Set<Range<Int>> = []
        var readAsLegacy = false
        var hidden = ""

        func apply(_ step: DecodingOutput) {
            origins = keepingOrigins ? step.origins(through: origins) : nil
            current = step.bytes
            decoded = true
        }

        let isMail = type == "message/rfc822" || suffix == "eml" || suffix == "mht" || MailDecoder.isMail(bytes)
        if isMail {
            var mail = MailDecoder(bytes, keepingOrigins: keepingOrigins)
            apply(mail.run())
            unread += mail.unread
            blocks = mail.base64Blocks
        } else if type == "application/rtf" || type == "text/rtf" || RTFDecoder.isRTF(bytes) {
            var rtf = RTFDecoder(bytes, keepingOrigins: keepingOrigins)
            apply(rtf.run())
            unread += rtf.unread
            hidden = rtf.hiddenText
        } else if VCardDecoder.isVCard(bytes, mediaType: type, suffix: suffix) {
            var card = VCardDecoder(bytes, keepingOrigins: keepingOrigins)
            apply(card.run())
            unread += card.unread
        } else if let legacy = LegacyText.read(bytes, keepingOrigins: keepingOrigins) {
            readAsLegacy = true
            if let output = legacy.output {
                apply(output)
            } else if String(validating: bytes, as: UTF8.self) == nil {
                // Read as the scan reads it, a stray byte replaced; this copy has no map.
                current = Array(String(decoding: bytes, as: UTF8.self).utf8)
                origins = nil
            }
            if let reason = legacy.unread { unread.append(reason) }
        }
        if !readAsLegacy, String(validating: bytes, as: UTF8.self) == nil {
            // Bytes outside any charset label (a Korean subject or body sent unlabelled) are read
            // whole as CP949 too, or reported.
            if let korean = LegacyText.koreanReading(bytes) {
                let extra = Array(("\n\n" + korean).utf8)
                current += extra
                if keepingOrigins { origins = (origins ?? []) + repeatElement(0..<bytes.count, count: extra.count) }
                decoded = true
            } else {
                unread.append(LegacyText.unnamedEncoding)
            }
        }
        // Johab, the other Korean double-byte code, which CP949 misreads: for the scan only.
        if let johab = UnlabelledKorean.johabReading(bytes) { hidden += "\n" + johab }
        let markupTypes = [
            "application/vnd.google-earth.kml+xml", "text/html", "application/xhtml+xml", "application/xml", "text/xml",
            "image/svg+xml",
        ]
        let markupSuffixes = ["html", "htm", "xhtml", "xml", "svg", "mht"]
        if markupTypes.contains(type) || markupSuffixes.contains(suffix) || MarkupDecoder.looksLikeMarkup(current)
            || MarkupDecoder.hasReferences(current)
        {
            // As a browser shows it, hidden elements left out: they may split a name.
            if let visible = HiddenElements.removed(from: current) {
                var shown = MarkupDecoder(visible, keepingOrigins: false)
                hidden += "\n" + String(decoding: shown.run().bytes, as: UTF8.self)
            }
            var markup = MarkupDecoder(current, keepingOrigins: keepingOrigins)
            apply(markup.run())
        }
        if type == "application/json" || suffix == "json" || EscapeDecoder.hasEscapes(current) {
            apply(EscapeDecoder(input: current).run(keepingOrigins: keepingOrigins))
            // Markup escaped inside JSON strings, as Go writes it ("\u003cb\u003e", "\u0026#44608;"),
            // appears only now.
            if MarkupDecoder.looksLikeMarkup(current) || MarkupDecoder.hasReferences(current) {
                var markup = MarkupDecoder(current, keepingOrigins: keepingOrigins)
                apply(markup.run())
            }
        }
        guard decoded || !unread.isEmpty else { return nil }
        return DecodedText(
            text: String(decoding: current, as: UTF8.self), origins: origins, unread: unread, base64Blocks: blocks,
            hidden: hidden)
    }

    /// Why the text of an item of this media type is not read, or nil if it is read.
    package static func unreadableReason(mediaType: String?) -> String? {
        guard let type = mediaType?.lowercased(), !type.hasSuffix("+xml") else { return nil }
        if type == "application/pdf" { return "Casebook does not read text inside PDF files" }
        if type.hasPrefix("application/vnd.openxmlformats") || type.hasPrefix("application/vnd.ms-")
            || type.hasPrefix("application/vnd.oasis.opendocument") || type == "application/msword"
        {
            return "Casebook does not read text inside Word, Excel and other office files"
        }
        let archives = [
            "application/zip", "application/gzip", "application/x-7z-compressed", "application/x-tar", "application/x-rar",
        ]
        if archives.contains(type) { return "Casebook does not read files inside archives" }
        if type.hasPrefix("image/") || type.hasPrefix("audio/") || type.hasPrefix("video/") { return nil }
        if type.hasPrefix("application/vnd.") { return "Casebook does not read text inside this kind of file (\(type))" }
        return nil
    }
}
