import Mustache

/// The escaping `{{value}}` gets in each kind of template, chosen by the template's first line
/// (`{{% CONTENT_TYPE: MARKDOWN}}` or `XML`; HTML is swift-mustache's default), so a lawyer's
/// `{{title}}` is safe in every format without thinking about it.
enum DocumentContentTypes {
    /// Markdown: `{{value}}` cannot start emphasis, a link, a table cell or raw HTML.
    struct Markdown: MustacheContentType {
        func escapeText(_ text: String) -> String { MarkupEscaping.markdown(text) }
    }

    /// WordprocessingML: as HTML, and without the control characters XML forbids.
    struct XML: MustacheContentType {
        func escapeText(_ text: String) -> String { MarkupEscaping.xml(text) }
    }

    private static let registration: Void = {
        MustacheContentTypes.register(Markdown(), named: "MARKDOWN")
        MustacheContentTypes.register(XML(), named: "XML")
    }()

    /// Makes the content types known to the parser (once per process).
    static func registerOnce() {
        _ = registration
    }
}
