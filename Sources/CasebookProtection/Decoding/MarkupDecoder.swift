/// HTML and XML read as a browser shows them: tags removed (so `Kim <b>Chol</b>-su` reads as one
/// name), block tags read as line breaks, character references (`&#44608;`, `&#xae40;`, `&nbsp;`)
/// replaced by their characters, comments dropped. Attribute values (an `alt` or `title` may name
/// someone) are decoded too and put after the text, so that they cannot split a name in it.
struct MarkupDecoder {
    let input: [UInt8]
    var text: DecodingOutput
    var attributes: DecodingOutput

    init(_ input: [UInt8], keepingOrigins: Bool) {
        self.input = input
        text = DecodingOutput(keepingOrigins: keepingOrigins)
        attributes = DecodingOutput(keepingOrigins: keepingOrigins)
    }

    /// Tags after which a browser starts a new line: a name does not run across them.
    static let blockTags: Set<String> = [
        "p", "div", "br", "li", "ul", "ol", "tr", "td", "th", "table", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "title",
        "head", "body", "html", "section", "article", "header", "footer", "blockquote", "pre", "dt", "dd", "dl", "option",
    ]

    /// Decodes the input; the result's map points into the input.
    mutating func run() -> DecodingOutput {
        var index = 0
        while index < input.count {
            let byte = input[index]
            if byte == UInt8(ascii: "<"), let end = tagEnd(from: index) {
                tag(index..<end)
                index = end
            } else if byte == UInt8(ascii: "&"), let (scalar, end) = Self.reference(in: input, at: index) {
                text.append(scalar, from: index..<end)
                index = end
            } else {
                text.copy(byte, at: index)
                index += 1
            }
        }
        var result = text
        if !attributes.bytes.isEmpty {
            result.append("\n\n", from: input.count..<input.count)
            result.appendDecoded(attributes)
        }
        return result
    }

