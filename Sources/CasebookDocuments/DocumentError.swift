/// Why a document could not be written, in words a lawyer editing a template can act on.
public enum DocumentError: Error, CustomStringConvertible, Equatable {
    /// A template is not valid Mustache; `file` is the template as the user knows it
    /// (the workspace's `templates/…` file, or the shipped `Templates/…`), `line` counts from 1.
    case templateSyntax(file: String, line: Int, column: Int, problem: String)
    /// No template for this document and format, neither shipped nor in the workspace.
    case missingTemplate(name: String)
    /// A file in the workspace's templates folder could not be read, or is not UTF-8 text.
    case unreadableTemplate(file: String, reason: String)
    /// The "as of" date is not a calendar date written YYYY-MM-DD.
    case invalidAsOfDate(String)
    /// The DOCX file could not be assembled (an internal problem, not the user's).
    case packagingFailed(String)

    public var description: String {
        switch self {
        case .templateSyntax(let file, let line, let column, let problem):
            "The template \(file) has a mistake on line \(line) (column \(column)): \(problem). Fix it, or delete the file to use the shipped template."
        case .missingTemplate(let name):
            "There is no template \(name).mustache, neither shipped with Casebook nor in the workspace's templates folder."
        case .unreadableTemplate(let file, let reason):
            "The template \(file) cannot be read: \(reason)."
        case .invalidAsOfDate(let text):
            "\"\(text)\" is not a date: write the as-of date as YYYY-MM-DD, e.g. 2024-11-07."
        case .packagingFailed(let reason):
            "The Word file could not be put together: \(reason)."
        }
    }
}
