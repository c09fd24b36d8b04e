import Foundation
import Testing

/// Issue 14 §2–§5: `casebook upr submission` on the sample case, in every format, under its word
/// limit and reproducible byte for byte; the limit enforced with the words per section; `upr
/// count` agreeing with an independent count by python-docx; and `report progress`.
@Suite("the UPR submission and the progress report", .serialized)
struct UPRSubmissionTests {
    static let base = [
        "upr", "submission", "--state", "KP", "--cycle", "4", "--session", "47", "--as-of", "2024-04-01",
    ]

    func file(_ cli: CLI, _ name: String) -> URL { cli.folder.appendingPathComponent(name) }

    /// "Words: 595 of 2815." → (595, 2815).
    func words(_ stdout: String) throws -> (words: Int, limit: Int) {
        let match = try #require(stdout.firstMatch(of: /Words: (\d+) of (\d+)/), "no word count in: \(stdout)")
        return (try #require(Int(match.1)), try #require(Int(match.2)))
    }

    @Test("every format is written under the limit, byte-identical with the same --as-of, and recorded in the custody log")
    func submissionOnTheSample() throws {
        let cli = try DossierTests.sampleCase()
        var counted: [String: Int] = [:]
        for format in ["md", "html", "docx"] {
            let out = file(cli, "submission.\(format)").path
            let written = try cli.sqlite("SELECT count(*) FROM custody_event WHERE action = 'document-written'")
            var result = try cli.run(Self.base + ["--format", format, "--out", out])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains("Wrote the UPR submission to \(out)"))
            let (words, limit) = try words(result.stdout)
            #expect(limit == 2815)
            #expect(words > 300 && words <= limit, "\(words) words")
            counted[format] = words
            let first = try Data(contentsOf: URL(fileURLWithPath: out))
            let sha = try cli.tool("sha256sum", [out]).output.prefix(64)
            #expect(result.stdout.contains("SHA-256: \(sha)"))
            // One event more, with the file's SHA-256 (the demo wrote the same bytes already: two events name it).
            #expect(
                Int(try cli.sqlite("SELECT count(*) FROM custody_event WHERE action = 'document-written'").dropLast())
                    == (Int(written.dropLast()) ?? 0) + 1)
            #expect(
                try cli.sqlite("SELECT count(*) FROM custody_event WHERE action = 'document-written' AND objectSha256 = '\(sha)'")
                    == "2\n")
            let demo = cli.folder.appendingPathComponent("case/out/upr-submission-KP-cycle4.\(format)")
            #expect(try Data(contentsOf: demo) == first, "the demo's \(format) and this one differ")
            result = try cli.run(Self.base + ["--format", format, "--out", out, "--force"])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(try Data(contentsOf: URL(fileURLWithPath: out)) == first, "\(format) differs between two writes")
        }
        #expect(Set(counted.values).count == 1, "the formats count differently: \(counted)")

        let markdown = try String(contentsOf: file(cli, "submission.md"), encoding: .utf8)
        for heading in [
            "Executive summary", "Methodology", "Follow-up of previous recommendations", "New developments since the last review",
            "Recommendations", "Annex: Recommendations followed up",
        ] {
            #expect(markdown.contains("## \(heading)"), "no section \(heading)")
        }
        // Previous recommendations cited as the Working Group report numbers them, grouped by theme.
        #expect(markdown.contains("### Food"))
        #expect(
            markdown.contains("**126.45 (Peru), A/HRC/42/10** (supported). Our assessment (2024-03-31): **unclear**"))
        #expect(markdown.contains("as recommended previously (126.31, Germany)"))
        #expect(markdown.contains("Key words:"))
        #expect(markdown.contains("1. This submission follows up 6 of the 12 recommendations"))
        // New developments: incidents in the DPRK since the third review, with their sources as endnotes.
        #expect(markdown.contains("Detention of people forcibly returned from China"))
        #expect(!markdown.contains("Persecution of women traders"), "an incident before the third review is reported")
        #expect(!markdown.contains("Abduction of a defector from Seoul"), "an incident outside the State is reported")
        #expect(
            markdown.contains(#/\[\^\d+\]: Interview with a (woman|man) who left [A-Za-z ]+ in \d{4}, conducted in Seoul, \d{4}/#))
        // The SMART findings are for the team: printed, not in the document.
        #expect(!markdown.contains("action verb"))
        // Only testimonies whose witnesses consented to UPR or public use are cited.
        // The endnotes name no internal id: the custody log keeps which records they stand for.
        let key = try cli.sqlite(
            "SELECT note FROM custody_event WHERE action = 'document-written' AND note LIKE '%submission.md,%' ORDER BY sequence DESC LIMIT 1"
        )
        let cited = Set(key.matches(of: #/\b(T-\d+)\b/#).map { String($0.1) })
        #expect(!cited.isEmpty)
        for testimony in cited {
            let consent = try cli.sqlite(
                "SELECT w.consent FROM testimony t JOIN witness w ON w.id = t.witnessId WHERE t.id = \(testimony.dropFirst(2))")
            #expect(consent.contains("upr") || consent.contains("public"), "\(testimony) cited with consent '\(consent)'")
        }

        // `upr count` counts the written files as the writer did.
        for format in ["md", "docx"] {
            let result = try cli.run(["upr", "count", file(cli, "submission.\(format)").path, "--json"])
            #expect(result.status == 0, "\(result.stderr)")
            let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
            #expect(json?["words"] as? Int == counted[format], "\(format): \(result.stdout)")
            let sections = json?["sections"] as? [[String: Any]] ?? []
            #expect(sections.map { $0["title"] as? String ?? "" }.contains("Follow-up of previous recommendations"))
            #expect(!sections.contains { ($0["title"] as? String ?? "").hasPrefix("Annex") }, "the annex is counted")
        }
    }

    @Test("the count agrees within 1% with python-docx's own count of the Word file")
    func pythonDocxAgrees() throws {
        let cli = try DossierTests.sampleCase()
        let out = file(cli, "submission.docx").path
        let written = try cli.run(Self.base + ["--format", "docx", "--out", out])
        #expect(written.status == 0, "\(written.stderr)")
        let (words, _) = try words(written.stdout)
        // An independent count: python-docx walks the body in order; the cover (everything before the
        // first "Heading 1") and the annex (from an "Annex Heading") are skipped; every endnote counts.
        // A word is a run between spaces with a letter or a digit in it: a lone dash (" — ") is not one.
        let script = #"""
            import re, sys, zipfile
            import docx
            from docx.table import Table
            def count(text): return len([w for w in text.split() if any(c.isalnum() for c in w)])
            d = docx.Document(sys.argv[1])
            words, counting = 0, False
            for block in d.iter_inner_content():
                if isinstance(block, Table):
                    if counting:
                        words += sum(count(p.text) for row in block.rows for cell in row.cells for p in cell.paragraphs)
                    continue
                if block.style.name == "Heading 1": counting = True
                elif block.style.name == "Annex Heading": counting = False
                if counting: words += count(block.text)
            xml = zipfile.ZipFile(sys.argv[1]).read("word/endnotes.xml").decode("utf-8")
            for note in re.findall(r'<w:endnote w:id="\d+">(.*?)</w:endnote>', xml, re.S):
                words += count(" ".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", note)))
            print(words)
            """#
        let python = try cli.tool("python3", ["-c", script, out])
        #expect(python.status == 0, "\(python.output)")
        let independent = try #require(Int(python.output.trimmingCharacters(in: .whitespacesAndNewlines)), "\(python.output)")
        #expect(abs(independent - words) * 100 <= words, "Casebook counts \(words), python-docx \(independent)")
        // The Word file has numbered paragraphs and endnotes.
        let parts = try cli.tool("unzip", ["-p", out, "word/document.xml"]).output
        #expect(parts.contains("<w:numId w:val=\"1\"/>") && parts.contains("<w:endnoteReference"))
    }

    @Test(
        "over the limit: exit 1 with the total, the limit and each section's words longest first, and nothing written; --draft stamps the cover"
    )
    func overTheLimit() throws {
        let cli = try DossierTests.sampleCase()
        let out = file(cli, "over.md").path
        let before = try cli.sqlite("SELECT count(*) FROM custody_event")
        var result = try cli.run(Self.base + ["--format", "md", "--out", out, "--word-limit", "200"])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("over the limit of 200"), "\(result.stderr)")
        #expect(result.stderr.contains("nothing was written"))
        #expect(result.errorLines.count == 1, "\(result.stderr)")
        let breakdown = try #require(result.stderr.firstMatch(of: /longest first: (.*?)\. Shorten/)).1
        let lines = breakdown.split(separator: "; ").compactMap { $0.firstMatch(of: /^(.+) ([\d,]+)$/) }
        #expect(
            lines.map { String($0.1) }.sorted() == [
                "Executive summary", "Follow-up of previous recommendations", "Methodology",
                "New developments since the last review", "Recommendations",
            ])
        let sizes = lines.compactMap { Int($0.2.replacingOccurrences(of: ",", with: "")) }
        #expect(sizes == sizes.sorted(by: >), "not longest first: \(sizes)")
        let total = try #require(result.stderr.firstMatch(of: /has ([\d,]+) words/)).1.replacingOccurrences(of: ",", with: "")
        #expect(Int(total) == sizes.reduce(0, +))
        #expect(!FileManager.default.fileExists(atPath: out))
        #expect(try cli.sqlite("SELECT count(*) FROM custody_event") == before)

        result = try cli.run(Self.base + ["--format", "md", "--out", out, "--word-limit", "200", "--draft"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("OVER THE LIMIT"))
        #expect(result.stderr.contains("over the limit of 200"))
        let markdown = try String(contentsOf: URL(fileURLWithPath: out), encoding: .utf8)
        let stamp = try #require(markdown.range(of: "DRAFT — OVER WORD LIMIT"))
        #expect(stamp.lowerBound < (markdown.range(of: "## Executive summary")?.lowerBound ?? markdown.startIndex))
        let docx = file(cli, "over.docx").path
        #expect(try cli.run(Self.base + ["--format", "docx", "--out", docx, "--word-limit", "200", "--draft"]).status == 0)
        #expect(try cli.tool("unzip", ["-p", docx, "word/document.xml"]).output.contains("DRAFT — OVER WORD LIMIT"))
        // Exactly at the limit: written, with a warning from 95%.
        result = try cli.run(Self.base + ["--format", "md", "--out", file(cli, "full.md").path, "--word-limit", total])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stderr.contains("WARNING: The submission has") && result.stderr.contains("100% of the limit"), "\(result.stderr)"
        )
    }

    @Test("a huge --word-limit is accepted: the file is written with no 95% warning, and the command does not crash")
    func hugeWordLimit() throws {
        let cli = try DossierTests.sampleCase()
        let out = file(cli, "huge.md").path
        let result = try cli.run(Self.base + ["--format", "md", "--out", out, "--word-limit", "\(Int.max)"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try words(result.stdout).limit == Int.max)
        #expect(!result.stderr.contains("of the limit"), "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: out))
    }

    @Test("an assessment made after --as-of is not in the submission or the progress report: the same date gives the same file")
    func laterAssessmentIsNotReported() throws {
        let cli = try DossierTests.sampleCase()
        func write(_ name: String) throws -> (submission: Data, report: Data) {
            let submission = file(cli, "\(name).md")
            let report = file(cli, "\(name)-progress.md")
            let written = try cli.run(Self.base + ["--format", "md", "--out", submission.path])
            #expect(written.status == 0, "\(written.stderr)")
            let progress = try cli.run(["report", "progress", "--format", "md", "--out", report.path, "--as-of", "2024-11-01"])
            #expect(progress.status == 0, "\(progress.stderr)")
            return (try Data(contentsOf: submission), try Data(contentsOf: report))
        }
        let before = try write("before")
        let assessed = try cli.run([
            "recommendation", "assess", "R-18", "--status", "implemented", "--note", "Assessed after the filing.", "--date",
            "2025-06-01",
        ])
        #expect(assessed.status == 0, "\(assessed.stderr)")
        let after = try write("after")
        #expect(after.submission == before.submission)
        #expect(after.report == before.report)
        #expect(!String(decoding: after.submission, as: UTF8.self).contains("Assessed after the filing."))
    }

    @Test("a joint submission lists the partners and has the joint limit")
    func jointSubmission() throws {
        let cli = try DossierTests.sampleCase()
        let out = file(cli, "joint.md").path
        let result = try cli.run(Self.base + ["--format", "md", "--out", out, "--joint", "--partners", "Alpha Watch, Beta Rights"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try words(result.stdout).limit == 5630)
        let markdown = try String(contentsOf: URL(fileURLWithPath: out), encoding: .utf8)
        #expect(markdown.contains("**Partner:** Alpha Watch"))
        #expect(markdown.contains("**Partner:** Beta Rights"))
        #expect(markdown.contains("1. This is a joint submission of Casebook demo, Alpha Watch and Beta Rights."))
    }

    @Test("bad input is refused with a clear message and nothing is written")
    func badInput() throws {
        let cli = try DossierTests.sampleCase()
        let out = file(cli, "bad.md").path
        let before = try cli.sqlite("SELECT count(*) FROM custody_event")
        func refused(_ args: [String], _ message: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
            let result = try cli.run(
                ["upr", "submission", "--cycle", "4", "--as-of", "2024-11-01", "--format", "md", "--out", out] + args)
            #expect(result.status == 2, "\(args): status \(result.status), \(result.stderr)", sourceLocation: sourceLocation)
            #expect(result.stderr.contains(message), "\(args): \(result.stderr)", sourceLocation: sourceLocation)
            #expect(!FileManager.default.fileExists(atPath: out), sourceLocation: sourceLocation)
        }
        try refused(
            ["--state", "FR"],
            "There is nothing to submit about France (FR): the case records no incident there between 2020-11-01 and 2024-11-01")
        try refused(["--state", "XX"], "'XX' is not a country code Casebook knows")
        try refused(["--state", "KP", "--word-limit", "0"], "The word limit must be a positive number of words, not 0.")
        try refused(["--state", "KP", "--word-limit=-5"], "The word limit must be a positive number of words, not -5.")
        try refused(["--state", "KP", "--partners", "Alpha Watch"], "Partners are named only for a joint submission")
        try refused(["--state", "KP", "--joint"], "A joint submission lists every organisation submitting it")
        try refused(["--state", "KP", "--from", "2024", "--to", "2020"], "is after its end")
        #expect(try cli.sqlite("SELECT count(*) FROM custody_event") == before)
        let count = try cli.run(["upr", "count", file(cli, "missing.docx").path])
        #expect(count.status == 2 && count.stderr.contains("There is no file"), "\(count.stderr)")
        try Data("not a zip".utf8).write(to: file(cli, "broken.docx"))
        let broken = try cli.run(["upr", "count", file(cli, "broken.docx").path])
        #expect(broken.status == 2 && broken.stderr.contains("is not a Word file"), "\(broken.stderr)")
    }

    @Test("a witness's real name in a new development stops the submission; nothing is written")
    func leakScanStopsAWitnessName() throws {
        let cli = try DossierTests.sampleCase()
        let added = try cli.run([
            "incident", "add", "--title", "Arrest of a trader", "--date", "2022-03", "--country", "KP", "--place", "Hyesan",
            "--description", "Ryom Sol-gyong saw the arrest.",
        ])
        #expect(added.status == 0, "\(added.stderr)")
        // A development is reported with its sources (one with none is left out).
        let linked = try cli.run([
            "link", "--source", "T-43", "--incident", "I-36", "--crime", "imprisonment", "--element", "imprisonment.1",
        ])
        #expect(linked.status == 0, "\(linked.stderr)")
        let out = file(cli, "leak.md").path
        let result = try cli.run([
            "upr", "submission", "--state", "KP", "--cycle", "4", "--as-of", "2024-11-01", "--format", "md", "--out", out,
        ])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(
            result.stderr.contains("W-1") && result.stderr.contains("New developments since the last review"), "\(result.stderr)")
        #expect(!result.stderr.contains("Ryom"))
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test("the progress report lists every recommendation of the register, with a chart in HTML")
    func progressReport() throws {
        let cli = try DossierTests.sampleCase()
        let list = try cli.run(["recommendation", "list", "--json"])
        let register = try #require(
            try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]], "\(list.stdout)")
        #expect(register.count == 29)
        for format in ["md", "html", "docx"] {
            let out = file(cli, "progress.\(format)").path
            let result = try cli.run(["report", "progress", "--format", format, "--out", out, "--as-of", "2024-11-01"])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains("29 recommendations"), "\(result.stdout)")
            let sha = try cli.tool("sha256sum", [out]).output.prefix(64)
            #expect(
                try cli.sqlite("SELECT count(*) FROM custody_event WHERE action = 'document-written' AND objectSha256 = '\(sha)'")
                    == "1\n")
        }
        let markdown = try String(contentsOf: file(cli, "progress.md"), encoding: .utf8)
        for recommendation in register {
            let citation = try #require(recommendation["citation"] as? String)
            #expect(markdown.contains("| \(citation) |"), "\(citation) is not in the report's table")
        }
        #expect(markdown.contains("### Assessments that cite no evidence"))
        #expect(markdown.contains("- 89(s) (Commission of Inquiry), A/HRC/25/63: not implemented (2024-03-31), no evidence cited"))
        #expect(markdown.contains("### Never assessed"))
        let html = try String(contentsOf: file(cli, "progress.html"), encoding: .utf8)
        #expect(html.contains("<svg"))
        // One source only.
        let coi = file(cli, "coi.md").path
        let result = try cli.run([
            "report", "progress", "--source", "A/HRC/25/63", "--format", "md", "--out", coi, "--as-of", "2024-11-01",
        ])
        #expect(result.status == 0 && result.stdout.contains("17 recommendations"), "\(result.stdout)\(result.stderr)")
        let unknown = try cli.run([
            "report", "progress", "--source", "A/HRC/99/1", "--format", "md", "--out", file(cli, "none.md").path,
        ])
        #expect(unknown.status == 2 && unknown.stderr.contains("no recommendation from \"A/HRC/99/1\""), "\(unknown.stderr)")
    }

    @Test("casebook demo writes the submission in three formats and the progress reports")
    func demoWritesThem() throws {
        let cli = try DossierTests.sampleCase()
        let out = cli.folder.appendingPathComponent("case/out")
        for name in [
            "upr-submission-KP-cycle4.md", "upr-submission-KP-cycle4.html", "upr-submission-KP-cycle4.docx",
            "progress-report-coi.html", "progress-report-upr.html",
        ] {
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(name).path), "the demo did not write \(name)")
        }
        let count = try cli.run(["upr", "count", out.appendingPathComponent("upr-submission-KP-cycle4.docx").path, "--json"])
        let words = (try JSONSerialization.jsonObject(with: Data(count.stdout.utf8)) as? [String: Any])?["words"] as? Int ?? 0
        #expect(words > 0 && words <= 2815, "\(count.stdout)")
    }
}
