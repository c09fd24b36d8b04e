import Foundation
import Testing

/// The witness's name and where she lives travel with her photo: every export reads the metadata
/// of each file it carries, and a sealed name in any field stops it, naming the item, the field
/// and the witness, never the name.
@Suite("the leak scan reads evidence metadata")
struct MetadataLeakTests {
    /// One fixture: its format, file name, fields, and the field the refusal must name.
    struct Case: CustomTestStringConvertible, Sendable {
        let format: String
        let name: String
        let fields: [String: String]
        let field: String
        var testDescription: String { "\(name): \(field)" }
    }

    static let cases: [Case] = [
        Case(format: "jpeg", name: "IMG_0001.jpg", fields: ["artist": "Kim Chol-su"], field: "Artist (EXIF)"),
        Case(
            format: "jpeg", name: "IMG_0002.jpg", fields: ["description": "KIM CHOL SU at home", "big": "1"],
            field: "Image description (EXIF)"),
        Case(
            format: "jpeg", name: "IMG_0003.jpg", fields: ["usercomment": "given by Kim Chol-su", "big": "1"],
            field: "User comment (EXIF)"),
        Case(format: "jpeg", name: "IMG_0004.jpg", fields: ["usercomment": "김철수 집"], field: "User comment (EXIF)"),
        Case(format: "jpeg", name: "IMG_0005.jpg", fields: ["xpauthor": "김철수"], field: "Author (Windows)"),
        Case(format: "jpeg", name: "IMG_0006.jpg", fields: ["copyright": "(c) Kim Chol-su"], field: "Copyright (EXIF)"),
        Case(format: "jpeg", name: "IMG_0007.jpg", fields: ["creator": "Kim Chol-su"], field: "Creator (XMP)"),
        Case(format: "jpeg", name: "IMG_0008.jpg", fields: ["location": "Kim Chol-su's house"], field: "Location (XMP)"),
        Case(format: "jpeg", name: "IMG_0009.jpg", fields: ["byline": "Kim Chol-su"], field: "By-line (IPTC)"),
        Case(format: "jpeg", name: "IMG_0010.jpg", fields: ["keywords": "camp;Kim Chol-su"], field: "Keywords (IPTC)"),
        Case(format: "jpeg", name: "IMG_0011.jpg", fields: ["comment": "sent by Chol-su Kim"], field: "Comment (JPEG)"),
        Case(format: "png", name: "screen.png", fields: ["author": "Kim Chol-su"], field: "Author (PNG text)"),
        Case(format: "png", name: "map.png", fields: ["description": "route of 김철수"], field: "Description (PNG text)"),
        Case(format: "png", name: "chat.png", fields: ["itxt": "김철수의 메시지"], field: "Comment (PNG text)"),
        Case(format: "png", name: "xmp.png", fields: ["creator": "Kim Chol-su"], field: "Creator (XMP)"),
        Case(format: "png", name: "exif.png", fields: ["artist": "Kim Chol-su"], field: "Artist (EXIF)"),
        Case(format: "png", name: "late.png", fields: ["late": "Kim Chol-su"], field: "Title (PNG text)"),
        Case(format: "tiff", name: "scan.tif", fields: ["artist": "Kim Chol-su"], field: "Artist (EXIF)"),
        Case(
            format: "tiff", name: "scan-mm.tif", fields: ["description": "Kim Chol-su", "big": "1"],
            field: "Image description (EXIF)"),
        Case(format: "pdf", name: "report.pdf", fields: ["author": "Interview (2) of Kim Chol-su"], field: "Author (PDF)"),
        Case(format: "pdf", name: "report-hex.pdf", fields: ["author": "김철수", "hex": "1"], field: "Author (PDF)"),
        Case(format: "pdf", name: "report-xmp.pdf", fields: ["creator": "Kim Chol-su"], field: "Creator (XMP)"),
        Case(format: "docx", name: "statement.docx", fields: ["creator": "Kim Chol-su"], field: "Creator (document properties)"),
        Case(
            format: "docx", name: "notes.docx", fields: ["lastmod": "Kim Chol-su"], field: "Last modified by (document properties)"),
        Case(format: "xlsx", name: "list.xlsx", fields: ["manager": "Kim Chol-su"], field: "Manager (document properties)"),
        Case(format: "pptx", name: "slides.pptx", fields: ["title": "Kim Chol-su"], field: "Title (document properties)"),
    ]

    /// A witness sealed in Hangul: the scan finds her name in Hangul and in its romanised spellings.
    func protectedCase() throws -> CLI {
        try CLI.protectedCase(["--name", "김철수"])
    }

