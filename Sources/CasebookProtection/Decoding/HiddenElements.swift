/// Markup with the elements a browser does not show taken out: `Pak Yong-<span
/// style="display:none">x</span>jin` shows a name that the text with every element's content
/// does not hold. The scan reads the markup both ways.
enum HiddenElements {
    /// The markup without its hidden elements (`display:none`, `visibility:hidden`, a `hidden`
    /// attribute), or nil if it has none.
    static func removed(from input: [UInt8]) -> [UInt8]? {
        var result: [UInt8] = []
        var found = false
        var index = 0
        var copied = 0
        while let open = MarkupDecoder.find(input, "<", from: index) {
            index = open + 1
            guard let (name, end) = startTag(in: input, at: open), isHidden(input[open..<end]) else { continue }
            let close = input[end - 2] == UInt8(ascii: "/") ? end : closing(name, in: input, from: end)
            result += input[copied..<open]
            copied = close
            index = close
            found = true
        }
        guard found else { return nil }
        return result + input[copied...]
    }

    /// The lowercased name and end of the start tag at `start`, if one is there.
    private static func startTag(in input: [UInt8], at start: Int) -> (String, Int)? {
        var index = start + 1
        while index < input.count, MarkupDecoder.isLetter(input[index]) || (0x30...0x39).contains(input[index]) { index += 1 }
        guard index > start + 1, let end = MarkupDecoder.find(input, ">", from: index) else { return nil }
        return (String(decoding: input[(start + 1)..<index], as: UTF8.self).lowercased(), end + 1)
    }

    private static func isHidden(_ tag: ArraySlice<UInt8>) -> Bool {
        let text = String(decoding: tag.filter { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }, as: UTF8.self).lowercased()
        if text.contains("display:none") || text.contains("visibility:hidden") { return true }
        let spaced = String(decoding: tag, as: UTF8.self).lowercased()
        return spaced.contains(" hidden>") || spaced.contains(" hidden ") || spaced.contains(" hidden/")
            || spaced.contains(" hidden=")
    }

    /// Where the element named `name` whose content starts at `from` ends, counting nested ones.
    private static func closing(_ name: String, in input: [UInt8], from: Int) -> Int {
        var depth = 1
        var index = from
        while let open = MarkupDecoder.find(input, "<", from: index) {
            index = open + 1
            if open + 1 < input.count, input[open + 1] == UInt8(ascii: "/") {
                if let (closed, end) = startTag(in: input, at: open + 1), closed == name {
                    depth -= 1
                    if depth == 0 { return end }
                }
            } else if let (opened, _) = startTag(in: input, at: open), opened == name {
                depth += 1
            }
        }
        return input.count
    }
}
