import CasebookDocuments
import Foundation
import Testing

/// A workspace's templates/ folder replaces shipped templates file by file, and a mistake in one
/// is reported with its file and line.
@Suite struct TemplateOverrideTests {
    let document = SampleDocument.dossier()

    @Test func anOverrideReplacesOnlyItsOwnTemplate() throws {
        let folder = try Rendering.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // The stylesheet partial only: the rest of the HTML still comes from the shipped layout.
        try "body { color: #123456; } /* our house style */\n".write(
            to: folder.appendingPathComponent("style.css.mustache"), atomically: true, encoding: .utf8)
        let html = try Rendering.text(document, .html, overrides: folder)
        #expect(html.contains("/* our house style */"))
        #expect(!html.contains("@page { size: A4"))
        #expect(html.contains("<nav class=\"toc\""))
        // The other formats are untouched.
        #expect(try Rendering.text(document, .markdown, overrides: folder) == Rendering.text(document, .markdown))
    }

    @Test func anOverrideInASubfolderReplacesAWordPart() throws {
        let folder = try Rendering.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("docx"), withIntermediateDirectories: true)
        let shipped = try String(
            contentsOf: Rendering.packageRoot.appendingPathComponent("Templates/docx/styles.xml.mustache"), encoding: .utf8)
        try shipped.replacingOccurrences(of: "Times New Roman", with: "Garamond").write(
            to: folder.appendingPathComponent("docx/styles.xml.mustache"), atomically: true, encoding: .utf8)
        let docx = try DocumentRenderer(overrides: folder).render(document, as: .docx, asOf: Rendering.asOf)
        let styles = try Rendering.part("word/styles.xml", of: docx)
        #expect(styles.contains("Garamond") && !styles.contains("Times New Roman"))
    }

    @Test func aPerKindOverrideUsesTheDocumentsFields() throws {
        let folder = try Rendering.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "{{% CONTENT_TYPE: MARKDOWN}}\nOUR FORMAT: {{title}} ({{paragraphCount}} paragraphs)\n".write(
            to: folder.appendingPathComponent("icc-dossier.md.mustache"), atomically: true, encoding: .utf8)
        #expect(
            try Rendering.text(document, .markdown, overrides: folder)
                == "OUR FORMAT: Situation in the DPRK: political prison camps (4 paragraphs)\n")
        // Another kind still uses the shipped template.
        let upr = SampleDocument.dossier(noteStyle: .endnotes, kind: .uprSubmission)
        #expect(try Rendering.text(upr, .markdown, overrides: folder).contains("## Contents"))
    }

    @Test func aMissingOverridesFolderMeansTheShippedTemplates() throws {
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("no-such-folder-\(UUID().uuidString)")
        #expect(try Rendering.text(document, .html, overrides: missing) == Rendering.text(document, .html))
    }

    @Test func aSyntaxErrorNamesTheFileAndLine() throws {
        let folder = try Rendering.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("section.html.mustache")
        try "<section id=\"{{id}}\">\n<h2>{{title}}</h2>\n{{#blocks}}\n{{>block.html}}\n{{/block}}\n</section>\n".write(
            to: file, atomically: true, encoding: .utf8)
        do {
            _ = try DocumentRenderer(overrides: folder).render(document, as: .html, asOf: Rendering.asOf)
            Issue.record("a broken template was accepted")
        } catch {
            guard case .templateSyntax(let reported, let line, _, _) = error else {
                Issue.record("wrong error: \(error)")
                return
            }
            #expect(reported == file.path)
            #expect(line == 5)
            #expect(error.description.contains("section.html.mustache"))
            #expect(error.description.contains("line 5"))
        }
    }

    @Test func anUnclosedTagIsReportedOnItsLine() throws {
        let folder = try Rendering.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "{{% CONTENT_TYPE: MARKDOWN}}\n# {{title}}\n\n{{asOf\n".write(
            to: folder.appendingPathComponent("icc-dossier.md.mustache"), atomically: true, encoding: .utf8)
        #expect {
            try DocumentRenderer(overrides: folder).render(document, as: .markdown, asOf: Rendering.asOf)
        } throws: { error in
            guard case .templateSyntax(let file, let line, _, _) = error as? DocumentError else { return false }
            return file.hasSuffix("icc-dossier.md.mustache") && line == 4
        }
    }

    @Test func aTemplateThatIsNotTextIsRefused() throws {
        let folder = try Rendering.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data([0xFF, 0xFE, 0x00, 0xC3]).write(to: folder.appendingPathComponent("layout.html.mustache"))
        #expect {
            try DocumentRenderer(overrides: folder).render(document, as: .html, asOf: Rendering.asOf)
        } throws: { error in
            guard case .unreadableTemplate(let file, _) = error as? DocumentError else { return false }
            return file.hasSuffix("layout.html.mustache")
        }
    }
}