    @Test(arguments: cases)
    func theBagIsRefused(_ fixture: Case) throws {
        let cli = try protectedCase()
        let file = try cli.makeMetadataFile(fixture.format, fixture.name, fixture.fields)
        let added = try cli.run(["evidence", "add", file])
        #expect(added.status == 0, "\(added.stderr)")
        let before = try cli.databaseDump()
        let bag = cli.folder.appendingPathComponent("bag")
        let result = try cli.run(["export", "bagit", bag.path], environment: CLI.testPassphrase)
        #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
        #expect(
            result.errorLines == [
                "error: Stopped: the \(fixture.field) metadata of evidence item E-1 (\(fixture.name)) contains the protected real name of W-1. Nothing was written. Export a copy without its metadata instead ('casebook evidence strip-metadata E-1'), or, for a bag meant for a court under seal, add --include-identifying E-1, which is recorded in the custody log."
            ])
        #expect(!result.stderr.contains("Chol") && !result.stderr.contains("철수"))
        #expect(!FileManager.default.fileExists(atPath: bag.appendingPathComponent("data").path))
        #expect(try cli.databaseDump() == before)
    }

    @Test(arguments: [cases[0], cases[12], cases[19], cases[22]])
    func theJSONExportIsRefused(_ fixture: Case) throws {
        let cli = try protectedCase()
        #expect(
            try cli.run(["evidence", "add", try cli.makeMetadataFile(fixture.format, fixture.name, fixture.fields)]).status == 0)
        let out = cli.folder.appendingPathComponent("case.json")
        let result = try cli.run(["export", "json", out.path], environment: CLI.testPassphrase)
        #expect(result.status == 1)
        #expect(
            result.errorLines == [
                "error: Stopped: the \(fixture.field) metadata of evidence item E-1 (\(fixture.name)) contains the protected real name of W-1. Nothing was written. The JSON export carries the metadata of every item, so a copy without it does not help here. If the file stays within the team, add --allow W-1:name, which is recorded in the custody log."
            ])
        #expect(!FileManager.default.fileExists(atPath: out.path))
        // The advice works: with the waiver the file is written, and the waiver is logged.
        let allowed = try cli.run(["export", "json", out.path, "--allow", "W-1:name"], environment: CLI.testPassphrase)
        #expect(allowed.status == 0, "\(allowed.stderr)")
        #expect(try cli.sqlite("SELECT count(*) FROM custody_event WHERE action = 'leak-scan-waived'") == "1\n")
    }

    /// A file with more metadata fields than Casebook reads: the rest was not checked, and
    /// `evidence show` and both exports say so.
    @Test func metadataCutShortByACapIsReportedAtExport() throws {
        let cli = try protectedCase()
        var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        for index in 0..<450 {
            let data = Array("Note \(index)\u{0}value \(index)".utf8)
            png += (0..<4).map { UInt8((data.count >> (8 * (3 - $0))) & 0xFF) } + Array("tEXt".utf8) + data + [0, 0, 0, 0]
        }
        png += [0, 0, 0, 0] + Array("IEND".utf8) + [0, 0, 0, 0]
        let file = cli.folder.appendingPathComponent("many.png")
        try Data(png).write(to: file)
        #expect(try cli.run(["evidence", "add", file.path]).status == 0)
        let shown = try cli.run(["evidence", "show", "E-1"])
        #expect(shown.stdout.contains("Not fully read: only the first 400 fields of its metadata were read."))
        let warning =
            "warning: E-1 (many.png) could not be fully checked for witness identities: only the first 400 fields of its metadata were read."
        let bag = try cli.run(["export", "bagit", cli.folder.appendingPathComponent("bag").path], environment: CLI.testPassphrase)
        #expect(bag.status == 0, "\(bag.stderr)")
        #expect(bag.stderr.contains(warning), "\(bag.stderr)")
        let json = try cli.run(
            ["export", "json", cli.folder.appendingPathComponent("case.json").path], environment: CLI.testPassphrase)
        #expect(json.status == 0, "\(json.stderr)")
        #expect(json.stderr.contains(warning), "\(json.stderr)")
    }

    /// An item ingested before Casebook read metadata is read the first time an export needs it.
    @Test func anItemFromBeforeMetadataIsReadAtExport() throws {
        let cli = try protectedCase()
        #expect(
            try cli.run(["evidence", "add", try cli.makeMetadataFile("jpeg", "old.jpg", ["artist": "Kim Chol-su"])]).status == 0)
        try cli.sqlite("DELETE FROM evidence_metadata; DELETE FROM evidence_inspection;")
        let bag = cli.folder.appendingPathComponent("bag")
        let result = try cli.run(["export", "bagit", bag.path], environment: CLI.testPassphrase)
        #expect(result.status == 1)
        #expect(result.stderr.contains("the Artist (EXIF) metadata of evidence item E-1 (old.jpg)"))
        #expect(try cli.sqlite("SELECT name FROM evidence_metadata WHERE evidenceId = 1") == "Artist (EXIF)\n")
    }

    /// A bag for a court under seal may carry the item as it is; the inclusion is logged.
    @Test func includeIdentifyingLetsTheItemGoAndIsLogged() throws {
        let cli = try protectedCase()
        #expect(try cli.run(["evidence", "add", try cli.makeMetadataFile("jpeg", "p.jpg", ["artist": "Kim Chol-su"])]).status == 0)
        let bag = cli.folder.appendingPathComponent("bag")
        let result = try cli.run(
            ["export", "bagit", bag.path, "--include-identifying", "E-1"], environment: CLI.testPassphrase)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stderr.contains(
                "warning: E-1 (p.jpg) went into the bag with its metadata, which gives a person's name (Artist (EXIF))"))
        #expect(try cli.sqlite("SELECT count(*) FROM custody_event WHERE action = 'leak-scan-waived'") == "1\n")
    }
}
