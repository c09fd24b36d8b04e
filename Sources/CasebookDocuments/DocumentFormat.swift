/// The file formats a document is written in; the raw value is the file extension.
public enum DocumentFormat: String, Sendable, CaseIterable {
    case markdown = "md"
    case html
    case docx
}
