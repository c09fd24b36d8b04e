import Foundation
import Mustache

/// The templates in force for one rendering: the shipped ones (embedded in the binary, so an
/// installed `casebook` needs no resource bundle), each replaced by the workspace's file of the
/// same name, so a team can restyle one part without copying them all.
struct TemplateSet {
    /// Templates by name: the path under `Templates/` without `.mustache`, e.g. `docx/styles.xml`.
    private let library: MustacheLibrary

    /// Parses the shipped templates and the overrides; a syntax error names the file and line.
    static func load(overrides: URL?) throws(DocumentError) -> TemplateSet {
        DocumentContentTypes.registerOnce()
        var sources: [String: (text: String, file: String)] = [:]
        for (path, text) in EmbeddedTemplates.files {
            sources[templateName(path)] = (text, "Templates/" + path)
        }
        for (path, file, text) in try overrideTexts(in: overrides) {
            sources[templateName(path)] = (text, file)
        }
        var library = MustacheLibrary()
        for (name, source) in sources.sorted(by: { $0.key < $1.key }) {
            do {
                library.register(try MustacheTemplate(string: source.text), named: name)
            } catch let error as MustacheTemplate.ParserError {
                // At the end of the file the parser points past the last line: name the last one.
                let lastLine = max(source.text.split(separator: "\n", omittingEmptySubsequences: false).count - 1, 1)
                let line = min(error.context.lineNumber, source.text.hasSuffix("\n") ? lastLine : lastLine + 1)
                throw .templateSyntax(
                    file: source.file, line: line, column: line == error.context.lineNumber ? error.context.columnNumber : 1,
                    problem: problem(error.error))
            } catch {
                throw .templateSyntax(file: source.file, line: 1, column: 1, problem: "\(error)")
            }
        }
        return TemplateSet(library: library)
    }

    /// Renders the named template with the context.
    func render(_ context: [String: Any], template name: String) throws(DocumentError) -> String {
        guard let text = library.render(context, withTemplate: name) else { throw .missingTemplate(name: name) }
        return text
    }

    /// The text of each `.mustache` file under the overrides folder: its path relative to the
    /// folder, its full path, and its text.
    static func overrideTexts(in overrides: URL?) throws(DocumentError) -> [(path: String, file: String, text: String)] {
        guard let overrides else { return [] }
        var texts: [(path: String, file: String, text: String)] = []
        for (path, file) in try overrideFiles(in: overrides) {
            guard let data = FileManager.default.contents(atPath: file.path) else {
                throw .unreadableTemplate(file: file.path, reason: "the file cannot be opened")
            }
            guard let text = String(data: data, encoding: .utf8) else {
                throw .unreadableTemplate(file: file.path, reason: "it is not UTF-8 text")
            }
            texts.append((path, file.path, text))
        }
        return texts
    }

    /// The `.mustache` files under the overrides folder (none when it does not exist), by path
    /// relative to it, in a fixed order.
    private static func overrideFiles(in folder: URL) throws(DocumentError) -> [(String, URL)] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            return []
        }
        let base = folder.standardizedFileURL.resolvingSymlinksInPath().path
        guard let walker = FileManager.default.enumerator(atPath: base) else {
            throw .unreadableTemplate(file: folder.path, reason: "the folder cannot be listed")
        }
        var found: [(String, URL)] = []
        while let relative = walker.nextObject() as? String {
            guard relative.hasSuffix(".mustache") else { continue }
            found.append((relative, folder.appendingPathComponent(relative)))
        }
        return found.sorted { $0.0 < $1.0 }
    }

    private static func templateName(_ path: String) -> String {
        String(path.dropLast(".mustache".count))
    }

    /// The parser's complaint in plain words.
    private static func problem(_ error: any Error) -> String {
        switch error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect:
            "a section is closed with a different name from the one that opened it ({{/name}} must match {{#name}})"
        case .unfinishedName:
            "a tag is not finished: every {{ needs its }}"
        case .expectedSectionEnd:
            "a section opened with {{#name}} or {{^name}} is never closed with {{/name}}"
        case .invalidSetDelimiter:
            "a delimiter change {{=… …=}} is badly written"
        case .invalidConfigVariableSyntax, .unrecognisedConfigVariable:
            "a {{% … }} setting is not understood (only CONTENT_TYPE: HTML, TEXT, MARKDOWN or XML)"
        case .some:
            "the Mustache markup is not valid"
        case nil:
            "a tag or section is not finished before the end of the file"
        }
    }
}
