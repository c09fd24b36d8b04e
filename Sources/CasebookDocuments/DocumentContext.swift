import Foundation

/// The document flattened into dictionaries, arrays, strings and flags that a logic-less Mustache
/// template can walk: sections carry their level, blocks say what they are (`isParagraph`,
/// `isTable`…), and text that needs markup comes ready-escaped under `markup`.
///
/// Every dictionary of one kind has every key, because Mustache looks a missing key up in the
/// enclosing context (a subsection without `subsections` would repeat its parent's).
final class DocumentContext {
    private let document: Document
    private let markup: any InlineMarkup
    private let format: DocumentFormat
    private var noteCount = 0
    private var paragraphCount = 0
    private var notes: [[String: Any]] = []
    private var bookmarkCount = 0
    /// The pictures of a Word file, (path in the package, bytes), in the order they appear.
    private(set) var media: [(path: String, data: Data)] = []

    init(document: Document, format: DocumentFormat) {
        self.document = document
        self.format = format
        switch format {
        case .html: markup = HTMLInline()
        case .markdown: markup = MarkdownInline()
        case .docx: markup = WordInline()
        }
    }

    /// The top-level context of the document's templates.
    func build(asOf: String) -> [String: Any] {
        let sections = document.sections.enumerated().map { section(for: $1, level: 1, first: $0 == 0) }
        let isEndnotes = document.noteStyle == .endnotes
        return [
            "kind": document.kind.rawValue,
            "title": document.title,
            "asOf": asOf,
            "asOfLabel": document.cover.asOfLabel,
            "stamps": document.cover.stamps,
            "hasStamps": !document.cover.stamps.isEmpty,
            "coverLines": document.cover.lines.map { ["label": $0.label, "value": $0.value] },
            "hasNotice": document.cover.notice != nil,
            "notice": document.cover.notice ?? "",
            "runningNotice": Self.runningNotice(document.cover.notice ?? ""),
            "toc": tableOfContents(document.sections, level: 1),
            "sections": sections,
            "notes": notes,
            "hasNotes": !notes.isEmpty,
            "isFootnotes": !isEndnotes,
            "isEndnotes": isEndnotes,
            "notesTitle": isEndnotes ? "Endnotes" : "Notes",
            "paragraphCount": paragraphCount,
            "images": media.indices.map { ["id": Self.imageRelationship($0 + 1), "target": "media/figure\($0 + 1).svg"] },
            "hasImages": !media.isEmpty,
        ]
    }

    private func tableOfContents(_ sections: [Section], level: Int) -> [[String: Any]] {
        sections.flatMap { section -> [[String: Any]] in
            let entry: [String: Any] = [
                "id": section.id, "slug": MarkdownInline.slug(section.id), "title": section.title, "level": level,
                "tocStyle": "TOC\(min(level, 3))",
                "indent": String(repeating: "  ", count: level - 1),
                "bookmark": WordInline.bookmarkName(section.id),
            ]
            return [entry] + tableOfContents(section.subsections, level: level + 1)
        }
    }

    /// The confidentiality notice's first sentence, for the running header of every page but the cover.
    static func runningNotice(_ notice: String) -> String {
        let sentence = notice.range(of: ". ").map { String(notice[..<$0.lowerBound]) + "." } ?? notice
        guard sentence.count > 90 else { return sentence }
        let cut = sentence.prefix(89)
        return String(cut[..<(cut.lastIndex(of: " ") ?? cut.endIndex)]) + "…"
    }

    private func section(for section: Section, level: Int, inAnnex: Bool = false, first: Bool = false) -> [String: Any] {
        let isAnnex = inAnnex || section.isAnnex
        let firstNote = notes.count
        bookmarkCount += 1
        let bookmarkID = bookmarkCount
        let blocks = section.blocks.map { block(for: $0, inAnnex: isAnnex) }
        let subsections = section.subsections.map { self.section(for: $0, level: level + 1, inAnnex: isAnnex) }
        let ownNotes = level == 1 && document.noteStyle == .footnotes ? Array(notes[firstNote...]) : []
        return [
            "id": section.id,
            "slug": MarkdownInline.slug(section.id),
            "title": section.title,
            "level": level,
            "headingLevel": min(level + 1, 6),
            "hashes": String(repeating: "#", count: min(level + 1, 6)),
            // A top-level annex heading has its own style, so a word count of the Word file can skip the annex.
            "headingStyle": level == 1 && section.isAnnex ? WordStyle.annexHeading : "Heading\(min(level, 3))",
            "isAnnex": isAnnex,
            "startsAnnex": section.isAnnex && !inAnnex,
            // The first section opens a page after the contents; each annex opens its own.
            "startsPage": (section.isAnnex && !inAnnex) || (level == 1 && first),
            // Headings numbered apart from the paragraphs (I., II., then A., B.), so that a heading
            // number never reads as a paragraph number; annexes keep their letters.
            "numberedHeading": document.numberedParagraphs && !isAnnex && level <= 2,
            "numberLevel": level - 1,
            "bookmark": WordInline.bookmarkName(section.id),
            "bookmarkID": bookmarkID,
            "blocks": blocks,
            "subsections": subsections,
            "footnotes": ownNotes,
            "hasFootnotes": !ownNotes.isEmpty,
        ]
    }

