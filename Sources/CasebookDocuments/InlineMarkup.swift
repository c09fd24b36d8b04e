import Foundation

/// How one format writes running text: each writer escapes the user's words itself and adds its
/// own markup, and the template inserts the result with a triple mustache (`{{{markup}}}`).
protocol InlineMarkup {
    /// Plain text, escaped.
    func plain(_ text: String) -> String
    func emphasis(_ text: String) -> String
    func strong(_ text: String) -> String
    /// The reference mark for note `number` (the note's own text is listed elsewhere).
    func noteReference(_ number: Int, style: NoteStyle) -> String
    /// Text linking to the section with this anchor.
    func link(_ text: String, anchor: String) -> String
    /// What stands between two note marks that follow each other, so they read "5,6", not "56".
    var noteSeparator: String { get }
}

extension InlineMarkup {
    /// The text in this format, numbering its notes with `nextNote`.
    func render(_ text: Text, style: NoteStyle, nextNote: () -> Int) -> String {
        var afterNote = false
        return text.parts.map { part in
            defer {
                if case .note = part { afterNote = true } else { afterNote = false }
            }
            switch part {
            case .plain(let s): return plain(s)
            case .emphasis(let s): return emphasis(s)
            case .strong(let s): return strong(s)
            case .note: return (afterNote ? noteSeparator : "") + noteReference(nextNote(), style: style)
            case .link(let s, let anchor): return link(s, anchor: anchor)
            }
        }.joined()
    }
}

/// Running text as HTML; notes link to the note and back (`note-3` / `ref-3`).
struct HTMLInline: InlineMarkup {
    let noteSeparator = "<sup class=\"note-sep\">,</sup>"
    func plain(_ text: String) -> String { MarkupEscaping.xml(text) }
    func emphasis(_ text: String) -> String { "<em>\(plain(text))</em>" }
    func strong(_ text: String) -> String { "<strong>\(plain(text))</strong>" }
    func noteReference(_ number: Int, style: NoteStyle) -> String {
        "<sup class=\"note-ref\"><a href=\"#note-\(number)\" id=\"ref-\(number)\">\(number)</a></sup>"
    }
    func link(_ text: String, anchor: String) -> String {
        "<a href=\"#\(MarkupEscaping.xml(anchor))\">\(plain(text))</a>"
    }
}

/// Running text as Markdown with `[^n]` footnotes.
struct MarkdownInline: InlineMarkup {
    let noteSeparator = ","
    func plain(_ text: String) -> String { MarkupEscaping.markdown(text) }
    func emphasis(_ text: String) -> String { wrapped(text, in: "*") }
    func strong(_ text: String) -> String { wrapped(text, in: "**") }

    /// Markdown only makes `**bold**` when no space touches the inside of the markers, so spaces at
    /// either end go outside them ("**Period:** 1990", not "**Period: **1990").
    private func wrapped(_ text: String, in marker: String) -> String {
        let core = text.trimmingCharacters(in: .whitespaces)
        guard !core.isEmpty else { return plain(text) }
        let leading = String(text.prefix { $0 == " " })
        let trailing = String(text.reversed().prefix { $0 == " " })
        return plain(leading) + marker + plain(core) + marker + plain(trailing)
    }
    func noteReference(_ number: Int, style: NoteStyle) -> String { "[^\(number)]" }
    func link(_ text: String, anchor: String) -> String {
        "[\(plain(text))](#\(MarkdownInline.slug(anchor)))"
    }

    /// An anchor safe in a Markdown link and an HTML `id`: ASCII letters, digits and `-`.
    static func slug(_ anchor: String) -> String {
        String(
            anchor.unicodeScalars.map { scalar in
                scalar.isASCII && CharacterSet.alphanumerics.contains(scalar) ? Character(scalar) : "-"
            })
    }
}

/// Running text as WordprocessingML runs (`<w:r>`), with real footnote or endnote references.
struct WordInline: InlineMarkup {
    let noteSeparator = "<w:r><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr><w:t>,</w:t></w:r>"
    func plain(_ text: String) -> String { run(text, properties: "") }
    func emphasis(_ text: String) -> String { run(text, properties: "<w:i/>") }
    func strong(_ text: String) -> String { run(text, properties: "<w:b/>") }
    func noteReference(_ number: Int, style: NoteStyle) -> String {
        switch style {
        case .footnotes:
            "<w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:footnoteReference w:id=\"\(number)\"/></w:r>"
        case .endnotes:
            "<w:r><w:rPr><w:rStyle w:val=\"EndnoteReference\"/></w:rPr><w:endnoteReference w:id=\"\(number)\"/></w:r>"
        }
    }
    func link(_ text: String, anchor: String) -> String {
        "<w:hyperlink w:anchor=\"\(WordInline.bookmarkName(anchor))\">"
            + run(text, properties: "<w:rStyle w:val=\"Hyperlink\"/>") + "</w:hyperlink>"
    }

    private func run(_ text: String, properties: String) -> String {
        let rPr = properties.isEmpty ? "" : "<w:rPr>\(properties)</w:rPr>"
        return "<w:r>\(rPr)<w:t xml:space=\"preserve\">\(MarkupEscaping.xml(text))</w:t></w:r>"
    }

    /// A Word bookmark name for a section anchor: letters, digits and `_`, at most 40 characters.
    static func bookmarkName(_ anchor: String) -> String {
        let safe = anchor.unicodeScalars.map { scalar in
            scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar)) ? String(scalar) : "_"
        }.joined()
        return String(("s_" + safe).prefix(40))
    }
}
