import Foundation

/// An e-mail (RFC 5322 with MIME) read as its text: headers unfolded, with `=?UTF-8?B?…?=` and
/// `=?UTF-8?Q?…?=` encoded words decoded; each text part decoded from base64 or quoted-printable
/// (a soft line break `=\r\n` cannot split a name) and from its charset; multipart and attached
/// messages read part by part. A decoded base64 block maps to the whole encoded block. Parts that
/// are not text (an attached PDF or photo) are listed as not read, as are a charset or transfer
/// encoding Casebook does not know and parts nested deeper than it reads: none passes in silence.
package struct MailDecoder {
    let input: [UInt8]
    var output: DecodingOutput
    private(set) var unread: [String] = []
    private(set) var base64Blocks: Set<Range<Int>> = []

    init(_ input: [UInt8], keepingOrigins: Bool) {
        self.input = input
        output = DecodingOutput(keepingOrigins: keepingOrigins)
    }

    /// How deep multipart and attached messages are read; a deeper part is reported as not read.
    static let deepestPart = 20
    /// The transfer encodings Casebook reads.
    static let transferEncodings: Set<String> = ["", "7bit", "8bit", "binary", "base64", "quoted-printable"]

    /// Notes once something that could not be read.
    private mutating func note(_ part: String) {
        if !unread.contains(part) { unread.append(part) }
    }

    /// Whether bytes look like an e-mail: header lines at the top, two of them common mail headers.
    static func isMail(_ bytes: [UInt8]) -> Bool {
        let head = String(decoding: bytes.prefix(4096), as: UTF8.self)
        var lines = head.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        // A message saved from a mailbox (mbox) starts with a "From sender date" line.
        if lines.first?.hasPrefix("From ") == true { lines.removeFirst() }
        guard let first = lines.first, first.range(of: #"^[A-Za-z][A-Za-z0-9-]*:"#, options: .regularExpression) != nil else {
            return false
        }
        let known = [
            "from", "to", "subject", "date", "mime-version", "content-type", "received", "message-id", "return-path", "cc",
        ]
        var count = 0
        for line in lines {
            if line.isEmpty { break }
            if let colon = line.firstIndex(of: ":"), known.contains(line[..<colon].lowercased()) { count += 1 }
        }
        return count >= 2
    }

    mutating func run() -> DecodingOutput {
        let start = MarkupDecoder.starts(input, at: 0, with: "From ") ? Self.lineEnd(input, from: 0, limit: input.count) : 0
        entity(start..<input.count, depth: 0)
        return output
    }

    /// One header, its value's range (continuation lines included).
    struct Header {
        let name: String
        let value: Range<Int>
    }

    /// One message or MIME part: headers, then a body by its type and transfer encoding.
    private mutating func entity(_ range: Range<Int>, depth: Int) {
        var headers: [Header] = []
        var index = range.lowerBound
        var bodyStart = range.upperBound
        while index < range.upperBound {
            let lineEnd = Self.lineEnd(input, from: index, limit: range.upperBound)
            let content = Self.trimmedLine(input, index..<lineEnd)
            if content.isEmpty {
                bodyStart = lineEnd
                break
            }
            let first = input[index]
            if first == 0x20 || first == 0x09, let last = headers.last {
                headers[headers.count - 1] = Header(name: last.name, value: last.value.lowerBound..<content.upperBound)
            } else if let colon = input[content].firstIndex(of: UInt8(ascii: ":")) {
                let name = String(decoding: input[index..<colon], as: UTF8.self).trimmingSpaces.lowercased()
                var valueStart = colon + 1
                while valueStart < content.upperBound, input[valueStart] == 0x20 || input[valueStart] == 0x09 { valueStart += 1 }
                headers.append(Header(name: name, value: valueStart..<content.upperBound))
            } else if headers.isEmpty {
                // Not a header: the part has no headers, only a body.
                bodyStart = index
                break
            }
            index = lineEnd
        }
        for header in headers {
            output.append(header.name + ": ", from: header.value.lowerBound..<header.value.lowerBound)
            headerValue(header.value)
            output.append("\n", from: header.value.upperBound..<header.value.upperBound)
        }
        let input = self.input
        let value = { (name: String) in
            headers.last { $0.name == name }.map { EncodedWords.plain(input[$0.value]) } ?? ""
        }
        let type = Self.parameters(value("content-type"))
        let disposition = Self.parameters(value("content-disposition"))
        let mediaType = type.value.isEmpty ? "text/plain" : type.value
        let encoding = value("content-transfer-encoding").trimmingSpaces.lowercased()
        let body = bodyStart..<range.upperBound
        guard depth < Self.deepestPart else {
            note("parts nested more than \(Self.deepestPart) deep")
            return
        }
        if !Self.transferEncodings.contains(encoding) { note("a part in the transfer encoding \(encoding)") }
        if mediaType.hasPrefix("multipart/"), let boundary = type.parameters["boundary"], !boundary.isEmpty {
            for part in Self.parts(input, body, boundary: boundary) { entity(part, depth: depth + 1) }
        } else if mediaType == "message/rfc822" || mediaType == "message/global" {
            if encoding == "base64" || encoding == "quoted-printable" {
                // Rare: an attached message itself encoded; read as text.
                textBody(body, encoding: encoding, charset: nil)
            } else {
                entity(body, depth: depth + 1)
            }
        } else if mediaType.hasPrefix("text/") || mediaType.hasPrefix("message/") {
            textBody(body, encoding: encoding, charset: type.parameters["charset"])
        } else {
            let name = disposition.parameters["filename"] ?? type.parameters["name"] ?? mediaType
            unread.append("its attachment \(name)")
        }
    }

    /// A header value with its encoded words decoded and its folding read as spaces.
    private mutating func headerValue(_ range: Range<Int>) {
        var index = range.lowerBound
        var afterWord = false
        while index < range.upperBound {
            if let first = EncodedWords.raw(in: input, at: index, limit: range.upperBound) {
                // Adjacent words in one charset are decoded together: a sender may split the
                // bytes of one character between two words, and the space between them is dropped.
                var bytes = first.bytes
                var end = first.end
                while true {
                    var next = end
                    while next < range.upperBound, [0x0D, 0x0A, 0x20, 0x09].contains(input[next]) { next += 1 }
                    guard let word = EncodedWords.raw(in: input, at: next, limit: range.upperBound),
                        word.charset.lowercased() == first.charset.lowercased()
                    else { break }
                    bytes += word.bytes
                    end = word.end
                }
                if !Charset.isKnown(first.charset) { note("a header word in the charset \(first.charset)") }
                output.append(EncodedWords.text(bytes, charset: first.charset), from: index..<end)
                index = end
                afterWord = true
                continue
            }
            let byte = input[index]
            if byte == 0x0D || byte == 0x0A || byte == 0x20 || byte == 0x09 {
                // Whitespace between two encoded words is not part of the text (RFC 2047).
                var end = index
                while end < range.upperBound, [0x0D, 0x0A, 0x20, 0x09].contains(input[end]) { end += 1 }
                if !(afterWord && EncodedWords.word(in: input, at: end, limit: range.upperBound) != nil) {
                    output.append(" ", from: index..<end)
                }
                index = end
                continue
            }
            afterWord = false
            let length = max(1, DecodingOutput.scalarLength(input, at: index))
            output.appendUTF8(Array(input[index..<(index + length)]), sources: (index..<(index + length)).map { $0..<($0 + 1) })
            index += length
        }
    }

    /// A text body, decoded from its transfer encoding and its charset.
    private mutating func textBody(_ range: Range<Int>, encoding: String, charset: String?) {
        var decoded: [UInt8] = []
        var sources: [Range<Int>] = []
        switch encoding {
        case "base64":
            // Every byte of a base64 block maps to the whole block: it is replaced whole.
            var end = range.upperBound
            while end > range.lowerBound, [0x0D, 0x0A, 0x20, 0x09].contains(input[end - 1]) { end -= 1 }
            decoded = Self.base64(input[range.lowerBound..<end])
            sources = Array(repeating: range.lowerBound..<end, count: decoded.count)
            base64Blocks.insert(range.lowerBound..<end)
        case "quoted-printable":
            (decoded, sources) = Self.quotedPrintable(input, range)
        default:
            decoded = Array(input[range])
            sources = range.map { $0..<($0 + 1) }
        }
        if let charset, !Charset.isKnown(charset) { note("a part in the charset \(charset)") }
        output.append("\n", from: range.lowerBound..<range.lowerBound)
        output.appendText(decoded, sources: sources, charset: charset, readingKoreanToo: true)
        output.append("\n", from: range.upperBound..<range.upperBound)
    }

    /// Base64, ignoring line breaks and anything else outside its alphabet.
    static func base64(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var result: [UInt8] = []
        var buffer: UInt32 = 0
        var bits = 0
        for byte in bytes {
            let value: UInt32
            switch byte {
            case 0x41...0x5A: value = UInt32(byte - 0x41)
            case 0x61...0x7A: value = UInt32(byte - 0x61 + 26)
            case 0x30...0x39: value = UInt32(byte - 0x30 + 52)
            case UInt8(ascii: "+"), UInt8(ascii: "-"): value = 62
            case UInt8(ascii: "/"), UInt8(ascii: "_"): value = 63
            default: continue
            }
            buffer = buffer << 6 | value
            bits += 6
            if bits >= 8 {
                bits -= 8
                result.append(UInt8((buffer >> UInt32(bits)) & 0xFF))
            }
        }
        return result
    }

    /// Quoted-printable: `=XX` is one byte, `=` at a line's end joins the lines.
    static func quotedPrintable(_ input: [UInt8], _ range: Range<Int>) -> ([UInt8], [Range<Int>]) {
        var decoded: [UInt8] = []
        var sources: [Range<Int>] = []
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = input[index]
            if byte == UInt8(ascii: "=") {
                var next = index + 1
                while next < range.upperBound, input[next] == 0x20 || input[next] == 0x09 { next += 1 }
                if next < range.upperBound, input[next] == 0x0D || input[next] == 0x0A {
                    if input[next] == 0x0D, next + 1 < range.upperBound, input[next + 1] == 0x0A { next += 1 }
                    index = next + 1
                    continue
                }
                if index + 2 < range.upperBound, let high = MarkupDecoder.hexValue(input[index + 1]),
                    let low = MarkupDecoder.hexValue(input[index + 2])
                {
                    decoded.append(UInt8(high << 4 | low))
                    sources.append(index..<(index + 3))
                    index += 3
                    continue
                }
            }
            decoded.append(byte)
            sources.append(index..<(index + 1))
            index += 1
        }
        return (decoded, sources)
    }

    /// The parts of a multipart body, between its boundary lines.
    static func parts(_ input: [UInt8], _ body: Range<Int>, boundary: String) -> [Range<Int>] {
        let marker = Array(("--" + boundary).utf8)
        var parts: [Range<Int>] = []
        var partStart: Int?
        var index = body.lowerBound
        while index < body.upperBound {
            let lineEnd = lineEnd(input, from: index, limit: body.upperBound)
            if input[index..<lineEnd].starts(with: marker) {
                if let start = partStart { parts.append(start..<max(start, index)) }
                let closing = input[(index + marker.count)..<lineEnd].starts(with: Array("--".utf8))
                if closing { return parts }
                partStart = lineEnd
            }
            index = lineEnd
        }
        if let start = partStart { parts.append(start..<body.upperBound) }
        return parts
    }

    /// The index after the line starting at `start` (its line break included).
    static func lineEnd(_ input: [UInt8], from start: Int, limit: Int) -> Int {
        var index = start
        while index < limit, input[index] != 0x0A { index += 1 }
        return min(limit, index + 1)
    }

    /// A line without its line break.
    static func trimmedLine(_ input: [UInt8], _ line: Range<Int>) -> Range<Int> {
        var end = line.upperBound
        while end > line.lowerBound, input[end - 1] == 0x0A || input[end - 1] == 0x0D { end -= 1 }
        return line.lowerBound..<end
    }

    /// "text/html; charset=utf-8" as its value and parameters (names lower-cased, quotes removed).
    static func parameters(_ header: String) -> (value: String, parameters: [String: String]) {
        let pieces = header.split(separator: ";").map { String($0).trimmingSpaces }
        var parameters: [String: String] = [:]
        for piece in pieces.dropFirst() {
            guard let equals = piece.firstIndex(of: "=") else { continue }
            var value = String(piece[piece.index(after: equals)...]).trimmingSpaces
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = String(value.dropFirst().dropLast()) }
            parameters[piece[..<equals].trimmingSpaces.lowercased()] = value
        }
        return ((pieces.first ?? "").lowercased(), parameters)
    }
}

extension StringProtocol {
    var trimmingSpaces: String {
        var text = Substring(self)
        while let first = text.first, first == " " || first == "\t" { text = text.dropFirst() }
        while let last = text.last, last == " " || last == "\t" { text = text.dropLast() }
        return String(text)
    }
}
