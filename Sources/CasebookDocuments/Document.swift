/// A document a team files (an ICC dossier, a UPR submission, a progress report), described once
/// so that the Markdown, HTML and DOCX writers all show the same content.
///
/// The case store builds it; this module only lays it out, so the same model renders identically
/// in every format and the writers never reach into the database.
public struct Document: Sendable, Equatable {
    /// Which document this is: it names the templates used to render it.
    public var kind: DocumentKind
    public var title: String
    public var cover: Cover
    public var sections: [Section]
    /// Footnotes (the dossier) or endnotes (a UPR submission, as the OHCHR guidelines ask).
    public var noteStyle: NoteStyle
    /// Paragraphs numbered 1, 2, 3 … through the whole body (annexes are not numbered), so a
    /// reader can cite "para. 12".
    public var numberedParagraphs: Bool

    public init(
        kind: DocumentKind, title: String, cover: Cover = Cover(), sections: [Section],
        noteStyle: NoteStyle = .footnotes, numberedParagraphs: Bool = true
    ) {
        self.kind = kind
        self.title = title
        self.cover = cover
        self.sections = sections
        self.noteStyle = noteStyle
        self.numberedParagraphs = numberedParagraphs
    }
}

/// The kinds of document Casebook writes; the raw value is the base name of their templates
/// (`Templates/icc-dossier.html.mustache`), so a workspace can override one kind only.
public enum DocumentKind: String, Sendable, CaseIterable {
    case iccDossier = "icc-dossier"
    case uprSubmission = "upr-submission"
    case progressReport = "progress-report"
    /// The team's own notes on a filing, written beside it and never filed.
    case workNotes = "work-notes"
}

/// Where a document's notes go: at the foot of the page (or section) or all at the end.
public enum NoteStyle: String, Sendable {
    case footnotes
    case endnotes
}
