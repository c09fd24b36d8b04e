import Foundation
import Testing

/// `evidence strip-metadata`: a copy without the metadata, linked to the original by hash, logged
/// in the custody log, and checked by reading it back.
@Suite("evidence strip-metadata")
struct StripMetadataTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let format: String
        let name: String
        let fields: [String: String]
        /// Byte strings the copy must no longer hold.
        let gone: [String]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            format: "jpeg", name: "IMG_3001.jpg",
            fields: [
                "artist": "Kim Chol-su", "gps": "40.1,128.2", "creator": "Pak Young-hee", "byline": "Lee Min",
                "comment": "Chongjin",
                "usercomment": "Hoeryong",
            ], gone: ["Kim Chol-su", "Exif", "http://ns.adobe.com", "Photoshop", "Pak Young-hee", "Lee Min", "Chongjin"]),
        Case(
            format: "jpeg", name: "IMG_3002.jpg", fields: ["description": "Kim Chol-su", "gps": "40.1,128.2", "big": "1"],
            gone: ["Kim Chol-su", "Exif"]),
        Case(
            format: "png", name: "shot.png",
            fields: ["author": "Kim Chol-su", "description": "Hyesan", "creator": "Pak", "artist": "Lee", "gps": "41,128"],
            gone: ["Kim Chol-su", "tEXt", "zTXt", "iTXt", "eXIf", "tIME"]),
        Case(
            format: "docx", name: "statement.docx",
            fields: ["creator": "Kim Chol-su", "lastmod": "Pak Young-hee", "company": "Field NGO", "manager": "Lee Min"],
            gone: []),
        // Photos inside a Word file keep their EXIF unless each is stripped too.
        Case(format: "docx", name: "photos.docx", fields: ["creator": "Field NGO", "media": "Kim Chol-su"], gone: []),
    ]

    func makeCase() throws -> CLI {
        var cli = try CLI()
        cli.environment["CASEBOOK_HANDLER"] = "kim"
        try cli.makeCase()
        #expect(try cli.run(["key", "generate", "--handler", "kim"]).status == 0)
        return cli
    }

    @Test(arguments: cases)
    func theCopyHasNoMetadataAndIsLinkedAndLogged(_ fixture: Case) throws {
        let cli = try makeCase()
        let file = try cli.makeMetadataFile(fixture.format, fixture.name, fixture.fields)
        #expect(try cli.run(["evidence", "add", file]).status == 0)
        let originalHash = try cli.recordedHash(1)
        let out = cli.folder.appendingPathComponent("clean-" + fixture.name)
        let result = try cli.run(["evidence", "strip-metadata", "E-1", "--out", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        let copyHash = try cli.recordedHash(2)
        #expect(result.stdout.contains("added it as E-2, a copy of E-1"))
        #expect(result.stdout.contains("Original E-1: sha256 \(originalHash)"))
        #expect(result.stdout.contains("Copy E-2:     sha256 \(copyHash)"))
        #expect(result.stdout.contains("Removed: "))
        // Read back by Casebook: no metadata at all.
        let json = try cli.run(["evidence", "show", "E-2", "--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((object["metadata"] as? [Any])?.isEmpty == true)
        #expect(object["metadataFlags"] == nil)
        // And by bytes: no trace of what was removed, and the file is still of its kind.
        let bytes = try cli.bytes(of: out.path)
        for text in fixture.gone { #expect(bytes.range(of: Data(text.utf8)) == nil, "\(text)") }
        let check = try cli.tool(
            "python3",
            [
                "-c",
                """
                import sys, zipfile
                d = open(sys.argv[1], 'rb').read()
                for name in [b'Kim Chol-su', b'Pak Young-hee', b'Lee Min']: assert name not in d, name
                if d[:2] == b'\\xff\\xd8': assert d.endswith(b'\\xff\\xd9') and b'\\xff\\xda' in d and b'ICC_PROFILE' in d
                elif d[:4] == b'\\x89PNG': assert b'IDAT' in d and d.endswith(b'IEND\\xaeB`\\x82')
                else:
                    z = zipfile.ZipFile(sys.argv[1])
                    assert z.testzip() is None
                    every = b''.join(z.read(n) for n in z.namelist())
                    for name in [b'Kim Chol-su', b'Pak Young-hee', b'Lee Min', b'Field NGO']: assert name not in every, name
                    assert b'Exif' not in every and b'tEXt' not in every
                    for n in z.namelist():
                        if n.endswith('.jpeg'): assert z.read(n)[:2] == b'\\xff\\xd8' and z.read(n).endswith(b'\\xff\\xd9'), n
                        if n.endswith('.png'): assert b'IDAT' in z.read(n), n
                    assert b'The statement.' in z.read('word/document.xml')
                    assert b'<Application>' in z.read('docProps/app.xml')
                """,
                out.path,
            ])
        #expect(check.status == 0, "\(check.output)")
        // Linked to the original, logged, and the case still verifies.
        #expect(try cli.sqlite("SELECT redactedFromId FROM evidence_item WHERE id = 2") == "1\n")
        let logged = try cli.sqlite("SELECT evidenceId, note FROM custody_event WHERE action = 'metadata-stripped'")
        #expect(logged.hasPrefix("2|copy of E-1 (sha256 \(originalHash)) without its metadata; removed: "))
        #expect(!logged.contains("Kim Chol-su"))
        #expect(try cli.run(["custody", "log", "E-2"]).stdout.contains("metadata-stripped E-2"))
        let verify = try cli.run(["verify"])
        #expect(verify.status == 0, "\(verify.stdout)")
        // The original is untouched.
        #expect(try cli.recordedHash(1) == originalHash)
        // (The photos inside a Word file are not listed by `evidence show`; its own properties are.)
        #expect(
            try cli.run(["evidence", "show", "E-1"]).stdout.contains(fixture.fields["media"] == nil ? "Kim Chol-su" : "Field NGO"))
    }

    @Test func theDefaultPlaceIsTheWorkspaceOutFolder() throws {
        let cli = try makeCase()
        #expect(try cli.run(["evidence", "add", try cli.makeMetadataFile("jpeg", "p.jpg", ["artist": "A"])]).status == 0)
        let result = try cli.run(["evidence", "strip-metadata", "E-1"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: cli.workspace.appendingPathComponent("out/E-1-no-metadata.jpg").path))
    }

    @Test(arguments: [("pdf", "r.pdf", "PDF document"), ("tiff", "s.tif", "TIFF image")])
    func formatsItCannotRewriteAreRefused(_ format: String, _ name: String, _ words: String) throws {
        let cli = try makeCase()
        #expect(
            try cli.run(["evidence", "add", try cli.makeMetadataFile(format, name, ["author": "A", "artist": "A"])]).status == 0)
        let before = try cli.databaseDump()
        let out = cli.folder.appendingPathComponent("copy")
        let result = try cli.run(["evidence", "strip-metadata", "E-1", "--out", out.path])
        #expect(result.status == 2)
        #expect(result.errorLines.count == 1)
        #expect(result.stderr.contains("Casebook cannot yet remove metadata from a \(words) such as E-1. Nothing was written."))
        #expect(!FileManager.default.fileExists(atPath: out.path))
        #expect(try cli.databaseDump() == before)
    }

    /// The copy never goes among the case's own files (a template would break the next dossier).
    @Test(arguments: ["templates/new.html.mustache", "redaction-terms.txt", "keys/x.jpg", "evidence/x.jpg"])
    func theCaseOwnFilesAreRefusedAsTheCopy(_ target: String) throws {
        let cli = try makeCase()
        #expect(try cli.run(["evidence", "add", try cli.makeMetadataFile("jpeg", "p.jpg", ["artist": "A"])]).status == 0)
        let before = try cli.databaseDump()
        let out = cli.workspace.appendingPathComponent(target)
        let result = try cli.run(["evidence", "strip-metadata", "E-1", "--out", out.path])
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("is one of a case's own files"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
        #expect(try cli.databaseDump() == before)
    }

    @Test func aFileWithoutMetadataIsRefused() throws {
        let cli = try makeCase()
        #expect(try cli.run(["evidence", "add", try cli.makeMetadataFile("jpeg", "bare.jpg")]).status == 0)
        #expect(try cli.run(["evidence", "add", try cli.makeMetadataFile("text", "t.txt", ["text": "hello"])]).status == 0)
        for id in ["E-1", "E-2"] {
            let before = try cli.databaseDump()
            let out = cli.folder.appendingPathComponent("copy-\(id)")
            let result = try cli.run(["evidence", "strip-metadata", id, "--out", out.path])
            #expect(result.status == 2)
            #expect(result.stderr.contains("\(id) carries no metadata that Casebook reads"))
            #expect(result.stderr.contains("Nothing was written."))
            #expect(!FileManager.default.fileExists(atPath: out.path))
            #expect(try cli.databaseDump() == before)
        }
    }
}
