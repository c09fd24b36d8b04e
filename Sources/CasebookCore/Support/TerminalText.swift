import CasebookModel
import CasebookStore

/// Text made safe to print: a control character inside a file name, a note or a handler's name
/// is shown as an escape (`\x1b`) instead of acting on the terminal, so that a crafted name cannot
/// erase a line of `verify`'s report or make a failure look like "Everything is intact".
public enum TerminalText {
    /// Escapes C0 and C1 control characters and the Unicode direction overrides; with
    /// `keepingLineBreaks` a line feed (and a tab) stays as it is, for whole reports.
    public static func escaped(_ text: String, keepingLineBreaks: Bool = true) -> String {
        guard text.unicodeScalars.contains(where: { needsEscape($0, keepingLineBreaks: keepingLineBreaks) }) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            if needsEscape(scalar, keepingLineBreaks: keepingLineBreaks) {
                result +=
                    scalar.value <= 0xFF
                    ? "\\x" + hex(scalar.value, digits: 2) : "\\u{" + hex(scalar.value, digits: 4) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    static func needsEscape(_ scalar: Unicode.Scalar, keepingLineBreaks: Bool) -> Bool {
        switch scalar.value {
        case 0x0A, 0x09: !keepingLineBreaks
        case 0x00...0x1F, 0x7F...0x9F: true
        // Bidirectional overrides and isolates reorder what is shown.
        case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: true
        default: false
        }
    }

    private static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
