import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Walks WordprocessingML: each paragraph's style, text (tabs and breaks as spaces) and note
/// references; or, in a notes part, each note's text by id (separators skipped).
final class WordXMLReader: NSObject, XMLParserDelegate {
    struct Paragraph {
        var style: String?
        var text = ""
        var noteReferences: [String] = []
    }

    private let noteElement: String?
    private(set) var paragraphs: [Paragraph] = []
    private(set) var notes: [(String, String)] = []
    private var paragraph: Paragraph?
    private var note: (id: String, text: String)?
    private var inText = false

    init(noteElement: String?) {
        self.noteElement = noteElement
    }

    func read(_ data: Data) -> Bool {
        let parser = XMLParser(data: data)
        parser.delegate = self
        return parser.parse()
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        switch name {
        case "w:p":
            if paragraph == nil { paragraph = Paragraph() } else { paragraph?.text += " " }
        case "w:pStyle": if paragraph?.style == nil { paragraph?.style = attributes["w:val"] }
        case "w:t": inText = true
        case "w:tab", "w:br", "w:cr": append(" ")
        case "w:endnoteReference", "w:footnoteReference":
            if let id = attributes["w:id"] {
                paragraph?.noteReferences.append((name == "w:endnoteReference" ? "endnote:" : "footnote:") + id)
            }
        default:
            if let noteElement, name == "w:" + noteElement, attributes["w:type"] == nil, let id = attributes["w:id"] {
                note = (id, "")
            }
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "w:t": inText = false
        case "w:p":
            if let paragraph { paragraphs.append(paragraph) }
            paragraph = nil
            append(" ")
        default:
            if let noteElement, name == "w:" + noteElement, let note {
                notes.append((note.id, note.text))
                self.note = nil
            }
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { append(string) }
    }

    private func append(_ text: String) {
        paragraph?.text += text
        note?.text += text
    }
}
