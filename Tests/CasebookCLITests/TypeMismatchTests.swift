import Foundation
import Testing

/// A file's type by its content and by its name: a disagreement is warned of at ingest and named
/// by `evidence show`, and a transcript behind a JPEG header is still scanned at export.
@Suite("type by content and by name")
struct TypeMismatchTests {
    @Test func aTranscriptBehindAJPEGHeaderIsWarnedOfAndScanned() throws {
        let cli = try CLI.protectedCase(["--name", "Kim Chol-su"])
        let file = try cli.makeMetadataFile(
            "disguised", "notes.txt", ["text": "The witness Kim Chol-su said the guards came at night."])
        let added = try cli.run(["evidence", "add", file])
        #expect(added.status == 0)
        #expect(
            added.stderr.contains(
                "warning: E-1 notes.txt: its content is text behind the header of a JPEG image, and its name says text. Casebook reads its metadata by its content, and the leak scan reads it as text."
            ))
        #expect(
            try cli.run(["evidence", "show", "E-1"]).stdout.contains(
                "Type warning:  its content is text behind the header of a JPEG image, and its name says text."))
        #expect(try cli.run(["evidence", "list"]).stdout.contains("type?"))
        let bag = cli.folder.appendingPathComponent("bag")
        let result = try cli.run(["export", "bagit", bag.path], environment: CLI.testPassphrase)
        #expect(result.status == 1)
        #expect(result.stderr.contains("Stopped: evidence item E-1 (notes.txt) contains the protected real name of W-1."))
        #expect(!FileManager.default.fileExists(atPath: bag.appendingPathComponent("data").path))
    }

    /// Both the signature and the name say JPEG, but what follows the signature is a transcript.
    @Test(arguments: ["fake.jpg", "recording.mp3", "noname"])
    func textBehindAPhotoHeaderWithAPhotoNameIsStillScanned(_ name: String) throws {
        let cli = try CLI.protectedCase(["--name", "Kim Chol-su"])
        let file = try cli.makeMetadataFile(
            "disguised", name, ["text": "The witness Kim Chol-su said the guards came at night, and more besides."])
        let added = try cli.run(["evidence", "add", file])
        #expect(added.status == 0)
        #expect(added.stderr.contains("its content is text behind the header of a JPEG image"), "\(added.stderr)")
        #expect(try cli.run(["evidence", "list"]).stdout.contains("type?"))
        let bag = cli.folder.appendingPathComponent("bag")
        let result = try cli.run(["export", "bagit", bag.path], environment: CLI.testPassphrase)
        #expect(result.status == 1)
        #expect(result.stderr.contains("evidence item E-1 (\(name)) contains the protected real name of W-1"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: bag.appendingPathComponent("data").path))
    }

    /// A UTF-16 transcript under a photo's name is read to its end: a NUL character early in it
    /// does not hide the name after it.
    @Test func utf16TextUnderAPhotoNameIsReadPastANul() throws {
        let cli = try CLI.protectedCase(["--name", "Kim Chol-su"])
        let text = "Notes\u{0}: Kim Chol-su spoke first."
        let bytes: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let file = cli.folder.appendingPathComponent("scan.jpg")
        try Data(bytes).write(to: file)
        #expect(try cli.run(["evidence", "add", file.path]).status == 0)
        let result = try cli.run(
            ["export", "bagit", cli.folder.appendingPathComponent("bag").path], environment: CLI.testPassphrase)
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("evidence item E-1 (scan.jpg) contains the protected real name of W-1"), "\(result.stderr)")
    }

    @Test func aPhotoNameOnPlainTextIsWarnedOfAndScanned() throws {
        let cli = try CLI.protectedCase(["--name", "Kim Chol-su"])
        let file = try cli.makeMetadataFile("text", "photo.jpg", ["text": "Statement of Kim Chol-su"])
        let added = try cli.run(["evidence", "add", file])
        #expect(added.stderr.contains("warning: E-1 photo.jpg: its content is text but its name says a JPEG image."))
        let result = try cli.run(
            ["export", "bagit", cli.folder.appendingPathComponent("bag").path], environment: CLI.testPassphrase)
        #expect(result.status == 1)
        #expect(result.stderr.contains("evidence item E-1 (photo.jpg) contains the protected real name of W-1"))
    }

    @Test func agreeingFilesAreNotWarnedOf() throws {
        var cli = try CLI()
        cli.environment["CASEBOOK_HANDLER"] = "kim"
        try cli.makeCase()
        try cli.makeMetadataFile("jpeg", "in/a.jpg", ["artist": "A"])
        try cli.makeMetadataFile("png", "in/b.png", ["author": "B"])
        try cli.makeMetadataFile("docx", "in/c.docx", ["creator": "C"])
        try cli.makeMetadataFile("pdf", "in/d.pdf", ["author": "D"])
        try cli.makeMetadataFile("text", "in/e.txt", ["text": "plain"])
        try cli.makeRandomFile("in/f.jpg", size: 5000)
        let added = try cli.run(["evidence", "add", "--recursive", cli.folder.appendingPathComponent("in").path])
        #expect(added.status == 0)
        #expect(added.stderr.isEmpty, "\(added.stderr)")
        let rows = try cli.run(["evidence", "list"]).stdout.split(separator: "\n").prefix(7)
        #expect(rows.count == 7)
        #expect(!rows.contains { $0.contains("type?") })
    }
}
