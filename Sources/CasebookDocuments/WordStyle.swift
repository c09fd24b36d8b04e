/// Paragraph style ids of the Word files that more than the templates rely on: the word count of
/// a DOCX (`upr count`) finds sections by their heading style, so the names are kept in one place.
enum WordStyle {
    /// A top-level section of the body: it starts a section that counts towards a word limit.
    public static let heading1 = "Heading1"
    /// A top-level annex: it starts a section that does not count.
    public static let annexHeading = "AnnexHeading"
}
