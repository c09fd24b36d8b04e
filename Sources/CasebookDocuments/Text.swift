/// Running text with a little emphasis, notes and internal links; plain strings from the user,
/// never markup, so each writer escapes them once for its own format.
public struct Text: Sendable, Equatable, ExpressibleByStringLiteral {
    public var parts: [Inline]

    public init(_ parts: [Inline]) {
        self.parts = parts
    }

    public init(stringLiteral value: String) {
        self.parts = [.plain(value)]
    }

    /// Text of one plain string.
    public static func plain(_ string: String) -> Text {
        Text([.plain(string)])
    }

    /// The two texts one after the other.
    public static func + (lhs: Text, rhs: Text) -> Text {
        Text(lhs.parts + rhs.parts)
    }

    /// What a reader sees in the body, without the notes (for counting words).
    public var bodyText: String {
        parts.map { part in
            switch part {
            case .plain(let s), .emphasis(let s), .strong(let s), .link(let s, _): s
            case .note: ""
            }
        }.joined()
    }

    /// The texts of the notes attached to this text, in order.
    public var notes: [String] {
        parts.compactMap { part in
            if case .note(let s) = part { s } else { nil }
        }
    }
}

/// A run of text inside a `Text`.
public enum Inline: Sendable, Equatable {
    case plain(String)
    case emphasis(String)
    case strong(String)
    /// A footnote or endnote (per `Document.noteStyle`) whose text is the string.
    case note(String)
    /// Text linking to the section whose `id` is `anchor`.
    case link(String, anchor: String)
}
