/// A vCard (`.vcf`, `text/vcard`) read as its text: folded lines unfolded, and each property
/// value decoded from its `ENCODING` (vCard 2.1's `QUOTED-PRINTABLE`, with soft line breaks,
/// and `BASE64`, vCard 3.0's `b`) and its `CHARSET`, so that a contact exported from a Korean
/// phone (`FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=EA=B9=80…`) reads as the name it holds.
/// A charset or encoding Casebook does not know is listed as not read.
struct VCardDecoder {
    let input: [UInt8]
    var output: DecodingOutput
    private(set) var unread: [String] = []

    init(_ input: [UInt8], keepingOrigins: Bool) {
        self.input = input
        output = DecodingOutput(keepingOrigins: keepingOrigins)
    }

    /// Whether an item is a vCard, by its media type, its name or its first line.
    static func isVCard(_ bytes: [UInt8], mediaType: String, suffix: String) -> Bool {
        if ["text/vcard", "text/x-vcard", "text/directory"].contains(mediaType) || ["vcf", "vcard"].contains(suffix) {
            return true
        }
        let start = bytes.prefix(64).firstIndex { ![0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) } ?? 0
        return MarkupDecoder.starts(bytes, at: start, with: "BEGIN:VCARD")
    }

    mutating func run() -> DecodingOutput {
        var index = 0
        while index < input.count { index = contentLine(from: index) }
        return output
    }

    /// Reads one content line (`NAME;PARAM=VALUE:value`, with its continuation lines) and returns
    /// where the next one starts.
    private mutating func contentLine(from start: Int) -> Int {
        let firstEnd = MailDecoder.lineEnd(input, from: start, limit: input.count)
        guard let colon = Self.colon(in: input, start..<firstEnd) else {
            copy(start..<firstEnd)
            return firstEnd
        }
        let (encoding, charset) = Self.parameters(input[start..<colon])
        let quotedPrintable = encoding == "quoted-printable"
        // The value runs on over folded lines (a space or tab first) and, in quoted-printable,
        // over lines that end in a soft line break (`=`).
        var end = firstEnd
        while end < input.count {
            let line = MailDecoder.trimmedLine(input, start..<end)
            let soft = quotedPrintable && !line.isEmpty && input[line.upperBound - 1] == UInt8(ascii: "=")
            guard soft || input[end] == 0x20 || input[end] == 0x09 else { break }
            end = MailDecoder.lineEnd(input, from: end, limit: input.count)
        }
        copy(start..<(colon + 1))
        let valueRange = (colon + 1)..<MailDecoder.trimmedLine(input, colon..<end).upperBound
        let (unfolded, sources) = unfold(valueRange)
        var decoded = unfolded
        var decodedSources = sources
        switch encoding {
        case "quoted-printable":
            // Read as stored: its soft line breaks are its own (`=` at a line's end).
            (decoded, decodedSources) = MailDecoder.quotedPrintable(input, valueRange)
        case "b", "base64":
            decoded = MailDecoder.base64(unfolded[...])
            decodedSources = Array(repeating: valueRange, count: decoded.count)
        case "", "7bit", "8bit": break
        default: note("a value in the encoding \(encoding)")
        }
        if let charset, !Charset.isKnown(charset) { note("a value in the charset \(charset)") }
        output.appendText(decoded, sources: decodedSources, charset: charset, readingKoreanToo: true)
        output.append("\n", from: valueRange.upperBound..<end)
        return end
    }

    /// The value's bytes without the line breaks of folding (a line break and the space or tab
    /// after it), each with its offset in the input.
    private func unfold(_ range: Range<Int>) -> ([UInt8], [Range<Int>]) {
        var bytes: [UInt8] = []
        var sources: [Range<Int>] = []
        var index = range.lowerBound
        while index < range.upperBound {
            var next = index
            if input[next] == 0x0D { next += 1 }
            if next < range.upperBound, input[next] == 0x0A {
                next += 1
                if next < range.upperBound, input[next] == 0x20 || input[next] == 0x09 { next += 1 }
                index = next
                continue
            }
            bytes.append(input[index])
            sources.append(index..<(index + 1))
            index += 1
        }
        return (bytes, sources)
    }

    /// Copies bytes as they are (as UTF-8, a stray byte replaced).
    private mutating func copy(_ range: Range<Int>) {
        output.appendUTF8(Array(input[range]), sources: range.map { $0..<($0 + 1) })
    }

    /// Notes once something that could not be read.
    private mutating func note(_ part: String) {
        if !unread.contains(part) { unread.append(part) }
    }

    /// The colon that ends a content line's name and parameters (not one inside quotes).
    static func colon(in input: [UInt8], _ range: Range<Int>) -> Int? {
        var quoted = false
        for index in range {
            if input[index] == UInt8(ascii: "\"") { quoted.toggle() }
            if !quoted, input[index] == UInt8(ascii: ":") { return index }
        }
        return nil
    }

    /// A content line's encoding (lower-cased, "" for none) and charset, from `ENCODING=` and
    /// `CHARSET=` or vCard 2.1's bare `QUOTED-PRINTABLE` and `BASE64`.
    static func parameters(_ bytes: ArraySlice<UInt8>) -> (encoding: String, charset: String?) {
        var encoding = ""
        var charset: String?
        for piece in String(decoding: bytes, as: UTF8.self).split(separator: ";").dropFirst() {
            let parts = piece.split(separator: "=", maxSplits: 1).map { $0.trimmingSpaces }
            let key = parts[0].lowercased()
            let value = parts.count > 1 ? String(parts[1].filter { $0 != "\"" }) : ""
            switch (key, parts.count) {
            case ("encoding", 2): encoding = value.lowercased()
            case ("charset", 2): charset = value
            case ("quoted-printable", 1), ("base64", 1), ("b", 1): encoding = key
            default: break
            }
        }
        return (encoding, charset)
    }
}
