import Foundation
import Testing

/// Issue 13, attacked as an adversary would: a witness's identity reaching the dossier by a road
/// the leak scan did not watch, and writes that were refused but left something behind.
@Suite("the ICC dossier under attack", .serialized)
struct DossierHostileInputTests {
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
            result = try cli.run([
                "dossier", "icc", "--format", format, "--out", out, "--allow-unverified", "--as-of", "2026-11-01",
            ])
            #expect(result.status == 1, "\(format): \(result.stdout) \(result.stderr)")
            #expect(result.stderr.contains("W-1") && result.stderr.contains("integrity warning"), "\(result.stderr)")
            #expect(!FileManager.default.fileExists(atPath: out))
        }
        // The warning itself still reaches the cover of every format when it names no one.
        _ = try cli.sqlite("UPDATE evidence_item SET originalName = 'market.txt' WHERE sha256 = '\(sha)'")
        for format in ["md", "html", "docx"] {
            let out = file(cli, "stamped.\(format)").path
            result = try cli.run([
                "dossier", "icc", "--format", format, "--out", out, "--allow-unverified", "--as-of", "2026-11-01",
            ])
            #expect(result.status == 0, "\(format): \(result.stderr)")
            let text =
                format == "docx"
                ? try cli.tool("unzip", ["-p", out, "word/document.xml"]).output
                : try String(contentsOfFile: out, encoding: .utf8)
            let warning = try #require(text.range(of: "NOT VERIFIED"), "\(format) has no warning")
            let firstHeading = text.range(of: "Executive summary")
            #expect(
                firstHeading.map { warning.lowerBound < $0.lowerBound } ?? false, "\(format): the warning is not on the first page")
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

    @Test("--no-leak-scan on a dossier the integrity check refuses records nothing; on one that is written, it is recorded")
    func skippedScanIsRecordedOnlyForAWrittenDossier() throws {
        var cli = try DossierTests.sampleCase()
        cli.environment.removeValue(forKey: "CASEBOOK_PASSPHRASE")
        // A stored object edited: the integrity check refuses the dossier.
        let hash = try cli.sqlite("SELECT sha256 FROM evidence_item ORDER BY id LIMIT 1").trimmingCharacters(
            in: .whitespacesAndNewlines)
        let object = cli.objectPath(hash)
        let original = try Data(contentsOf: URL(fileURLWithPath: object))
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: object)
        try (original + Data("tampered".utf8)).write(to: URL(fileURLWithPath: object))
        let before = try cli.databaseDump()
        let out = file(cli, "unscanned.md").path
        var result = try cli.run(["dossier", "icc", "--format", "md", "--out", out, "--no-leak-scan"])
        #expect(result.status == 1 && result.stderr.contains("integrity check"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out))
        #expect(try cli.databaseDump() == before, "a refused dossier left custody events behind")

        // Restored: written without the scan, and the skipped scan is in the log once.
        try original.write(to: URL(fileURLWithPath: object))
        try FileManager.default.setAttributes([.posixPermissions: 0o400], ofItemAtPath: object)
        result = try cli.run(["dossier", "icc", "--format", "md", "--out", out, "--no-leak-scan"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("WITHOUT checking it for witness identities"), "\(result.stderr)")
        #expect(
            try cli.sqlite(
                "SELECT count(*) FROM custody_event WHERE action = 'leak-scan-skipped' AND note LIKE 'The dossier written%'")
                == "1\n")
    }

    @Test("markup, template syntax and characters XML forbids in the case's data: shown as text, and the Word file still opens")
    func hostileCaseData() throws {
        let cli = try DossierTests.sampleCase()
        let hostile =
            "<script>alert(1)</script> {{title}} {{{title}}} ]]> <w:t>x</w:t> </svg> a|b \u{1}\u{7}\u{1B}[31mred\u{9B}2J \u{FFFF}\u{FFFE}\u{301} end"
        var result = try cli.run(["case", "set", "requests", hostile])
        #expect(result.status == 0, "\(result.stderr)")
        result = try cli.run([
            "incident", "update", "I-1", "--title", "Pipe | in <b>title</b> {{#cover}}x{{/cover}} \u{1B}]0;owned\u{7}",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        for format in ["md", "html", "docx"] {
            let out = file(cli, "hostile.\(format)").path
            result = try cli.run(["dossier", "icc", "--format", format, "--out", out, "--as-of", "2026-11-01"])
            #expect(result.status == 0, "\(format): \(result.stderr)")
        }
        let markdown = try String(contentsOfFile: file(cli, "hostile.md").path, encoding: .utf8)
        #expect(
            !markdown.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || (0x7F...0x9F).contains($0.value) },
            "the Markdown file holds control characters a terminal acts on")
        #expect(markdown.contains("{{title}}") && markdown.contains("a\\|b") && markdown.contains("Pipe \\| in"))
        let html = try String(contentsOfFile: file(cli, "hostile.html").path, encoding: .utf8)
        #expect(!html.contains("<script>alert") && html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!html.contains("<b>title</b>") && html.contains("{{#cover}}x{{/cover}}"))
        let script = """
            import sys, docx
            d = docx.Document(sys.argv[1])
            text = '\\n'.join(p.text for p in d.paragraphs)
            assert '<script>alert(1)</script> {{title}}' in text, 'requests not shown as text'
            print('ok')
            """
        let python = try cli.tool("python3", ["-c", script, file(cli, "hostile.docx").path])
        #expect(python.status == 0 && python.output.contains("ok"), "\(python.output)")
    }

    @Test("--expect-head: events cut from the end of the log, on a machine that never verified the case, refuse the dossier")
    func expectedHeadCatchesATruncatedLog() throws {
        let cli = try DossierTests.sampleCase()
        var result = try cli.run(["custody", "head"])
        #expect(result.status == 0, "\(result.stderr)")
        let head = String(try #require(result.stdout.firstMatch(of: /[0-9a-f]{64}/)?.0))
        let out = file(cli, "head.md").path
        // A malformed hash is refused before anything is done.
        var before = try cli.databaseDump()
        result = try cli.run(["dossier", "icc", "--format", "md", "--out", out, "--expect-head", "abc"])
        #expect(result.status == 2 && result.stderr.contains("--expect-head"), "\(result.stderr)")
        #expect(try cli.databaseDump() == before && !FileManager.default.fileExists(atPath: out))
        // The last event deleted with sqlite3, and the case opened where it was never verified.
        _ = try cli.sqlite("DELETE FROM custody_event WHERE sequence = (SELECT max(sequence) FROM custody_event)")
        let elsewhere = ["XDG_STATE_HOME": cli.folder.appendingPathComponent("other-machine").path]
        before = try cli.databaseDump()
        result = try cli.run(["dossier", "icc", "--format", "md", "--out", out, "--expect-head", head], environment: elsewhere)
        #expect(result.status == 1 && result.stderr.contains("no longer in the custody log"), "\(result.stderr)")
        #expect(try cli.databaseDump() == before && !FileManager.default.fileExists(atPath: out))
    }

    @Test(
        "an incident date changed with sqlite3 is reported with its incident by jurisdiction and the dossier, not as the user's typing"
    )
    func tamperedIncidentDate() throws {
        let cli = try DossierTests.sampleCase()
        _ = try cli.sqlite("UPDATE incident SET dateText = 'garbage' WHERE id = 1")
        let before = try cli.databaseDump()
        for args in [
            ["jurisdiction"], ["jurisdiction", "--json"],
            ["dossier", "icc", "--format", "md", "--out", file(cli, "bad-date.md").path],
        ] {
            let result = try cli.run(args)
            #expect(result.status == 3, "\(args): \(result.stderr)")
            #expect(
                result.stderr.contains("I-1") && result.stderr.contains("changed outside Casebook"), "\(args): \(result.stderr)")
        }
        #expect(try cli.databaseDump() == before && !FileManager.default.fileExists(atPath: file(cli, "bad-date.md").path))
    }

    @Test("a witness's name written into the workspace's own template stops the dossier, naming the template")
    func overrideTemplateIsScanned() throws {
        let cli = try DossierTests.sampleCase()
        let templates = cli.workspace.appendingPathComponent("templates")
        for (format, layout) in [("md", "layout.md"), ("html", "layout.html")] {
            try "{{<\(layout)}}\n{{$documentType}}Dossier prepared with Ryom Sol-gyong{{/documentType}}\n{{/\(layout)}}\n"
                .write(to: templates.appendingPathComponent("icc-dossier.\(format).mustache"), atomically: true, encoding: .utf8)
        }
        try FileManager.default.createDirectory(at: templates.appendingPathComponent("docx"), withIntermediateDirectories: true)
        try "<w:p><w:r><w:t>Ryom Sol-gyong</w:t></w:r></w:p>\n"
            .write(to: templates.appendingPathComponent("docx/footer.xml.mustache"), atomically: true, encoding: .utf8)
        let before = try cli.databaseDump()
        for format in ["md", "html", "docx"] {
            let out = file(cli, "template.\(format)").path
            let result = try cli.run(["dossier", "icc", "--format", format, "--out", out])
            #expect(
                result.status == 1 && result.stderr.contains("W-1") && result.stderr.contains("template"),
                "\(format): \(result.stderr)")
            #expect(!FileManager.default.fileExists(atPath: out))
        }
        #expect(try cli.databaseDump() == before)
    }

    @Test(
        "--out naming the case's own database, an evidence object or a key is refused even with --force, and the case stays whole")
    func caseFilesAreNeverReplaced() throws {
        let cli = try DossierTests.sampleCase()
        let hash = try cli.sqlite("SELECT sha256 FROM evidence_item ORDER BY id LIMIT 1").trimmingCharacters(
            in: .whitespacesAndNewlines)
        // The same places spelled through a symlinked folder, too.
        let alias = file(cli, "alias")
        try FileManager.default.createSymbolicLink(at: alias, withDestinationURL: cli.workspace)
        let targets = [
            cli.workspace.appendingPathComponent("casebook.sqlite").path,
            cli.workspace.appendingPathComponent("casebook.sqlite-wal").path,
            cli.objectPath(hash),
            cli.workspace.appendingPathComponent("evidence/objects/new-file").path,
            cli.workspace.appendingPathComponent("keys/x.key").path,
            alias.appendingPathComponent("casebook.sqlite").path,
        ]
        let before = try cli.databaseDump()
        for target in targets {
            let existed = FileManager.default.fileExists(atPath: target)
            let original = existed ? try Data(contentsOf: URL(fileURLWithPath: target)) : nil
            let result = try cli.run(["dossier", "icc", "--format", "md", "--out", target, "--force"])
            #expect(result.status == 2 && result.stderr.contains("one of a case's own files"), "\(target): \(result.stderr)")
            let now = try? Data(contentsOf: URL(fileURLWithPath: target))
            if target.hasSuffix("casebook.sqlite") {
                // SQLite may touch its own file when the case is opened: it must still be the database.
                #expect(now?.prefix(15) == Data("SQLite format 3".utf8), "\(target) is no longer the database")
            } else {
                #expect(existed ? now == original : now == nil, "\(target) was changed")
            }
        }
        #expect(try cli.databaseDump() == before)
        #expect(try cli.run(["verify"]).status == 0)
        // The workspace's out/ folder is still the place for documents.
        let result = try cli.run([
            "dossier", "icc", "--format", "md", "--out", cli.workspace.appendingPathComponent("out/d.md").path,
        ])
        #expect(result.status == 0, "\(result.stderr)")
    }

    @Test("the transcript of a testimony whose witness did not consent to ICC use is not cited, in the annex or a footnote")
    func transcriptOfAWithheldTestimony() throws {
        let cli = try DossierTests.sampleCase()
        // T-1's witness (W-4) consented to being named, not to ICC use; E-1 holds T-1's transcript,
        // and the sample records it so. Unlinked, E-1 is cited like any item.
        #expect(
            try cli.sqlite(
                "SELECT witness.consent FROM testimony JOIN witness ON witness.id = testimony.witnessId WHERE testimony.id = 1")
                == "named\n")
        #expect(try cli.sqlite("SELECT transcriptId FROM testimony WHERE id = 1") == "1\n")
        #expect(try cli.run(["testimony", "update", "T-1", "--transcript", ""]).status == 0)
        let out = file(cli, "before.md").path
        var result = try cli.run(["dossier", "icc", "--format", "md", "--out", out, "--as-of", "2026-11-01"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            try String(contentsOfFile: out, encoding: .utf8).contains("| E-1 |"),
            "the sample no longer cites E-1: choose another item")
        #expect(try cli.run(["testimony", "update", "T-1", "--transcript", "E-1"]).status == 0)
        let linked = file(cli, "linked.md").path
        result = try cli.run(["dossier", "icc", "--format", "md", "--out", linked, "--as-of", "2026-11-01"])
        #expect(result.status == 0, "\(result.stderr)")
        let text = try String(contentsOfFile: linked, encoding: .utf8)
        #expect(!text.contains("| E-1 |") && !text.contains("E-1 ("), "the withheld testimony's transcript is cited")
    }
}
