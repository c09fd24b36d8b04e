/// An RTF document read as its text: `\u44608?` and `\'b1\'e8` (a byte in the document's code
/// page, `\ansicpg949` for Korean) become characters, control words and group braces are dropped
/// (so `Kim {\b Chol}-su` reads as one name), `\par` and `\line` become line breaks. Font,
/// colour and style tables, pictures and `{\*…}` destinations are left out of that text; the
/// document's `{\info…}` (title, author) is read. A `\'xx` byte is read in the code page of the
/// font in force (`\f1` with `\fcharset129` or `\cpg949` in the font table is CP949, whatever
/// `\ansicpg` says), and a line break between the two bytes of a Korean character does not
/// split it. A code page iconv does not know and an embedded object are listed as not read, never
/// passed in silence.
///
/// What a reader does not see is still text that leaves the case: a comment and its author
/// (`{\*\atnauthor}`, `{\*\annotation}`), a field's link (`{\*\fldinst HYPERLINK …}`), a
/// bookmark's or a document variable's name, font and style names, any destination Casebook does
/// not know (`{\*\x-private …}`). That text is kept apart, in `hidden`, for the leak scan alone,
/// with a CP949 reading of `\'xx` bytes read under a Western code page; only binary data
/// (pictures, embedded objects' bytes, theme files) is dropped.
package struct RTFDecoder {
    let input: [UInt8]
    var output: DecodingOutput
    /// Text the document holds but does not show, for the leak scan (it has no map to redact by).
    private(set) var hidden = DecodingOutput(keepingOrigins: false)
    /// The depth of the group whose text goes to `hidden`, while one is open.
    private var hiddenFrom: Int?
    /// Whether the last control symbol was `\*`: the next word names a destination.
    private var afterStar = false
    private var codePage = "CP1252"
    private var skipCount = 1
    private var depth = 0
    private var skippingFrom: Int?
    private var groupJustOpened = false
    /// Bytes of `\'xx` escapes waiting to be read together (a Korean character takes two).
    private var pending: [UInt8] = []
    private var pendingSources: [Range<Int>] = []
    /// What could not be read, each as the end of a sentence ("an object embedded in it").
    private(set) var unread: [String] = []
    private var fonts = RTFFonts()
    /// The font in force (`\f1`), the default font (`\deff0`), and the font of each open group.
    private var font: Int?
    private var defaultFont: Int?
    private var fontStack: [Int?] = []
    /// The depth of the font table's group while it is being read.
    private var fontTableDepth: Int?

    init(_ input: [UInt8], keepingOrigins: Bool) {
        self.input = input
        output = DecodingOutput(keepingOrigins: keepingOrigins)
    }

    package static func isRTF(_ bytes: [UInt8]) -> Bool {
        let start = bytes.prefix(64).firstIndex { ![0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) } ?? 0
        return MarkupDecoder.starts(bytes, at: start, with: "{\\rtf")
    }

    /// Destinations whose text a reader does not see: read into `hidden`, like any `{\*…}` one.
    static let hiddenDestinations: Set<String> = [
        "fonttbl", "colortbl", "stylesheet", "latentstyles", "listtable", "listoverridetable", "rsidtbl", "xmlnstbl",
        "generator", "object", "filetbl", "revtbl",
    ]
    /// Destinations that hold binary data (hex or `\bin`), not text: dropped.
    static let binaryDestinations: Set<String> = [
        "pict", "themedata", "colorschememapping", "datastore", "objdata", "blipuid", "fontemb", "fontfile", "passwordhash",
        "wgrffmtfilter",
    ]

    mutating func run() -> DecodingOutput {
        var index = 0
        while index < input.count {
            let byte = input[index]
            // A line break is not text in RTF: a Korean character's two bytes may straddle one.
            let continues =
                byte == 0x0D || byte == 0x0A
                || (byte == UInt8(ascii: "\\") && index + 1 < input.count && input[index + 1] == UInt8(ascii: "'"))
            if !continues { flush() }
            switch byte {
            case UInt8(ascii: "{"):
                depth += 1
                fontStack.append(font)
                groupJustOpened = true
                index += 1
            case UInt8(ascii: "}"):
                if let from = skippingFrom, depth <= from { skippingFrom = nil }
                if let from = hiddenFrom, depth <= from { hiddenFrom = nil }
                if let table = fontTableDepth, depth <= table { fontTableDepth = nil }
                if let outer = fontStack.popLast() { font = outer }
                depth -= 1
                groupJustOpened = false
                index += 1
            case UInt8(ascii: "\\"):
                index = control(at: index)
            case 0x0D, 0x0A:
                index += 1
            default:
                groupJustOpened = false
                emitByte(at: index)
                index += 1
            }
        }
        flush()
        return output
    }

    /// The text of the document a reader does not see, for the leak scan.
    var hiddenText: String { String(decoding: hidden.bytes, as: UTF8.self) }

    private mutating func emitByte(at index: Int) {
        guard skippingFrom == nil else { return }
        let length = DecodingOutput.scalarLength(input, at: index)
        if length <= 1 {
            let scalar = Unicode.Scalar(input[index] < 0x80 ? input[index] : 0x3F)
            if hiddenFrom != nil {
                hidden.append(scalar, from: index..<(index + 1))
            } else {
                output.append(scalar, from: index..<(index + 1))
            }
        } else {
            let sources = (index..<(index + length)).map { $0..<($0 + 1) }
            if hiddenFrom != nil {
                hidden.appendUTF8(Array(input[index..<(index + length)]), sources: sources)
            } else {
                output.appendUTF8(Array(input[index..<(index + length)]), sources: sources)
            }
        }
    }

    private mutating func emit(_ text: String, from source: Range<Int>) {
        guard skippingFrom == nil else { return }
        if hiddenFrom != nil { hidden.append(text, from: source) } else { output.append(text, from: source) }
    }

    /// Reads the control word or symbol at `start` (a backslash); returns where it ends.
    private mutating func control(at start: Int) -> Int {
        let first = start + 1
        guard first < input.count else { return input.count }
        let symbol = input[first]
        let opened = groupJustOpened
        let destination = afterStar
        groupJustOpened = false
        afterStar = false
        if !MarkupDecoder.isLetter(symbol) {
            switch symbol {
            case UInt8(ascii: "'"):
                guard first + 2 < input.count, let high = MarkupDecoder.hexValue(input[first + 1]),
                    let low = MarkupDecoder.hexValue(input[first + 2])
                else { return first + 1 }
                if skippingFrom == nil {
                    pending.append(UInt8(high << 4 | low))
                    pendingSources.append(start..<(first + 3))
                }
                return first + 3
            case UInt8(ascii: "*"):
                // Text a reader does not see, but which leaves the case with the file.
                if opened, skippingFrom == nil, hiddenFrom == nil { hiddenFrom = depth }
                afterStar = opened
            case UInt8(ascii: "~"): emit(" ", from: start..<(first + 1))
            case UInt8(ascii: "_"): emit("-", from: start..<(first + 1))
            case UInt8(ascii: "\\"), UInt8(ascii: "{"), UInt8(ascii: "}"):
                emit(String(UnicodeScalar(symbol)), from: start..<(first + 1))
            case 0x0A, 0x0D: emit("\n", from: start..<(first + 1))
            default: break
            }
            return first + 1
        }
        var end = first
        while end < input.count, MarkupDecoder.isLetter(input[end]) { end += 1 }
        let word = String(decoding: input[first..<end], as: UTF8.self)
        var number: Int?
        var numberEnd = end
        if numberEnd < input.count, input[numberEnd] == UInt8(ascii: "-") { numberEnd += 1 }
        while numberEnd < input.count, input[numberEnd] >= 0x30, input[numberEnd] <= 0x39 { numberEnd += 1 }
        if numberEnd > end, let value = Int(String(decoding: input[end..<numberEnd], as: UTF8.self)) {
            number = value
            end = numberEnd
        }
        if end < input.count, input[end] == UInt8(ascii: " ") { end += 1 }
        if opened || destination, skippingFrom == nil {
            if Self.binaryDestinations.contains(word) {
                skippingFrom = depth
            } else if Self.hiddenDestinations.contains(word), hiddenFrom == nil {
                hiddenFrom = depth
            }
        }
        switch word {
        case "fonttbl": fontTableDepth = depth
        case "cpg": if fontTableDepth != nil, let number { fonts.record(codePage: number) }
        case "f":
            if fontTableDepth != nil { fonts.defining = number } else { font = number }
        case "fcharset": if fontTableDepth != nil, let number { fonts.record(charset: number) }
        case "deff":
            defaultFont = number
            if font == nil { font = number }
        case "plain": font = defaultFont ?? font
        case "object", "objdata": note("an object embedded in it (\\object)")
        case "u":
            guard var value = number else { return end }
            if value < 0 { value += 65536 }
            end = skipFallback(from: end)
            var scalarValue = UInt32(value)
            // A character outside the BMP comes as two \u words, a surrogate pair.
            if (0xD800..<0xDC00).contains(value), MarkupDecoder.starts(input, at: end, with: "\\u") {
                var probe = RTFDecoder(input, keepingOrigins: false)
                probe.skipCount = skipCount
                let next = probe.pairedLow(at: end)
                if let (low, lowEnd) = next {
                    scalarValue = 0x10000 + (UInt32(value) - 0xD800) << 10 + (low - 0xDC00)
                    end = lowEnd
                }
            }
            emit(String(Unicode.Scalar(scalarValue) ?? "\u{FFFD}"), from: start..<end)
        case "uc": skipCount = max(0, number ?? 1)
        case "ansicpg":
            if let number {
                codePage = "CP\(number)"
                if !Charset.isKnown(codePage) { note("text in its code page \(number) (\\ansicpg\(number))") }
            }
        case "par", "line", "sect", "page", "row", "cell": emit("\n", from: start..<end)
        case "tab": emit("\t", from: start..<end)
        case "emdash", "endash": emit("-", from: start..<end)
        case "lquote", "rquote": emit("'", from: start..<end)
        case "ldblquote", "rdblquote": emit("\"", from: start..<end)
        case "bin": return min(input.count, end + max(0, number ?? 0))
        default: break
        }
        return end
    }

    /// The low surrogate of a pair at `index` and where it ends.
    private func pairedLow(at index: Int) -> (UInt32, Int)? {
        var end = index + 2
        var numberEnd = end
        if numberEnd < input.count, input[numberEnd] == UInt8(ascii: "-") { numberEnd += 1 }
        while numberEnd < input.count, input[numberEnd] >= 0x30, input[numberEnd] <= 0x39 { numberEnd += 1 }
        guard var value = Int(String(decoding: input[end..<numberEnd], as: UTF8.self)) else { return nil }
        if value < 0 { value += 65536 }
        guard (0xDC00..<0xE000).contains(value) else { return nil }
        end = numberEnd
        if end < input.count, input[end] == UInt8(ascii: " ") { end += 1 }
        return (UInt32(value), skipFallback(from: end))
    }

    /// Skips the characters that stand in for a `\u` character in readers without Unicode.
    private func skipFallback(from start: Int) -> Int {
        var index = start
        for _ in 0..<skipCount {
            guard index < input.count else { break }
            if input[index] == UInt8(ascii: "\\"), index + 3 < input.count, input[index + 1] == UInt8(ascii: "'") {
                index += 4
            } else if input[index] == UInt8(ascii: "{") || input[index] == UInt8(ascii: "}") || input[index] == UInt8(ascii: "\\") {
                break
            } else {
                index += 1
            }
        }
        return index
    }

    /// Notes once something that could not be read.
    private mutating func note(_ part: String) {
        if !unread.contains(part) { unread.append(part) }
    }

    /// Reads the waiting `\'xx` bytes in the code page of the font in force.
    private mutating func flush() {
        guard !pending.isEmpty else { return }
        var charset = codePage
        // A font's name in the font table is in that font's own code page.
        let current = fontTableDepth != nil ? fonts.defining : font
        let page = fonts.codePage(font: current, document: codePage)
        if let page, Charset.isKnown(page) {
            charset = page
        } else if page != codePage {
            // An unknown \ansicpg is noted where it is read.
            note("text in the charset of its font \\f\(current ?? 0)")
        }
        if skippingFrom == nil {
            if hiddenFrom != nil {
                hidden.appendText(pending, sources: pendingSources, charset: charset, readingKoreanToo: true)
            } else {
                output.appendText(pending, sources: pendingSources, charset: charset)
                // Korean bytes under a Western code page or font (a wrong \ansicpg): the scan
                // reads them as CP949 too.
                if let korean = KoreanSecondReading.of(pending, labelled: charset) {
                    hidden.append(" " + korean, from: 0..<0)
                }
            }
        }
        pending = []
        pendingSources = []
    }
}
