import CasebookDocuments
import Foundation
import ZIPFoundation

/// Small helpers to render the sample and read the parts of a DOCX.
enum Rendering {
    static let asOf = "2024-11-07"

    static func text(_ document: Document, _ format: DocumentFormat, overrides: URL? = nil) throws -> String {
        String(decoding: try DocumentRenderer(overrides: overrides).render(document, as: format, asOf: asOf), as: UTF8.self)
    }

    /// The text of one part of a DOCX (e.g. `word/document.xml`), read back with ZIPFoundation.
    static func part(_ path: String, of docx: Data) throws -> String {
        let archive = try Archive(data: docx, accessMode: .read)
        guard let entry = archive[path] else { return "" }
        var data = Data()
        _ = try archive.extract(entry) { data.append($0) }
        return String(decoding: data, as: UTF8.self)
    }

    /// The package root (where Package.swift and Templates/ are).
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// A fresh empty folder, removed by the caller.
    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-documents-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }
}
