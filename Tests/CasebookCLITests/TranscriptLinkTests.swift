import Foundation
import Testing

/// A testimony's transcript (an evidence item) is recorded with `testimony add/update --transcript`
/// or an evidence sheet's `transcript_of` column, so that documents withhold it wherever they
/// withhold the testimony.
@Suite("a testimony's transcript")
struct TranscriptLinkTests {
    /// A case with W-1, T-1 (and its allegation), T-2 and two evidence items, E-1 and E-2.
    func caseWithEvidence() throws -> CLI {
        var cli = try CLI()
        cli.environment["CASEBOOK_HANDLER"] = "kim"
        try cli.makeSampleCase()
        #expect(try cli.run(["testimony", "add", "--witness", "W-1", "--date", "2019-06-10"]).status == 0)
        for name in ["interview-1.txt", "interview-2.txt"] {
            let path = try cli.makeFile(name, Array("Transcript \(name), by pseudonym only.\n".utf8))
            let result = try cli.run(["evidence", "add", path])
            #expect(result.status == 0, "\(result.stderr)")
        }
        return cli
    }

    func transcriptIds(_ cli: CLI) throws -> String {
        try cli.sqlite("SELECT id || ':' || ifnull(transcriptId, '-') FROM testimony ORDER BY id")
    }