    private func block(for block: Block, inAnnex: Bool) -> [String: Any] {
        var context: [String: Any] = [
            "isParagraph": false, "isNumbered": false, "number": 0, "markup": "",
            "isList": false, "items": [] as [Any],
            // `table` is false unless there is one (a table, or a figure's numbers), so `{{#table}}` skips.
            "isTable": false, "table": false,
            "isFigure": false, "svg": "", "title": "",
            "isImage": false, "imageID": "", "imageNumber": 0, "widthEMU": 0, "heightEMU": 0, "description": "",
        ]
        switch block {
        case .paragraph(let text), .unnumberedParagraph(let text):
            context["isParagraph"] = true
            if case .paragraph = block, document.numberedParagraphs, !inAnnex {
                paragraphCount += 1
                context["isNumbered"] = true
                context["number"] = paragraphCount
            }
            context["markup"] = render(text)
        case .list(let items):
            context["isList"] = true
            context["items"] = items.map { ["markup": render($0)] }
        case .table(let table):
            context["isTable"] = true
            context["table"] = self.table(table)
        case .figure(let figure):
            context["isFigure"] = true
            context["title"] = figure.title
            switch format {
            case .html: context["svg"] = FigureSVG.draw(figure)
            case .markdown:
                // The figure's numbers under a "Figure:" line that the word count knows.
                var numbers = figure.table
                numbers.caption = nil
                context["table"] = self.table(numbers)
            case .docx:
                // A picture of its own (SVG, which Word 2016 and later and LibreOffice draw), described
                // in words for readers who cannot see it.
                let svg = FigureSVG.draw(figure)
                media.append(("word/media/figure\(media.count + 1).svg", Data(svg.utf8)))
                let (width, height) = FigureSVG.size(svg)
                // Pixels at 96 per inch in EMU (9,525 each), shrunk to the A4 text width (9,026 twips).
                let scale = min(1, Double(9026 * 635) / (width * 9525))
                context["isImage"] = true
                context["imageID"] = Self.imageRelationship(media.count)
                context["imageNumber"] = media.count
                context["widthEMU"] = Int(width * 9525 * scale)
                context["heightEMU"] = Int(height * 9525 * scale)
                context["description"] = figure.description
            }
        }
        return context
    }

    /// A picture's relationship id in the Word file, beside the fixed ones (rId1 to rId6).
    static func imageRelationship(_ number: Int) -> String { "rIdFigure\(number)" }

    private func table(_ table: Table) -> [String: Any] {
        let columns = max(table.header.count, table.rows.map(\.count).max() ?? 0, 1)
        // The A4 text width shared out by what each column holds, for Word's grid (only Word has one).
        let widths =
            format == .docx
            ? WordColumnWidths.widths(header: table.header, rows: table.rows.map { $0.map(\.bodyText) }, columns: columns)
            : Array(repeating: 0, count: columns)
        let header = (0..<columns).map { index -> [String: Any] in
            ["text": index < table.header.count ? table.header[index] : "", "columnWidth": widths[index]]
        }
        let rows = table.rows.map { row in
            [
                "cells": (0..<columns).map { index -> [String: Any] in
                    ["markup": index < row.count ? render(row[index]) : "", "columnWidth": widths[index]]
                }
            ]
        }
        return [
            "hasCaption": table.caption != nil,
            "caption": table.caption ?? "",
            "header": header,
            "rows": rows,
            "columnCount": columns,
        ]
    }

    private func render(_ text: Text) -> String {
        let style = document.noteStyle
        let noteTexts = text.notes
        var index = 0
        return markup.render(text, style: style) {
            noteCount += 1
            notes.append(note(number: noteCount, text: noteTexts[index]))
            index += 1
            return noteCount
        }
    }

    private func note(number: Int, text: String) -> [String: Any] {
        ["number": number, "text": text, "markup": markup.plain(text)]
    }
}
