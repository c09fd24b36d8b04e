import Foundation
import Testing

/// `matrix --format html` draws the matrix as one self-contained page: a grid per crime, cells
/// coloured by status with their counts and sources, leak-scanned and logged like every file
/// that leaves the case.
@Suite("the proof matrix as a page", .serialized)
struct ProofMatrixPageTests {
    @Test func theSampleCasesPageHasAGridPerCrimeWithStatusCountsAndSources() throws {
        let cli = try DossierTests.sampleCase()
        let out = cli.folder.appendingPathComponent("matrix.html").path
        let result = try cli.run(["matrix", "--format", "html", "--out", out])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Wrote the proof matrix page to \(out)"), "\(result.stdout)")
        let page = try String(contentsOfFile: out, encoding: .utf8)
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        #expect(page.contains("<h2>Murder (art. 7(1)(a))</h2>"))
        #expect(page.contains("<th title=\"The perpetrator caused the death of one or more people.\">murder.1</th>"))
        #expect(page.contains("class=\"cell meets\""))
        #expect(page.contains("class=\"cell insufficient\""))
        #expect(page.contains("class=\"cell gap\""))
        #expect(page.contains("3 src, 1 ind., 1 f-h; C2"), "AL-1 murder.1: three citations of one witness")
        #expect(
            page.contains(
                "T-1 testimony of Witness 04, 2013-01-01, p. 1, para. 2: ‘Three people shot before an assembled crowd; attendance compulsory.’ [first-hand; C2] — the witness saw it happen"
            ))
        #expect(
            page.contains(
                "<s>T-31 testimony of Witness 04, 2013-07-15, para. 7: ‘The guards said the orders came from the centre.’ [hearsay; C4] — orders came from above</s> (withdrawn by the witness: para. 7, In her follow-up interview"
            ))
        #expect(page.contains("@page { size: A4 landscape;"))
        // Self-contained: nothing fetched from elsewhere.
        for external in ["<script", "<link", "src=", "url(", "http://", "https://"] {
            #expect(!page.contains(external), "the page refers to \(external)")
        }
        #expect(
            try cli.sqlite(
                "SELECT count(*) FROM custody_event WHERE action = 'document-written' AND note LIKE 'The proof matrix page written to matrix.html%'"
            ) == "1\n")
        // The same filters as the matrix.
        let murder = cli.folder.appendingPathComponent("murder.html").path
        #expect(try cli.run(["matrix", "--format", "html", "--crime", "murder", "--out", murder]).status == 0)
        let filtered = try String(contentsOfFile: murder, encoding: .utf8)
        #expect(filtered.contains("<h2>Murder") && !filtered.contains("<h2>Torture"))
        #expect(filtered.contains(": Murder</p>"))
    }

    @Test func aNameOnThePageOrABadTargetStopsItAndNothingIsWritten() throws {
        let cli = try DossierTests.sampleCase()
        let out = cli.folder.appendingPathComponent("matrix.html").path
        let noFormat = try cli.run(["matrix", "--out", out])
        #expect(noFormat.status == 64 || noFormat.status == 2, "\(noFormat.stderr)")
        #expect(noFormat.stderr.contains("--format html"), "\(noFormat.stderr)")
        #expect(try cli.run(["incident", "update", "I-1", "--title", "Public execution seen by Ryom Sol-gyong"]).status == 0)
        let before = try cli.databaseDump()
        let leak = try cli.run(["matrix", "--format", "html", "--out", out])
        #expect(leak.status == 1, "\(leak.stderr)")
        #expect(leak.stderr.contains("W-1"), "\(leak.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out))
        #expect(try cli.databaseDump() == before)
        #expect(try cli.run(["incident", "update", "I-1", "--title", "Public execution"]).status == 0)
        #expect(try cli.run(["matrix", "--format", "html", "--out", out]).status == 0)
        let again = try cli.run(["matrix", "--format", "html", "--out", out])
        #expect(again.status == 2 && again.stderr.contains("already exists"), "\(again.stderr)")
        #expect(try cli.run(["matrix", "--format", "html", "--out", out, "--force"]).status == 0)
        // Another case's database is never written over, even with --force.
        let other = cli.folder.appendingPathComponent("other")
        #expect(try cli.run(["init", other.path, "--title", "Other"]).status == 0)
        let database = other.appendingPathComponent("casebook.sqlite").path
        let clobber = try cli.run(["matrix", "--format", "html", "--out", database, "--force"])
        #expect(clobber.status == 2 && clobber.stderr.contains("is one of a case's own files"), "\(clobber.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: database)).prefix(15) == Data("SQLite format 3".utf8))
    }
}
