/// Escaping of user text for each output format, in one place so everything from the user is
/// escaped exactly once, whichever path it takes to the page.
enum MarkupEscaping {
    /// HTML and XML text or attribute value: `& < > " '`. Characters XML 1.0 forbids even
    /// escaped (most control characters, U+FFFE, U+FFFF) are dropped: one of them in the case's
    /// data would make a Word file that no word processor opens.
    static func xml(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                if (scalar.value < 0x20 && scalar != "\n" && scalar != "\t" && scalar != "\r") || scalar.value == 0xFFFE
                    || scalar.value == 0xFFFF
                {
                    continue
                }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Whether a scalar is a control character a terminal acts on (C0 other than tab, DEL, C1):
    /// never written into a Markdown file, which people read with `cat`.
    static func isTerminalControl(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\t") || (0x7F...0x9F).contains(scalar.value)
    }

    /// Markdown inline text: a backslash before every character that could start markup, and
    /// line breaks as spaces (a break would end a table row).
    static func markdown(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "&", "!", "~":
                out.append("\\")
                out.append(character)
            case "\n", "\r", "\r\n":
                out.append(" ")
            default:
                if character.unicodeScalars.contains(where: isTerminalControl) {
                    out.unicodeScalars.append(contentsOf: character.unicodeScalars.filter { !isTerminalControl($0) })
                } else {
                    out.append(character)
                }
            }
        }
        return out
    }
}
