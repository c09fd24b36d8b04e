/// A titled part of a document; its level (heading 1, 2, 3) comes from how deep it is nested,
/// so the heading styles, the table of contents and the navigation pane always agree.
public struct Section: Sendable, Equatable {
    /// The anchor other parts link to (`Inline.link(_, anchor:)`); a slug such as "annex-a".
    public var id: String
    public var title: String
    public var blocks: [Block]
    public var subsections: [Section]
    /// An annex is outside the body: its paragraphs are not numbered and it starts on a new page.
    public var isAnnex: Bool

    public init(id: String, title: String, blocks: [Block] = [], subsections: [Section] = [], isAnnex: Bool = false) {
        self.id = id
        self.title = title
        self.blocks = blocks
        self.subsections = subsections
        self.isAnnex = isAnnex
    }
}

/// One piece of a section's content, in reading order.
public enum Block: Sendable, Equatable {
    /// A body paragraph: numbered when the document numbers its paragraphs.
    case paragraph(Text)
    /// A paragraph never numbered (an introduction line, a note under a table).
    case unnumberedParagraph(Text)
    /// A bulleted list.
    case list([Text])
    case table(Table)
    case figure(Figure)
}
