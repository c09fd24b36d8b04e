import Foundation
import Testing

/// Issue 13, attacked as an adversary would: a witness's identity reaching the dossier by a road
/// the leak scan did not watch, and writes that were refused but left something behind.
@Suite("the ICC dossier under attack", .serialized)
struct DossierAdversaryTests {
    func file(_ cli: CLI, _ name: String) -> URL { cli.folder.appendingPathComponent(name) }

    @Test("an unverified dossier's cover warning that quotes a file named after a witness is stopped by the leak scan")
    func unverifiedWarningIsScanned() throws {
        let cli = try DossierTests.sampleCase()
        // A file whose name is W-1's sealed name (fictional): verify's problem message quotes it.
        let named = try cli.makeFile("Ryom Sol-gyong notes.txt", Array("notes about the market\n".utf8))
        var result = try cli.run(["evidence", "add", named, "--description", "Market notes"])
        #expect(result.status == 0, "\(result.stderr)")
        let sha = String(try #require(result.stdout.firstMatch(of: /sha256 ([0-9a-f]{64})/)?.1))
        try FileManager.default.removeItem(atPath: cli.objectPath(sha))
        for format in ["md", "html", "docx"] {
            let out = file(cli, "unverified.\(format)").path
            result = try cli.run(["dossier", "icc", "--format", format, "--out", out, "--allow-unverified", "--as-of", "2026-11-01"])
            #expect(result.status == 1, "\(format): \(result.stdout) \(result.stderr)")
            #expect(result.stderr.contains("W-1") && result.stderr.contains("integrity warning"), "\(result.stderr)")
            #expect(!FileManager.default.fileExists(atPath: out))
        }
        // The warning itself still reaches the cover of every format when it names no one.
        _ = try cli.sqlite("UPDATE evidence_item SET originalName = 'market.txt' WHERE sha256 = '\(sha)'")
        for format in ["md", "html", "docx"] {
            let out = file(cli, "stamped.\(format)").path
            result = try cli.run(["dossier", "icc", "--format", format, "--out", out, "--allow-unverified", "--as-of", "2026-11-01"])
            #expect(result.status == 0, "\(format): \(result.stderr)")
            let text = format == "docx"
                ? try cli.tool("unzip", ["-p", out, "word/document.xml"]).output
                : try String(contentsOfFile: out, encoding: .utf8)
            let warning = try #require(text.range(of: "NOT VERIFIED"), "\(format) has no warning")
            let firstHeading = text.range(of: "Executive summary")
            #expect(firstHeading.map { warning.lowerBound < $0.lowerBound } ?? false, "\(format): the warning is not on the first page")
        }
    }

    @Test("--force onto a folder is refused before anything is recorded, and a symlink is replaced, never followed")
    func outputPathTricks() throws {
        let cli = try DossierTests.sampleCase()
        let folder = file(cli, "dossier.md")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        let before = try cli.databaseDump()
        var result = try cli.run(["dossier", "icc", "--format", "md", "--out", folder.path, "--force"])
        #expect(result.status == 2 && result.stderr.contains("is a folder"), "\(result.stderr)")
        #expect(try cli.databaseDump() == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: cli.folder.path).allSatisfy { !$0.contains(".casebook-") })

        // A symlink to the case database, written over with --force: the link is replaced, the database untouched.
        let database = cli.workspace.appendingPathComponent("casebook.sqlite")
        let databaseBytes = try Data(contentsOf: database)
        let link = file(cli, "link.md")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: database)
        result = try cli.run(["dossier", "icc", "--format", "md", "--out", link.path, "--force", "--as-of", "2026-11-01"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try FileManager.default.attributesOfItem(atPath: link.path)[.type] as? FileAttributeType == .typeRegular)
        #expect(try String(contentsOf: link, encoding: .utf8).contains("Executive summary"))
        // The database grew by the write's custody events, but is still a database, not a dossier.
        #expect(try Data(contentsOf: database).prefix(16) == databaseBytes.prefix(16))
        #expect(try cli.run(["verify"]).status == 0)
    }
}
