import Foundation
import Testing

@testable import CasebookDocuments

/// The templates compiled into the binary are exactly the files in Templates/: whoever edits a
/// template and forgets `python3 tools/embed-templates.py` finds out here.
@Suite struct EmbeddedTemplatesTests {
    let folder = Rendering.packageRoot.appendingPathComponent("Templates")

    func templateFiles() throws -> [String: String] {
        var files: [String: String] = [:]
        let walker = FileManager.default.enumerator(atPath: folder.path)
        while let path = walker?.nextObject() as? String {
            guard path.hasSuffix(".mustache") else { continue }
            files[path] = try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
        }
        return files
    }

    @Test func theEmbeddedTemplatesAreUpToDate() throws {
        let files = try templateFiles()
        #expect(!files.isEmpty)
        let stale = Set(files.keys).symmetricDifference(EmbeddedTemplates.files.keys)
            .union(files.keys.filter { files[$0] != EmbeddedTemplates.files[$0] })
        #expect(stale.isEmpty, "Templates/ changed: run `python3 tools/embed-templates.py` (differs: \(stale.sorted()))")
    }

    /// swift-mustache resets escaping to HTML in every partial, so each Markdown and Word template
    /// must say on its first line how `{{value}}` is escaped.
    @Test func everyMarkdownAndWordTemplateDeclaresItsEscaping() throws {
        for (path, text) in try templateFiles() {
            let isInheriting = text.hasPrefix("{{<")
            if path.hasPrefix("docx/") || (path.hasPrefix("layout.docx")) {
                #expect(text.hasPrefix("{{% CONTENT_TYPE: XML}}\n"), "\(path)")
            } else if path.hasSuffix(".md.mustache"), !isInheriting {
                #expect(text.hasPrefix("{{% CONTENT_TYPE: MARKDOWN}}\n"), "\(path)")
            }
        }
    }

    @Test(arguments: DocumentKind.allCases, DocumentFormat.allCases)
    func everyKindHasATemplateInEveryFormat(kind: DocumentKind, format: DocumentFormat) {
        #expect(EmbeddedTemplates.files["\(kind.rawValue).\(format.rawValue).mustache"] != nil)
    }
}
