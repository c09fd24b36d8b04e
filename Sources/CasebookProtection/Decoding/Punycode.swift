/// Punycode (RFC 3492), as IDNA writes a label that is not ASCII: `xn--…` in a domain name, a
/// mail address or a file name may spell a witness's name in Hangul.
enum Punycode {
    static let base = 36
    static let tMin = 1
    static let tMax = 26
    static let skew = 38
    static let damp = 700
    static let initialBias = 72
    static let initialN = 0x80

    /// The text with each `xn--` label decoded, or nil if it has none that decodes.
    static func labelsDecoded(_ text: String) -> String? {
        var result = ""
        var found = false
        var label = ""
        func flush() {
            if label.count > 4, label.lowercased().hasPrefix("xn--"), let decoded = decode(String(label.dropFirst(4))) {
                result += decoded
                found = true
            } else {
                result += label
            }
            label = ""
        }
        for character in text {
            if character.isASCII && (character.isLetter || character.isNumber || character == "-") {
                label.append(character)
            } else {
                flush()
                result.append(character)
            }
        }
        flush()
        return found ? result : nil
    }

    /// One label's code points, decoded as RFC 3492 section 6.2 says; nil if it is not valid.
    static func decode(_ input: String) -> String? {
        let scalars = Array(input.unicodeScalars)
        guard scalars.allSatisfy(\.isASCII) else { return nil }
        let delimiter = scalars.lastIndex(of: "-")
        var output: [UInt32] = delimiter.map { scalars[..<$0].map(\.value) } ?? []
        var n = initialN
        var i = 0
        var bias = initialBias
        var index = delimiter.map { $0 + 1 } ?? 0
        while index < scalars.count {
            let oldI = i
            var w = 1
            var k = base
            while true {
                guard index < scalars.count, let digit = digitValue(scalars[index].value) else { return nil }
                index += 1
                guard digit <= (Int.max - i) / w else { return nil }
                i += digit * w
                let t = k <= bias ? tMin : k >= bias + tMax ? tMax : k - bias
                if digit < t { break }
                guard w <= Int.max / (base - t) else { return nil }
                w *= base - t
                k += base
            }
            bias = adapt(i - oldI, output.count + 1, oldI == 0)
            guard i / (output.count + 1) <= 0x10FFFF - n else { return nil }
            n += i / (output.count + 1)
            i %= output.count + 1
            guard Unicode.Scalar(UInt32(n)) != nil, output.count < 256 else { return nil }
            output.insert(UInt32(n), at: i)
            i += 1
        }
        var text = String.UnicodeScalarView()
        for value in output {
            guard let scalar = Unicode.Scalar(value) else { return nil }
            text.append(scalar)
        }
        return String(text)
    }

    private static func digitValue(_ value: UInt32) -> Int? {
        switch value {
        case 0x30...0x39: Int(value) - 0x30 + 26
        case 0x41...0x5A: Int(value) - 0x41
        case 0x61...0x7A: Int(value) - 0x61
        default: nil
        }
    }

    private static func adapt(_ delta: Int, _ count: Int, _ first: Bool) -> Int {
        var delta = first ? delta / damp : delta / 2
        delta += delta / count
        var k = 0
        while delta > ((base - tMin) * tMax) / 2 {
            delta /= base - tMin
            k += base
        }
        return k + (base - tMin + 1) * delta / (delta + skew)
    }
}