    @Test("update --transcript links the item, show prints it, and the history keeps it")
    func linkWithUpdate() throws {
        let cli = try caseWithEvidence()
        let result = try cli.run(["testimony", "update", "T-1", "--transcript", "E-2"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Transcript set to \"E-2\"."), "\(result.stdout)")
        #expect(try transcriptIds(cli) == "1:2\n2:-\n")
        let shown = try cli.run(["testimony", "show", "T-1"])
        #expect(
            shown.stdout.split(separator: "\n").contains { $0.hasPrefix("Transcript:") && $0.hasSuffix(" E-2") }, "\(shown.stdout)")
        let json = try cli.run(["testimony", "show", "T-1", "--json"])
        #expect(json.stdout.contains("\"transcript\" : \"E-2\""), "\(json.stdout)")
        let history = try cli.run(["history", "T-1"]).stdout.split(separator: "\n").map {
            $0.split(separator: " ").joined(separator: " ")
        }
        #expect(history.contains { $0.hasSuffix(" kim transcript (empty) E-2") }, "\(history)")
        // The same value again changes nothing.
        #expect(try cli.run(["testimony", "update", "T-1", "--transcript", "E-2"]).stdout.hasPrefix("Nothing changed"))
    }

    @Test("add --transcript links the new testimony's transcript")
    func linkWithAdd() throws {
        let cli = try caseWithEvidence()
        let result = try cli.run(["testimony", "add", "--witness", "W-1", "--date", "2020", "--transcript", "E-1"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try transcriptIds(cli) == "1:-\n2:-\n3:1\n")
        #expect(try cli.run(["testimony", "show", "T-3"]).stdout.contains("E-1"))
    }

    @Test("an empty --transcript clears the link, and the history says so")
    func clear() throws {
        let cli = try caseWithEvidence()
        #expect(try cli.run(["testimony", "update", "T-2", "--transcript", "E-1"]).status == 0)
        let result = try cli.run(["testimony", "update", "T-2", "--transcript", ""])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Transcript cleared (it was \"E-1\")."), "\(result.stdout)")
        #expect(try transcriptIds(cli) == "1:-\n2:-\n")
        #expect(!(try cli.run(["testimony", "show", "T-2"]).stdout.contains("Transcript:")))
        let history = try cli.run(["history", "T-2"]).stdout.split(separator: "\n").map {
            $0.split(separator: " ").joined(separator: " ")
        }
        #expect(history.contains { $0.hasSuffix(" kim transcript E-1 (empty)") }, "\(history)")
        // Once cleared, the item may be another testimony's transcript.
        #expect(try cli.run(["testimony", "update", "T-1", "--transcript", "E-1"]).status == 0)
        #expect(try transcriptIds(cli) == "1:1\n2:-\n")
    }

    @Test("an unknown item, a record of another kind, or another testimony's transcript is refused and nothing changes")
    func refused() throws {
        let cli = try caseWithEvidence()
        #expect(try cli.run(["testimony", "update", "T-1", "--transcript", "E-1"]).status == 0)
        let before = try cli.databaseDump()
        func refuses(_ args: [String], _ message: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
            let result = try cli.run(args)
            #expect(result.status == 2, "\(args): status \(result.status)", sourceLocation: sourceLocation)
            #expect(result.stderr.contains(message), "\(args): \(result.stderr)", sourceLocation: sourceLocation)
            #expect(try cli.databaseDump() == before, "\(args) changed the case", sourceLocation: sourceLocation)
        }
        try refuses(["testimony", "update", "T-2", "--transcript", "E-9"], "There is no evidence item E-9 in this case.")
        try refuses(["testimony", "update", "T-2", "--transcript", "T-1"], "--transcript")
        try refuses(["testimony", "update", "T-2", "--transcript", "E-1"], "E-1 is already the transcript of T-1")
        try refuses(
            ["testimony", "update", "T-2", "--transcript", "E-1", "--place", "Seoul"], "E-1 is already the transcript of T-1")
        try refuses(
            ["testimony", "add", "--witness", "W-1", "--date", "2020", "--transcript", "E-1"],
            "E-1 is already the transcript of T-1")
        try refuses(
            ["testimony", "add", "--witness", "W-1", "--date", "2020", "--transcript", "E-7"],
            "There is no evidence item E-7 in this case.")
        // The database itself refuses a second testimony with the same transcript.
        let database = cli.workspace.appendingPathComponent("casebook.sqlite").path
        let raw = try cli.tool("sqlite3", [database, "UPDATE testimony SET transcriptId = 1 WHERE id = 2"])
        #expect(raw.status != 0 && raw.output.contains("UNIQUE constraint failed"), "\(raw.output)")
        #expect(try cli.databaseDump() == before)
    }

    @Test("an evidence sheet's transcript_of column links each item to its testimony")
    func importColumn() throws {
        let cli = try ImportTests.makeCase()
        #expect(try cli.run(["testimony", "add", "--witness", "W-1", "--date", "2020"]).status == 0)
        try ImportTests.write(cli, "one.txt", "Transcript one.\n")
        try ImportTests.write(cli, "two.txt", "Transcript two.\n")
        try ImportTests.write(cli, "photo.txt", "Not a transcript.\n")
        // By external id (T1) and by id (T-2); an empty cell links nothing.
        try ImportTests.write(
            cli, "evidence.csv",
            "external_id,path,kind,transcript_of\nEV1,one.txt,transcript,T1\nEV2,two.txt,transcript,T-2\nEV3,photo.txt,image,\n")
        let result = try cli.run(["import", "evidence.csv"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try transcriptIds(cli) == "1:1\n2:2\n")
        #expect(try cli.run(["history", "T-1"]).stdout.contains("transcript"))
        // Again: nothing changes.
        let before = try cli.databaseDump()
        let again = try cli.run(["import", "evidence.csv"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("0 added, 0 updated, 3 unchanged"), "\(again.stdout)")
        #expect(try cli.databaseDump() == before)
    }

    @Test("a transcript_of naming no testimony, one with another transcript, or one named twice is refused and nothing changes")
    func importRefused() throws {
        let cli = try ImportTests.makeCase()
        #expect(try cli.run(["testimony", "add", "--witness", "W-1", "--date", "2020"]).status == 0)
        try ImportTests.write(cli, "one.txt", "Transcript one.\n")
        try ImportTests.write(cli, "two.txt", "Transcript two.\n")
        try ImportTests.write(cli, "first.csv", "external_id,path,transcript_of\nEV1,one.txt,T1\n")
        #expect(try cli.run(["import", "first.csv", "--kind", "evidence"]).status == 0)
        let before = try cli.databaseDump()
        let bad: [(String, String)] = [
            (
                "path,transcript_of\ntwo.txt,T9\n",
                "evidence.csv:2: transcript_of: 'T9' is neither the external id nor the id of a testimony"
            ),
            ("path,transcript_of\ntwo.txt,T-7\n", "evidence.csv:2: transcript_of: there is no testimony T-7"),
            ("path,transcript_of\ntwo.txt,T1\n", "evidence.csv:2: transcript_of: T-1 already has its transcript E-1"),
            (
                "external_id,path,transcript_of\nEV1,one.txt,T-2\n",
                "evidence.csv:2: transcript_of: E-1 is already the transcript of T-1"
            ),
            ("path,transcript_of\ntwo.txt,T-2\none.txt,T-2\n", "evidence.csv:3: transcript_of: T-2 is already named by line 2"),
        ]
        for (text, message) in bad {
            try ImportTests.write(cli, "evidence.csv", text)
            let result = try cli.run(["import", "evidence.csv"])
            #expect(result.status == 2, "\(text): status \(result.status)")
            #expect(result.stderr.contains(message), "\(text): \(result.stderr)")
            #expect(try cli.databaseDump() == before, "\(text) changed the case")
        }
    }

    /// Every E-n the file cites or lists.
    static func evidenceCited(_ path: String) throws -> Set<String> {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let regex = try NSRegularExpression(pattern: #"\bE-[0-9]+\b"#)
        return Set(
            regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { match in
                Range(match.range, in: text).map { String(text[$0]) }
            })
    }

    /// The transcripts (E-n) of testimonies whose witness's consent has none of `scopes`, read back with sqlite3.
    static func withheldTranscripts(_ cli: CLI, scopes: [String]) throws -> Set<String> {
        let rows = try cli.sqlite(
            "SELECT 'E-' || testimony.transcriptId || '|' || witness.consent FROM testimony JOIN witness ON witness.id = testimony.witnessId WHERE testimony.transcriptId IS NOT NULL"
        )
        return Set(
            rows.split(separator: "\n").compactMap { row in
                let parts = row.split(separator: "|", omittingEmptySubsequences: false)
                let consent = Set(parts[1].split(separator: ",").map(String.init))
                return consent.isDisjoint(with: scopes) ? String(parts[0]) : nil
            })
    }

    @Test("on the sample, neither the ICC dossier nor the UPR submission cites the transcript of a testimony it withholds")
    func sampleDocuments() throws {
        let cli = try DossierTests.sampleCase()
        // The sample links every "Transcript of the interview of DATE (PLACE)" item to its testimony.
        let linked = try cli.sqlite(
            "SELECT count(*) FROM evidence_item JOIN testimony ON testimony.transcriptId = evidence_item.id WHERE evidence_item.description = 'Transcript of the interview of ' || testimony.dateText || ' (' || testimony.place || ')'"
        )
        #expect(linked == "20\n")
        let dossier = cli.folder.appendingPathComponent("dossier.md").path
        var result = try cli.run(["dossier", "icc", "--format", "md", "--out", dossier, "--as-of", "2026-11-01"])
        #expect(result.status == 0, "\(result.stderr)")
        let iccWithheld = try Self.withheldTranscripts(cli, scopes: ["icc-evidence"])
        #expect(!iccWithheld.isEmpty, "the sample withholds no transcript from the dossier: the test proves nothing")
        let dossierCites = try Self.evidenceCited(dossier)
        #expect(dossierCites.contains("E-3"), "the dossier no longer cites the transcript of a consenting witness")
        #expect(
            dossierCites.isDisjoint(with: iccWithheld), "cited though withheld: \(dossierCites.intersection(iccWithheld).sorted())")

        let submission = cli.folder.appendingPathComponent("submission.md").path
        result = try cli.run([
            "upr", "submission", "--state", "KP", "--cycle", "4", "--as-of", "2024-11-01", "--format", "md", "--out", submission,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let uprWithheld = try Self.withheldTranscripts(cli, scopes: ["upr", "public"])
        #expect(!uprWithheld.isEmpty)
        let submissionCites = try Self.evidenceCited(submission)
        #expect(
            submissionCites.isDisjoint(with: uprWithheld),
            "cited though withheld: \(submissionCites.intersection(uprWithheld).sorted())")
    }
}
