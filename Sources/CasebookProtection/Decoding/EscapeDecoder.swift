/// JSON's string escapes read as the characters they stand for: `\uae40\ucca0\uc218` (what
/// Python's json.dumps writes for 김철수 by default), surrogate pairs, and `\n`, `\t`, `\"`.
struct EscapeDecoder {
    let input: [UInt8]

    func run(keepingOrigins: Bool) -> DecodingOutput {
        var output = DecodingOutput(keepingOrigins: keepingOrigins)
        var index = 0
        while index < input.count {
            let byte = input[index]
            guard byte == UInt8(ascii: "\\"), index + 1 < input.count else {
                output.copy(byte, at: index)
                index += 1
                continue
            }
            let next = input[index + 1]
            if next == UInt8(ascii: "u"), let unit = unit(at: index) {
                var value = UInt32(unit)
                var end = index + 6
                if (0xD800..<0xDC00).contains(unit), let low = self.unit(at: end), (0xDC00..<0xE000).contains(low) {
                    value = 0x10000 + (UInt32(unit) - 0xD800) << 10 + (UInt32(low) - 0xDC00)
                    end += 6
                }
                output.append(Unicode.Scalar(value) ?? "\u{FFFD}", from: index..<end)
                index = end
                continue
            }
            let simple: [UInt8: String] = [
                UInt8(ascii: "n"): "\n", UInt8(ascii: "r"): "\r", UInt8(ascii: "t"): "\t", UInt8(ascii: "b"): " ",
                UInt8(ascii: "f"): " ", UInt8(ascii: "\""): "\"", UInt8(ascii: "\\"): "\\", UInt8(ascii: "/"): "/",
            ]
            if let replacement = simple[next] {
                output.append(replacement, from: index..<(index + 2))
                index += 2
            } else {
                output.copy(byte, at: index)
                index += 1
            }
        }
        return output
    }

    /// The UTF-16 unit of a `\uXXXX` escape at `index`.
    private func unit(at index: Int) -> UInt16? {
        guard index + 6 <= input.count, input[index] == UInt8(ascii: "\\"), input[index + 1] == UInt8(ascii: "u") else {
            return nil
        }
        var value: UInt16 = 0
        for byte in input[(index + 2)..<(index + 6)] {
            guard let digit = MarkupDecoder.hexValue(byte) else { return nil }
            value = value << 4 | UInt16(digit)
        }
        return value
    }

    /// Whether text holds a `\uXXXX` escape.
    static func hasEscapes(_ bytes: [UInt8]) -> Bool {
        var index = 0
        while index + 5 < bytes.count {
            if bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u"),
                bytes[(index + 2)..<(index + 6)].allSatisfy({ MarkupDecoder.hexValue($0) != nil })
            {
                return true
            }
            index += 1
        }
        return false
    }
}