    /// Where the tag, comment or CDATA section starting at `start` ends, if it is one.
    private func tagEnd(from start: Int) -> Int? {
        guard start + 1 < input.count else { return nil }
        if Self.starts(input, at: start, with: "<!--") {
            return Self.find(input, "-->", from: start + 4).map { $0 + 3 } ?? input.count
        }
        if Self.starts(input, at: start, with: "<![CDATA[") { return start + 9 }
        let next = input[start + 1]
        guard Self.isLetter(next) || next == UInt8(ascii: "/") || next == UInt8(ascii: "!") || next == UInt8(ascii: "?") else {
            return nil
        }
        var quote: UInt8?
        var index = start + 1
        while index < input.count {
            let byte = input[index]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                return index + 1
            } else if byte == UInt8(ascii: "<") {
                return nil
            }
            index += 1
        }
        return nil
    }

    /// A tag leaves a line break (block tags) or nothing; its quoted attribute values are decoded
    /// into `attributes`. A CDATA section's opening is dropped and its text kept.
    private mutating func tag(_ range: Range<Int>) {
        if Self.starts(input, at: range.lowerBound, with: "<![CDATA[") || Self.starts(input, at: range.lowerBound, with: "<!--") {
            return
        }
        var nameStart = range.lowerBound + 1
        if input[nameStart] == UInt8(ascii: "/") { nameStart += 1 }
        var nameEnd = nameStart
        while nameEnd < range.upperBound, Self.isLetter(input[nameEnd]) || (input[nameEnd] >= 0x30 && input[nameEnd] <= 0x39) {
            nameEnd += 1
        }
        let name = String(decoding: input[nameStart..<nameEnd], as: UTF8.self).lowercased()
        if Self.blockTags.contains(name) { text.append("\n", from: range) }
        var index = nameEnd
        while index < range.upperBound {
            let byte = input[index]
            guard byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") else {
                index += 1
                continue
            }
            var end = index + 1
            while end < range.upperBound, input[end] != byte { end += 1 }
            var position = index + 1
            while position < end {
                if input[position] == UInt8(ascii: "&"), let (scalar, after) = Self.reference(in: input, at: position), after <= end
                {
                    attributes.append(scalar, from: position..<after)
                    position = after
                } else {
                    attributes.copy(input[position], at: position)
                    position += 1
                }
            }
            attributes.append("\n", from: end..<min(end + 1, range.upperBound))
            index = end + 1
        }
    }

    /// The character reference at `start` (`&#44608;`, `&#xAE40;`, `&nbsp;`) and where it ends.
    static func reference(in input: [UInt8], at start: Int) -> (Unicode.Scalar, Int)? {
        var index = start + 1
        guard index < input.count else { return nil }
        if input[index] == UInt8(ascii: "#") {
            index += 1
            var hex = false
            if index < input.count, input[index] | 0x20 == UInt8(ascii: "x") {
                hex = true
                index += 1
            }
            // Browsers read any number of digits (leading zeros included: &#000000000105; is i);
            // a value past the last code point stays past it.
            var value: UInt32 = 0
            let digitsStart = index
            while index < input.count, let digit = hexValue(input[index]), hex || digit < 10 {
                if value <= 0x10FFFF { value = value * (hex ? 16 : 10) + digit }
                index += 1
            }
            guard index > digitsStart else { return nil }
            if index < input.count, input[index] == UInt8(ascii: ";") { index += 1 }
            return (Unicode.Scalar(value) ?? "\u{FFFD}", index)
        }
        while index < input.count, index - start <= 32, isLetter(input[index]) || (input[index] >= 0x30 && input[index] <= 0x39) {
            index += 1
        }
        guard index > start + 1 else { return nil }
        if index < input.count, input[index] == UInt8(ascii: ";") {
            let name = String(decoding: input[(start + 1)..<index], as: UTF8.self)
            guard let value = HTMLEntities.scalars[name], let scalar = Unicode.Scalar(value) else { return nil }
            return (scalar, index + 1)
        }
        // Browsers also read the Latin-1 names without their semicolon ("Kim&nbspChol-su").
        for end in stride(from: index, to: start + 1, by: -1) {
            let name = String(decoding: input[(start + 1)..<end], as: UTF8.self)
            if let value = HTMLEntities.scalars[name], value <= 0xFF, let scalar = Unicode.Scalar(value) { return (scalar, end) }
        }
        return nil
    }

    static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case 0x30...0x39: return UInt32(byte - 0x30)
        case 0x41...0x46: return UInt32(byte - 0x41 + 10)
        case 0x61...0x66: return UInt32(byte - 0x61 + 10)
        default: return nil
        }
    }

    static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }

    static func starts(_ input: [UInt8], at index: Int, with prefix: String) -> Bool {
        let bytes = Array(prefix.utf8)
        guard index + bytes.count <= input.count else { return false }
        return zip(input[index...], bytes).allSatisfy { $0 | 0x20 == $1 | 0x20 }
    }

    static func find(_ input: [UInt8], _ needle: String, from start: Int) -> Int? {
        let bytes = Array(needle.utf8)
        guard input.count >= bytes.count, start <= input.count - bytes.count else { return nil }
        return (start...(input.count - bytes.count)).first { input[$0..<($0 + bytes.count)].elementsEqual(bytes) }
    }

    /// Whether text looks like markup: it has a tag (`<p>`, `</b>`, `<!DOCTYPE`).
    static func looksLikeMarkup(_ bytes: [UInt8]) -> Bool {
        var index = 0
        let limit = bytes.count - 2
        while index < limit {
            if bytes[index] == UInt8(ascii: "<") {
                let next = bytes[index + 1]
                if isLetter(next) || next == UInt8(ascii: "/") || next == UInt8(ascii: "!") {
                    var end = index + 1
                    while end < bytes.count, end - index < 300, bytes[end] != UInt8(ascii: "<") {
                        if bytes[end] == UInt8(ascii: ">") { return true }
                        end += 1
                    }
                }
            }
            index += 1
        }
        return false
    }

    /// Whether text holds a character reference (`&#...;` or a named one).
    static func hasReferences(_ bytes: [UInt8]) -> Bool {
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "&"), reference(in: bytes, at: index) != nil { return true }
            index += 1
        }
        return false
    }
}

extension DecodingOutput {
    /// Appends another output of the same step, keeping its map.
    mutating func appendDecoded(_ other: DecodingOutput) {
        for (offset, byte) in other.bytes.enumerated() {
            let source = other.origins?[offset] ?? 0..<0
            appendRaw(byte, from: source)
        }
    }
}
