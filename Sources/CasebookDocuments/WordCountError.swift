/// Why a file could not be counted, in words the person checking a submission can act on.
public enum WordCountError: Error, CustomStringConvertible, Equatable {
    /// No file at that path.
    case missing(String)
    /// Neither .docx nor .md.
    case unsupported(String)
    /// Not a Word package, not well-formed XML, or not UTF-8 text.
    case unreadable(String, reason: String)
    /// A part of a Word file that would inflate far beyond any real document: a zip bomb.
    case expandsTooFar(String, part: String)

    public var description: String {
        switch self {
        case .missing(let path): "There is no file \(path)."
        case .unsupported(let path): "\(path) is neither a Word file (.docx) nor a Markdown file (.md); Casebook counts those two."
        case .unreadable(let path, let reason): "\(path) cannot be counted: \(reason)."
        case .expandsTooFar(let path, let part):
            "\(path) cannot be counted: its \(part) unpacks to more than \(WordPartLimit.maximumBytes >> 20) MB, or to over \(WordPartLimit.maximumRatio) times its packed size, which no real Word document does. It may be built to exhaust the computer's memory (a \"zip bomb\"); it was not read further."
        }
    }
}
