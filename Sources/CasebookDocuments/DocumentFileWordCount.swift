import Foundation
import ZIPFoundation

/// The words of a document file already written (and perhaps edited since), counted by the rule
/// of `Document.sectionWordCounts`, so a team can check a file before filing it.
///
/// Word (.docx): everything before the first "Heading 1" paragraph is the cover block (title,
/// cover lines, contents) and does not count; each "Heading 1" starts a section that counts, with
/// its heading, paragraphs, table cells and the endnotes (or footnotes) it refers to; an "Annex
/// Heading" starts an annex, which does not count. Markdown: the same with `## ` headings, the
/// "Contents" section counted as part of the cover, an annex being a section whose title begins
/// "Annex", paragraph numbers ("12.") and note marks ("[^3]") not counted, and each `[^n]: …` note
/// counted in the section that refers to it. A figure counts its title only, in both: in Word its
/// caption (the picture holds no counted words), in Markdown its "**Figure: …**" line (the table of
/// its numbers below is skipped).
public struct DocumentFileWordCount: Codable, Sendable, Equatable {
    public let words: Int
    public let sections: [Counted]

    /// One counted section: its heading and its words.
    public struct Counted: Codable, Sendable, Equatable {
        public let title: String
        public let words: Int
    }

    /// Counts the file at `path` (.docx or .md).
    public static func count(file path: String, rule: WordCountRule = .withEndnotes) throws(WordCountError)
        -> DocumentFileWordCount
    {
        let url = URL(fileURLWithPath: path)
        guard FileManager.default.fileExists(atPath: path) else { throw .missing(path) }
        switch url.pathExtension.lowercased() {
        case "docx": return try countWord(url, rule: rule)
        case "md", "markdown":
            guard let data = FileManager.default.contents(atPath: path) else {
                throw .unreadable(path, reason: "it cannot be opened")
            }
            guard let text = String(data: data, encoding: .utf8) else { throw .unreadable(path, reason: "it is not UTF-8 text") }
            return countMarkdown(text, rule: rule)
        default: throw .unsupported(path)
        }
    }

    // MARK: - Markdown

    static func countMarkdown(_ text: String, rule: WordCountRule = .withEndnotes) -> DocumentFileWordCount {
        var sections: [(title: String, words: Int, counts: Bool)] = []
        var noteSection: [String: Int] = [:]
        var notes: [(String, String)] = []
        let noteMark = #/\[\^([0-9]+)\]/#
        let figurePrefix = "**Figure: "
        var inFigure = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if let note = line.firstMatch(of: #/^\[\^([0-9]+)\]:\s?(.*)$/#) {
                notes.append((String(note.1), String(note.2)))
                continue
            }
            if line.hasPrefix("## ") {
                let title = String(line.dropFirst(3)).trimmingCharacters(in: .whitespaces)
                let counts = title != "Contents" && !title.hasPrefix("Annex")
                sections.append((title, counts ? WordCount.words(in: title) : 0, counts))
                continue
            }
            guard !sections.isEmpty, sections[sections.count - 1].counts else { continue }
            var body = line.trimmingCharacters(in: .whitespaces)
            // A figure counts its title; the table of its numbers below it does not.
            if body.hasPrefix(figurePrefix), body.hasSuffix("**") {
                sections[sections.count - 1].words += WordCount.words(in: String(body.dropFirst(figurePrefix.count).dropLast(2)))
                inFigure = true
                continue
            }
            if inFigure && (body.isEmpty || body.hasPrefix("|")) { continue }
            inFigure = false
            if body.hasPrefix("<") && body.hasSuffix(">") { continue }  // an anchor such as <a id="summary"></a>
            for mark in body.matches(of: noteMark) { noteSection[String(mark.1)] = sections.count - 1 }
            body = body.replacing(noteMark, with: " ")
            if let number = body.firstMatch(of: #/^[0-9]+\.\s/#) { body.removeSubrange(number.range) }
            sections[sections.count - 1].words += WordCount.words(in: body)
        }
        for (number, text) in notes where rule == .withEndnotes {
            if let index = noteSection[number] { sections[index].words += WordCount.words(in: text) }
        }
        return result(sections)
    }

    // MARK: - Word

    static func countWord(_ url: URL, rule: WordCountRule = .withEndnotes) throws(WordCountError) -> DocumentFileWordCount {
        let parts: [String: Data]
        do {
            let archive = try Archive(url: url, accessMode: .read)
            var found: [String: Data] = [:]
            for name in ["word/document.xml", "word/endnotes.xml", "word/footnotes.xml"] {
                guard let entry = archive[name] else { continue }
                found[name] = try WordPartLimit.extract(entry, from: archive)
            }
            parts = found
        } catch let limit as WordPartLimit.Exceeded {
            throw .expandsTooFar(url.path, part: limit.part)
        } catch {
            throw .unreadable(url.path, reason: "it is not a Word file (the zip cannot be read)")
        }
        guard let body = parts["word/document.xml"] else {
            throw .unreadable(url.path, reason: "it is not a Word file (no word/document.xml)")
        }
        let reader = WordXMLReader(noteElement: nil)
        guard reader.read(body) else { throw .unreadable(url.path, reason: "its word/document.xml is not well-formed XML") }
        var sections: [(title: String, words: Int, counts: Bool)] = []
        var noteSection: [String: Int] = [:]
        for paragraph in reader.paragraphs {
            if paragraph.style == WordStyle.heading1 || paragraph.style == WordStyle.annexHeading {
                let counts = paragraph.style == WordStyle.heading1
                sections.append((paragraph.text, counts ? WordCount.words(in: paragraph.text) : 0, counts))
                continue
            }
            guard !sections.isEmpty, sections[sections.count - 1].counts else { continue }
            sections[sections.count - 1].words += WordCount.words(in: paragraph.text)
            for note in paragraph.noteReferences { noteSection[note] = sections.count - 1 }
        }
        for (part, element) in [("word/endnotes.xml", "endnote"), ("word/footnotes.xml", "footnote")] where rule == .withEndnotes {
            guard let data = parts[part] else { continue }
            let notes = WordXMLReader(noteElement: element)
            guard notes.read(data) else { throw .unreadable(url.path, reason: "its \(part) is not well-formed XML") }
            for (id, text) in notes.notes {
                // Endnote and footnote ids are numbered apart; a reference names its kind.
                if let index = noteSection["\(element):\(id)"] { sections[index].words += WordCount.words(in: text) }
            }
        }
        return result(sections)
    }

    static func result(_ sections: [(title: String, words: Int, counts: Bool)]) -> DocumentFileWordCount {
        let counted = sections.filter(\.counts).map { Counted(title: $0.title, words: $0.words) }
        return DocumentFileWordCount(words: counted.reduce(0) { $0 + $1.words }, sections: counted)
    }
}
