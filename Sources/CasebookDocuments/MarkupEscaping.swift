/// Escaping of user text for each output format, in one place so everything from the user is
/// escaped exactly once, whichever path it takes to the page.
enum MarkupEscaping {
    /// HTML and XML text or attribute value: `& < > " '`.
    static func xml(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                // XML 1.0 forbids most control characters even escaped; drop them.
                if let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1,
                    scalar.value < 0x20, scalar != "\n", scalar != "\t", scalar != "\r"
                {
                    continue
                }
                out.append(character)
            }
        }
        return out
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
                out.append(character)
            }
        }
        return out
    }
}
