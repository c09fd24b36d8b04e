import Foundation
import Testing

/// Issue 13: `casebook dossier icc` on the sample case, in every format, reproducible byte for
/// byte, with an evidence annex anyone can check, and every bad input refused with nothing written.
@Suite("the ICC dossier", .serialized)
struct DossierTests {
    static let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("evidence/sample").path

    /// The sample case built by `casebook demo` in a fresh folder, as the workspace of `cli`.
    static func sampleCase() throws -> CLI {
        var cli = try CLI()
        cli.environment["CASEBOOK_HANDLER"] = "tester"
        cli.environment["CASEBOOK_PASSPHRASE"] = "casebook-demo"
        let result = try cli.run(["demo", "--out", "case", "--sample", sample], cwd: cli.folder)
        #expect(result.status == 0, "\(result.stderr)")
        return cli
    }

    func file(_ cli: CLI, _ name: String) -> URL { cli.folder.appendingPathComponent(name) }

    @Test(
        "every format is written, reproducible with --as-of, recorded in the custody log, and its annex hashes match the stored files"
    )
    func dossierOnTheSample() throws {
        let cli = try Self.sampleCase()
        func count(_ sql: String) throws -> Int { Int(try cli.sqlite(sql).trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1 }
        let before = try count("SELECT count(*) FROM custody_event")
        let accessedBefore = try count("SELECT count(*) FROM custody_event WHERE action = 'accessed'")
        var printed = ""
        for format in ["md", "html", "docx"] {
            let out = file(cli, "dossier.\(format)").path
            var result = try cli.run(["dossier", "icc", "--format", format, "--out", out, "--as-of", "2026-11-01"])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains("Wrote the dossier to \(out)"))
            printed = result.stdout
            let first = try Data(contentsOf: URL(fileURLWithPath: out))
            let sha = try cli.tool("sha256sum", [out]).output.prefix(64)
            #expect(result.stdout.contains("SHA-256: \(sha)"), "\(result.stdout)")
            #expect(
                try cli.sqlite("SELECT count(*) FROM custody_event WHERE action = 'document-written' AND note LIKE '%\(sha)%'")
                    == "1\n")
            // Written again over itself: the same bytes.
            result = try cli.run(["dossier", "icc", "--format", format, "--out", out, "--as-of", "2026-11-01"])
            #expect(result.status == 2 && result.stderr.contains("already exists"), "\(result.stderr)")
            result = try cli.run(["dossier", "icc", "--format", format, "--out", out, "--as-of", "2026-11-01", "--force"])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(try Data(contentsOf: URL(fileURLWithPath: out)) == first, "\(format) differs between two writes")
        }
        // Each write of each format: one `accessed` event per cited evidence item, and the document's own.
        let accessed = try count("SELECT count(*) FROM custody_event WHERE action = 'accessed'") - accessedBefore
        let citedEvidence = Int(try #require(printed.firstMatch(of: /\((\d+) evidence items?\)/)?.1)) ?? 0
        #expect(citedEvidence > 0 && accessed == 6 * citedEvidence, "\(accessed) accessed events for \(citedEvidence) items")
        // Plus the document's own event and the integrity check's before each write, and for each of the
        // two Word writes (a filing) the event of its work notes written beside it.
        #expect(try count("SELECT count(*) FROM custody_event") == before + 6 * (citedEvidence + 2) + 2)

        let markdown = try String(contentsOf: file(cli, "dossier.md"), encoding: .utf8)
        for heading in [
            "Executive summary", "Methodology and sources", "Jurisdiction", "Contextual elements", "Crimes alleged",
            "Alleged perpetrators and modes of liability", "Admissibility", "Victims and witness protection", "Requests",
            "Annex A: Evidence index", "Annex B: Witnesses", "Annex C: Interviews cited", "Annex D: Incidents", "Annex E: Glossary",
            "Statement of facts",
        ] {
            #expect(markdown.contains(heading), "no section \(heading)")
        }
        #expect(markdown.contains("13(b)"))
        #expect(markdown.contains("No source yet") || markdown.contains("no source yet"))
        // The jurisdiction section states the facts and the law; the advice `casebook jurisdiction`
        // gives the team (the sample has date ranges across 1 July 2002) stays out of the filing.
        let advice = try cli.run(["jurisdiction"], cwd: cli.folder.appendingPathComponent("case"))
        #expect(advice.stdout.contains("Record a more precise date to settle it."), "\(advice.stdout.prefix(400))")
        for sentence in ["Record a more precise date", "Charge the conduct", "Record the date of the part", "[verify"] {
            #expect(!markdown.contains(sentence), "the dossier carries the work note \(sentence)")
        }
        // Every hash in the annex is the SHA-256 of a stored object.
        let hashes = Set(markdown.matches(of: /\| ([0-9a-f]{64}) \|/).map { String($0.1) })
        #expect(!hashes.isEmpty)
        for hash in hashes {
            let stored = try cli.tool("sha256sum", [cli.objectPath(hash)])
            #expect(stored.output.hasPrefix(hash), "the annex's \(hash) is not the stored file's hash")
        }
        // The HTML stands alone: no scripts, no linked stylesheets, fonts or pictures from elsewhere.
        let html = try String(contentsOf: file(cli, "dossier.html"), encoding: .utf8)
        #expect(!html.contains("<script") && !html.contains("<link") && !html.contains("src=\"http") && !html.contains("url(http"))
        #expect(html.contains("<svg") && html.contains("@page"))
        // Footnotes cite testimonies by witness number and interview date.
        #expect(markdown.contains(#/T-\d+ \(W-\d+, interview \d{4}-\d{2}-\d{2}\)/#))

        // The Word file opens in python-docx with heading styles, tables and footnotes.
        let script = """
            import sys, zipfile, docx
            d = docx.Document(sys.argv[1])
            styles = {p.style.name for p in d.paragraphs}
            assert 'Heading 1' in styles, styles
            assert len(d.tables) > 3
            print(d.tables[0].rows[0].cells[0].text)
            notes = zipfile.ZipFile(sys.argv[1]).read('word/footnotes.xml').decode()
            assert 'interview' in notes
            print('ok')
            """
        let python = try cli.tool("python3", ["-c", script, file(cli, "dossier.docx").path])
        #expect(python.status == 0 && python.output.contains("ok"), "\(python.output)")
    }

