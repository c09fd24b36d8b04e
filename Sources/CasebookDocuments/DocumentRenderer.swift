import Foundation

/// Writes a `Document` as Markdown, HTML or DOCX from the Mustache templates, the shipped ones or
/// a workspace's replacements, so the wording and look stay in files a lawyer can edit.
///
/// The same document and `asOf` always give the same bytes (no clock, no random values, fixed zip
/// entry dates and order), so anyone can later prove which version was filed.
public struct DocumentRenderer: Sendable {
    /// A workspace's `templates/` folder: each file there replaces the shipped template of the same
    /// name (e.g. `icc-dossier.html.mustache`, `docx/styles.xml.mustache`). Nil or missing: shipped only.
    public var overrides: URL?

    public init(overrides: URL?) {
        self.overrides = overrides
    }

    /// The words of the workspace's own templates (file, text), which go into the document as
    /// they are: a writer leak-scans them with the document's texts, since a template copied from
    /// another case may carry a witness's name or contact.
    public func overrideTemplateTexts() throws(DocumentError) -> [(file: String, text: String)] {
        try TemplateSet.overrideTexts(in: overrides).map { (file: $0.file, text: $0.text) }
    }

    /// The document in the format; `asOf` (YYYY-MM-DD) is the date printed on it and stored in a
    /// DOCX's properties.
    public func render(_ document: Document, as format: DocumentFormat, asOf: String) throws(DocumentError) -> Data {
        guard let asOfDate = Self.date(asOf) else { throw .invalidAsOfDate(asOf) }
        let templates = try TemplateSet.load(overrides: overrides)
        let builder = DocumentContext(document: document, format: format)
        let context = builder.build(asOf: asOf)
        let main = "\(document.kind.rawValue).\(format.rawValue)"
        switch format {
        case .markdown, .html:
            return Data(try templates.render(context, template: main).utf8)
        case .docx:
            return try WordPackage.assemble(
                context: context, mainTemplate: main, noteStyle: document.noteStyle, media: builder.media,
                templates: templates, date: asOfDate)
        }
    }

    /// A page that is not a `Document` (the proof matrix's grid), from its template (`proof-matrix.html`)
    /// and a context of dictionaries, arrays, strings and flags: `{{value}}` is escaped for HTML.
    public func renderPage(_ context: [String: Any], template: String) throws(DocumentError) -> Data {
        Data(try TemplateSet.load(overrides: overrides).render(context, template: template).utf8)
    }

    /// Noon UTC of a YYYY-MM-DD date, or nil when it is not a real calendar date.
    static func date(_ text: String) -> Date? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard text.count == 10, parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let components = DateComponents(year: year, month: month, day: day, hour: 12)
        guard components.isValidDate(in: calendar), (1980...2099).contains(year) else { return nil }
        return calendar.date(from: components)
    }
}
