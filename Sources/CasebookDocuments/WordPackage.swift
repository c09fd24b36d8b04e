import Foundation
import ZIPFoundation

/// A DOCX file: the WordprocessingML parts rendered from `Templates/docx/`, zipped by
/// ZIPFoundation in a fixed order with fixed dates and permissions, so the bytes depend only on
/// the document and its as-of date.
enum WordPackage {
    /// The parts of the package, in the order they are zipped: (path in the zip, template).
    static func parts(mainTemplate: String, noteStyle: NoteStyle) -> [(String, String)] {
        [
            ("[Content_Types].xml", "docx/content-types.xml"),
            ("_rels/.rels", "docx/package-rels.xml"),
            ("docProps/core.xml", "docx/core.xml"),
            ("docProps/app.xml", "docx/app.xml"),
            ("word/document.xml", mainTemplate),
            ("word/styles.xml", "docx/styles.xml"),
            ("word/settings.xml", "docx/settings.xml"),
            ("word/numbering.xml", "docx/numbering.xml"),
            ("word/header1.xml", "docx/header.xml"),
            ("word/footer1.xml", "docx/footer.xml"),
            noteStyle == .footnotes ? ("word/footnotes.xml", "docx/footnotes.xml") : ("word/endnotes.xml", "docx/endnotes.xml"),
            ("word/_rels/document.xml.rels", "docx/document-rels.xml"),
        ]
    }

    static func assemble(
        context: [String: Any], mainTemplate: String, noteStyle: NoteStyle, media: [(path: String, data: Data)],
        templates: TemplateSet, date: Date
    ) throws(DocumentError) -> Data {
        var rendered: [(String, Data)] = []
        for (path, template) in parts(mainTemplate: mainTemplate, noteStyle: noteStyle) {
            rendered.append((path, Data(try templates.render(context, template: template).utf8)))
        }
        // The figures' pictures, after the parts that name them.
        rendered += media.map { ($0.path, $0.data) }
        do {
            let archive = try Archive(accessMode: .create)
            for (path, data) in rendered {
                try archive.addEntry(
                    with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: date,
                    permissions: 0o644, compressionMethod: .deflate
                ) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            guard let data = archive.data else { throw DocumentError.packagingFailed("the zip archive is empty") }
            return data
        } catch let error as DocumentError {
            throw error
        } catch {
            throw .packagingFailed("\(error)")
        }
    }
}