    @Test("a dossier dated before today does not change when the case is checked again today")
    func asOfBeforeToday() throws {
        let cli = try Self.sampleCase()
        let out = file(cli, "dated.md").path
        var result = try cli.run(["dossier", "icc", "--format", "md", "--out", out, "--as-of", "2026-01-15"])
        #expect(result.status == 0, "\(result.stderr)")
        let first = try Data(contentsOf: URL(fileURLWithPath: out))
        // The demo verified today; a dossier dated earlier reports no check after its date.
        #expect(!(try String(contentsOfFile: out, encoding: .utf8)).contains("found everything intact was on"))
        #expect(try cli.run(["verify"]).status == 0)
        result = try cli.run(["dossier", "icc", "--format", "md", "--out", out, "--as-of", "2026-01-15", "--force"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: out)) == first)
    }

    @Test("bad input is refused with one clear line and nothing is written")
    func badInput() throws {
        var cli = try Self.sampleCase()
        let out = file(cli, "d.md").path
        func refused(_ args: [String], status: Int32 = 2, _ message: String, sourceLocation: SourceLocation = #_sourceLocation)
            throws
        {
            let before = try cli.databaseDump()
            let result = try cli.run(["dossier", "icc", "--format", "md", "--out", out] + args)
            #expect(try cli.databaseDump() == before, "\(args) changed the case", sourceLocation: sourceLocation)
            #expect(result.status == status, "\(args): \(result.stderr)", sourceLocation: sourceLocation)
            #expect(result.stderr.contains(message), "\(args): \(result.stderr)", sourceLocation: sourceLocation)
            #expect(result.errorLines.count == 1, "\(result.stderr)", sourceLocation: sourceLocation)
            #expect(!FileManager.default.fileExists(atPath: out), sourceLocation: sourceLocation)
        }
        try refused(["--crime", "tortur"], "torture")
        try refused(["--actor", "A-999"], "A-999")
        try refused(["--from", "2030"], "No allegation matches")
        try refused(["--from", "2014", "--to", "2010"], "after its end")
        try refused(["--as-of", "2026-13"], "--as-of")
        let missing = file(cli, "no-such-folder/d.md").path
        var result = try cli.run(["dossier", "icc", "--out", missing])
        #expect(result.status == 2 && result.stderr.contains("does not exist"), "\(result.stderr)")

        // A template with a Mustache syntax error: the file and line.
        let templates = cli.workspace.appendingPathComponent("templates")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        try Data("# {{title}}\n\n{{#sections}}\n{{title}\n".utf8).write(
            to: templates.appendingPathComponent("icc-dossier.md.mustache"))
        try refused([], "icc-dossier.md.mustache")
        try FileManager.default.removeItem(at: templates)

        // A tampered evidence file: refused, unless the team accepts it, and then the cover says so.
        let object = cli.workspace.appendingPathComponent("evidence/objects/" + (try cli.storedObjects()[0])).path
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: object)
        try Data("tampered".utf8).write(to: URL(fileURLWithPath: object))
        try refused([], status: 1, "integrity check found")
        result = try cli.run(["dossier", "icc", "--format", "md", "--out", out, "--allow-unverified"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try String(contentsOfFile: out, encoding: .utf8).contains("NOT VERIFIED"))

        // An empty case.
        cli = try CLI()
        try cli.makeCase()
        result = try cli.run(["dossier", "icc", "--format", "md", "--out", file(cli, "e.md").path])
        #expect(result.status == 2 && result.stderr.contains("no allegations"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: file(cli, "e.md").path))
    }

    @Test("a witness's name anywhere in the dossier stops it: nothing written, the witness and field named")
    func leakScan() throws {
        let cli = try Self.sampleCase()
        let out = file(cli, "leak.html").path
        // W-1's sealed name (fictional), in its Hangul-free romanised form, written into an incident's title.
        var result = try cli.run(["incident", "update", "I-1", "--title", "Public execution seen by Ryom Sol-gyong"])
        #expect(result.status == 0, "\(result.stderr)")
        let before = try cli.databaseDump()
        result = try cli.run(["dossier", "icc", "--format", "html", "--out", out])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("W-1"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out))
        #expect(try cli.databaseDump() == before)
        // Without the passphrase the dossier cannot be checked, so it is not written.
        result = try cli.run(["dossier", "icc", "--format", "html", "--out", out], environment: ["CASEBOOK_PASSPHRASE": ""])
        #expect(result.status != 0)
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test("the binary finds its templates when copied elsewhere (they are compiled in)")
    func installedBinary() throws {
        var cli = try Self.sampleCase()
        let installed = cli.folder.appendingPathComponent("bin/casebook")
        try FileManager.default.createDirectory(at: installed.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: CLI.binary, to: installed)
        cli.prefix = [installed.path]
        let out = file(cli, "installed.docx").path
        let result = try cli.run(["dossier", "icc", "--format", "docx", "--out", out])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: out))
    }

    @Test("a perpetrator-centred dossier covers one actor's allegations only")
    func perpetratorCentred() throws {
        let cli = try Self.sampleCase()
        let out = file(cli, "actor.md").path
        let result = try cli.run(["dossier", "icc", "--format", "md", "--out", out, "--actor", "A-21", "--as-of", "2026-11-01"])
        #expect(result.status == 0, "\(result.stderr)")
        let text = try String(contentsOfFile: out, encoding: .utf8)
        #expect(text.contains("(A-21)"))
        #expect(text.contains("Limited to allegations against"))
        // Its methodology counts only the interviews its allegations rest on, not the whole case's 42.
        let counted = try #require(text.firstMatch(of: /The information comes from (\d+) interviews? with (\d+) witness/))
        #expect((Int(counted.1) ?? 0) > 0 && (Int(counted.1) ?? 42) < 42, "\(counted.0)")
        let protection = try #require(text.firstMatch(of: /The dossier draws on the accounts of (\d+) witness/))
        #expect(protection.1 == counted.2, "one count of witnesses: \(protection.0) / \(counted.0)")
    }
}
