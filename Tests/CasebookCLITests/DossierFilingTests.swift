import Foundation
import Testing

/// A dossier as filed keeps the team's work notes out (no "No source yet", no points to answer,
/// no empty mode elements) and writes them to a Markdown file beside it; the Word format is a
/// filing by default, the others a working copy unless asked.
@Suite("a filing, not a work file", .serialized)
struct DossierFilingTests {
    @Test("the Word dossier is a filing by default; its work notes are written beside it and recorded")
    func theWordDossierIsAFiling() throws {
        let cli = try DossierTests.sampleCase()
        let out = cli.folder.appendingPathComponent("dossier.docx").path
        let notes = cli.folder.appendingPathComponent("dossier.work-notes.md").path
        let before = try cli.sqlite("SELECT count(*) FROM custody_event WHERE action = 'document-written'")
        let result = try cli.run(["dossier", "icc", "--format", "docx", "--out", out, "--as-of", "2026-11-01"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("A filing: the team's work notes (not for filing) are in \(notes)."), "\(result.stdout)")
        let body = try cli.tool("unzip", ["-p", out, "word/document.xml"]).output
        for note in [
            "No source yet", "Point to answer", "Linkage evidence: no source yet", "No source is cited for it", "no source yet",
            "attributed yet", "Not yet linked",
        ] {
            #expect(!body.contains(note), "the filing carries the work note \(note)")
        }
        #expect(body.contains("Statement of facts") && body.contains("Alleged by inference"))
        let written = try String(contentsOfFile: notes, encoding: .utf8)
        #expect(written.contains("# Work notes (internal): Sample case"))
        #expect(written.contains("**Elements with no source yet**"))
        #expect(written.contains("no source yet for AL-"))
        #expect(written.contains("**Points of law to answer before filing**"))
        // Both files are recorded: the dossier and its work notes.
        let after = try cli.sqlite("SELECT count(*) FROM custody_event WHERE action = 'document-written'")
        #expect(
            (Int(after.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0)
                == (Int(before.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0) + 2)
        let noteSHA = try cli.tool("sha256sum", [notes]).output.prefix(64)
        #expect(
            try cli.sqlite("SELECT count(*) FROM custody_event WHERE action = 'document-written' AND note LIKE '%\(noteSHA)%'")
                == "1\n")
    }

    @Test("Markdown is a working copy unless --filing; --working-copy keeps the notes in a Word file; bad combinations refused")
    func workingCopyAndFilingOnRequest() throws {
        let cli = try DossierTests.sampleCase()
        let md = cli.folder.appendingPathComponent("dossier.md").path
        var result = try cli.run(["dossier", "icc", "--format", "md", "--out", md, "--as-of", "2026-11-01"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try String(contentsOfFile: md, encoding: .utf8).contains("No source yet"))
        #expect(!FileManager.default.fileExists(atPath: cli.folder.appendingPathComponent("dossier.work-notes.md").path))
        let filed = cli.folder.appendingPathComponent("filed.md").path
        result = try cli.run(["dossier", "icc", "--format", "md", "--out", filed, "--as-of", "2026-11-01", "--filing"])
        #expect(result.status == 0, "\(result.stderr)")
        let text = try String(contentsOfFile: filed, encoding: .utf8)
        #expect(!text.contains("No source yet") && !text.contains("Point to answer"))
        #expect(FileManager.default.fileExists(atPath: cli.folder.appendingPathComponent("filed.work-notes.md").path))
        let docx = cli.folder.appendingPathComponent("work.docx").path
        result = try cli.run(["dossier", "icc", "--format", "docx", "--out", docx, "--as-of", "2026-11-01", "--working-copy"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try cli.tool("unzip", ["-p", docx, "word/document.xml"]).output.contains("No source yet"))
        // Refused with nothing written: both flags; a work-notes file already there without --force.
        let dump = try cli.databaseDump()
        result = try cli.run(["dossier", "icc", "--format", "docx", "--filing", "--working-copy"])
        #expect(result.status == 2 && result.stderr.contains("Give --filing or --working-copy, not both."), "\(result.stderr)")
        let again = cli.folder.appendingPathComponent("again.md").path
        try Data("the team's own notes".utf8).write(to: cli.folder.appendingPathComponent("again.work-notes.md"))
        result = try cli.run(["dossier", "icc", "--format", "md", "--out", again, "--filing", "--as-of", "2026-11-01"])
        #expect(result.status == 2 && result.stderr.contains("already exists"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: again))
        #expect(
            try String(contentsOf: cli.folder.appendingPathComponent("again.work-notes.md"), encoding: .utf8)
                == "the team's own notes")
        #expect(try cli.databaseDump() == dump)
    }
}

/// The gravity figures count the incidents on the route the dossier asks for: by default those the
/// Prosecutor could take up on her own initiative, the others listed with their route.
@Suite("the gravity figures' scope", .serialized)
struct GravityScopeTests {
    @Test("proprio motu by default: gravity counts the art. 12(2) incidents, the rest listed in Annex F; --scope all counts all")
    func gravityCountsTheRouteAskedFor() throws {
        let cli = try DossierTests.sampleCase()
        let out = cli.folder.appendingPathComponent("dossier.md").path
        var result = try cli.run(["dossier", "icc", "--format", "md", "--out", out, "--as-of", "2026-11-01"])
        #expect(result.status == 0, "\(result.stderr)")
        var text = try String(contentsOfFile: out, encoding: .utf8)
        let routes = try #require(
            text.firstMatch(of: /a State Party's territory or nationality \(art\. 12\(2\)\): (\d+) incidents?/))
        let reachable = Int(routes.1) ?? 0
        #expect(reachable > 0)
        #expect(
            text.contains(
                "The gravity figures count only the incidents the Prosecutor could take up proprio motu, on the Prosecutor's own initiative (art. 15)"
            ))
        #expect(text.contains("| Scale | \(reachable) incidents with"), "\(text.prefix(0))")
        #expect(text.contains("## Annex F: Incidents outside the route of this communication"))
        #expect(text.contains("only a Security Council referral (art. 13(b))"))
        #expect(text.contains("are listed in Annex F with their route."))
        result = try cli.run([
            "dossier", "icc", "--format", "md", "--out", out, "--as-of", "2026-11-01", "--scope", "all", "--force",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        text = try String(contentsOfFile: out, encoding: .utf8)
        #expect(text.contains("The gravity figures count every incident of this dossier"))
        #expect(text.contains("| Scale | 35 incidents with"))
        #expect(!text.contains("Annex F"))
        // An unknown scope: the choices, exit 2, nothing written.
        let dump = try cli.databaseDump()
        let other = cli.folder.appendingPathComponent("other.md").path
        result = try cli.run(["dossier", "icc", "--format", "md", "--out", other, "--scope", "referral"])
        #expect(result.status == 2 && result.stderr.contains("proprio-motu") && result.stderr.contains("all"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: other))
        // Proprio motu asked for where no incident qualifies (A-7's camps are all in the DPRK): said, not a table of zeros.
        result = try cli.run(["dossier", "icc", "--format", "md", "--out", other, "--actor", "A-7", "--scope", "proprio-motu"])
        #expect(
            result.status == 2 && result.stderr.contains("is one the Prosecutor could take up proprio motu"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: other))
        #expect(try cli.databaseDump() == dump)
    }
}
