/// Why a file could not be counted, in words the person checking a submission can act on.
public enum WordCountError: Error, CustomStringConvertible, Equatable {
    /// No file at that path.
    case missing(String)
    /// Neither .docx nor .md.
    case unsupported(String)
    /// Not a Word package, not well-formed XML, or not UTF-8 text.
    case unreadable(String, reason: String)

    public var description: String {
        switch self {
        case .missing(let path): "There is no file \(path)."
        case .unsupported(let path): "\(path) is neither a Word file (.docx) nor a Markdown file (.md); Casebook counts those two."
        case .unreadable(let path, let reason): "\(path) cannot be counted: \(reason)."
        }
    }
}
