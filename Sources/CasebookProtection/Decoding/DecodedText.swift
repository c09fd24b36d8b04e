/// An evidence item's text as a reader sees it once its encoding is undone (HTML entities and
/// tags, JSON escapes, RTF control words, e-mail transfer encodings), with, for each UTF-8 byte of
/// the decoded text, the range of the item's bytes it came from. The leak scan reads the decoded
/// text so that `&#44608;` or a base64 e-mail body cannot hide a name; `evidence redact` uses the
/// map to replace the encoded form in the original bytes.
package struct DecodedText {
    package let text: String
    /// For each UTF-8 byte of `text`, the source bytes it came from; nil when not asked for.
    let origins: [Range<Int>]?
    /// What could not be read, each as the end of a sentence ("its attachment photo.pdf").
    package let unread: [String]
    /// The source ranges of base64 blocks: a redacted block is replaced by `[REDACTED]` in base64,
    /// so the copy still reads as the same kind of file.
    package var base64Blocks: Set<Range<Int>> = []
    /// Text the item holds but a reader does not see (an RTF comment's author, a field's link, a
    /// font's name): the leak scan reads it too. It has no map, so redaction does not touch it.
    package var hidden = ""

    /// The source bytes that the decoded UTF-8 bytes `range` came from: from the first one's start
    /// to the last one's end (a tag or an escape inside a name goes with it).
    package func sourceRange(of range: Range<Int>) -> Range<Int>? {
        guard let origins, !range.isEmpty, range.upperBound <= origins.count else { return nil }
        var lower = Int.max
        var upper = 0
        for origin in origins[range] {
            lower = min(lower, origin.lowerBound)
            upper = max(upper, origin.upperBound)
        }
        return lower..<upper
    }
}

/// The output of one decoding step: UTF-8 bytes, each with the input range it came from.
struct DecodingOutput {
    private(set) var bytes: [UInt8] = []
    private(set) var origins: [Range<Int>]?

    init(keepingOrigins: Bool) {
        origins = keepingOrigins ? [] : nil
    }

    /// Appends one scalar, decoded from `source`.
    mutating func append(_ scalar: Unicode.Scalar, from source: Range<Int>) {
        let before = bytes.count
        UTF8.encode(scalar) { bytes.append($0) }
        if origins != nil { origins!.append(contentsOf: repeatElement(source, count: bytes.count - before)) }
    }

    /// Appends a string, all of it decoded from `source`.
    mutating func append(_ string: String, from source: Range<Int>) {
        bytes.append(contentsOf: string.utf8)
        if origins != nil { origins!.append(contentsOf: repeatElement(source, count: string.utf8.count)) }
    }

    /// Appends one byte of UTF-8 that comes from `source`.
    mutating func appendRaw(_ byte: UInt8, from source: Range<Int>) {
        bytes.append(byte)
        origins?.append(source)
    }

    /// Copies one byte of valid UTF-8 input unchanged.
    mutating func copy(_ byte: UInt8, at offset: Int) {
        bytes.append(byte)
        origins?.append(offset..<(offset + 1))
    }

    /// Appends decoded bytes in `charset`, each run of them with its own source (a quoted-printable
    /// `=EA` maps to its three characters); bytes that are not text in that charset are replaced.
    /// With `readingKoreanToo`, bytes whose label may be wrong (none, ASCII, UTF-8 they are not,
    /// a Western charset) are followed by their CP949 reading when it finds Hangul, from the same
    /// sources (see `KoreanSecondReading`).
    mutating func appendText(_ decoded: [UInt8], sources: [Range<Int>], charset: String?, readingKoreanToo: Bool = false) {
        let whole = (sources.first?.lowerBound ?? 0)..<(sources.last?.upperBound ?? 0)
        if let charset, !Charset.isUTF8(charset) {
            append(Charset.decode(decoded, charset: charset) ?? String(decoding: decoded, as: UTF8.self), from: whole)
        } else {
            appendUTF8(decoded, sources: sources)
        }
        // Valid UTF-8 under a UTF-8 label is read again by the leak scan itself (`MisreadText`).
        guard readingKoreanToo,
            !Charset.isUTF8(charset ?? "") || String(validating: decoded, as: UTF8.self) == nil,
            let korean = KoreanSecondReading.of(decoded, labelled: charset)
        else { return }
        append("\n", from: whole)
        append(korean, from: whole)
    }

    /// Appends bytes read as UTF-8, each scalar mapped to the sources of its bytes; a byte that is
    /// not UTF-8 becomes U+FFFD.
    mutating func appendUTF8(_ decoded: [UInt8], sources: [Range<Int>]) {
        var index = 0
        while index < decoded.count {
            let length = Self.scalarLength(decoded, at: index)
            let source = sources[index].lowerBound..<sources[index + max(length, 1) - 1].upperBound
            if length == 0 {
                append("\u{FFFD}", from: source)
                index += 1
            } else {
                bytes.append(contentsOf: decoded[index..<(index + length)])
                if origins != nil { origins!.append(contentsOf: repeatElement(source, count: length)) }
                index += length
            }
        }
    }

    /// The length of the valid UTF-8 scalar at `index`, or 0 if there is none.
    static func scalarLength(_ bytes: [UInt8], at index: Int) -> Int {
        let lead = bytes[index]
        let length: Int
        switch lead {
        case 0x00..<0x80: return 1
        case 0xC2..<0xE0: length = 2
        case 0xE0..<0xF0: length = 3
        case 0xF0..<0xF5: length = 4
        default: return 0
        }
        guard index + length <= bytes.count else { return 0 }
        guard bytes[(index + 1)..<(index + length)].allSatisfy({ $0 & 0xC0 == 0x80 }) else { return 0 }
        return String(validating: bytes[index..<(index + length)], as: UTF8.self) == nil ? 0 : length
    }

    /// This output's map read through the map of the step before (`base`, nil when the step before
    /// was the item's own bytes), so that every byte maps to the item's bytes.
    func origins(through base: [Range<Int>]?) -> [Range<Int>]? {
        guard let origins else { return nil }
        guard let base else { return origins }
        return origins.map { range in
            guard !range.isEmpty, range.upperBound <= base.count else {
                return range.lowerBound < base.count ? base[range.lowerBound] : (base.last ?? 0..<0)
            }
            return base[range.lowerBound].lowerBound..<base[range.upperBound - 1].upperBound
        }
    }
}
