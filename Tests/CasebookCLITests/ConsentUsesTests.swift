import Foundation
import Testing

/// The three uses a witness grants the ICC separately (`icc-lead`, `icc-evidence`,
/// `icc-contact`): the retired `icc` refused with the three explained, an old case's `icc`
/// converted once to the narrowest use with the custody log's record, a lead-only interview
/// summarised and never annexed, the terms on the cover and in the requests, and the details
/// that together could identify a witness reported to the team.
@Suite("consent uses toward the ICC", .serialized)
struct ConsentUsesTests {
    /// A case with one incident of `victims` people of one group, two witnesses (one lead-only,
    /// one evidence and contact), each interview with its transcript, both cited with extracts.
    func twoWitnesses(victims: Int = 12) throws -> CLI {
        var cli = try CLI()
        cli.environment["CASEBOOK_HANDLER"] = "kim"
        try cli.makeCase()
        try cli.ok(["witness", "add", "--pseudonym", "Witness A", "--consent", "icc-lead"])
        try cli.ok(["witness", "add", "--pseudonym", "Witness B", "--consent", "icc-evidence,icc-contact"])
        for (n, name) in ["lead.txt", "evidence.txt"].enumerated() {
            let path = try cli.makeFile(name, Array("Transcript \(n): the guards beat us.\n".utf8))
            try cli.ok(["evidence", "add", path, "--kind", "transcript"])
        }
        try cli.ok(["testimony", "add", "--witness", "W-1", "--date", "2013-03-15", "--place", "Seoul", "--transcript", "E-1"])
        try cli.ok(["testimony", "add", "--witness", "W-2", "--date", "2014-05-02", "--place", "Seoul", "--transcript", "E-2"])
        try cli.ok([
            "incident", "add", "--title", "Beatings in a holding centre", "--date", "2011", "--country", "KP", "--victims",
            "\(victims)", "--victim-group", "returnees from China",
        ])
        try cli.ok([
            "link", "--source", "T-1", "--incident", "I-1", "--crime", "torture", "--element", "torture.1", "--pinpoint",
            "para. 2", "--basis", "first-hand", "--extract", "the lead witness's own words", "--note", "shows the beatings",
        ])
        for source in ["E-1", "T-2", "E-2"] {
            try cli.ok([
                "cite", "--allegation", "AL-1", "--source", source, "--element", "torture.1", "--pinpoint", "para. 3",
                "--basis", "first-hand", "--extract", "words of \(source)",
            ])
        }
        return cli
    }

    func dossier(_ cli: CLI, _ extra: [String] = []) throws -> (text: String, result: CommandResult) {
        let out = cli.folder.appendingPathComponent("dossier.md").path
        let result = try cli.ok(["dossier", "icc", "--format", "md", "--out", out, "--as-of", "2026-11-01", "--force"] + extra)
        return (try String(contentsOfFile: out, encoding: .utf8), result)
    }

    @Test func theRetiredIccIsRefusedWithTheThreeUsesAndNothingIsAdded() throws {
        var cli = try CLI()
        cli.environment["CASEBOOK_HANDLER"] = "kim"
        try cli.makeCase()
        let before = try cli.databaseDump()
        let result = try cli.run(["witness", "add", "--pseudonym", "Witness A", "--consent", "icc,upr"])
        #expect(result.status == 2)
        #expect(result.errorLines.count == 1, "\(result.stderr)")
        for word in [
            "it was retired because it did not say what the witness agreed to", "icc-lead (", "icc-evidence (", "icc-contact (",
            "art. 54(3)(e)",
        ] {
            #expect(result.stderr.contains(word), "\(word): \(result.stderr)")
        }
        #expect(try cli.databaseDump() == before)
        try cli.ok(["witness", "add", "--pseudonym", "Witness A", "--consent", "icc-evidence"])
        let set = try cli.run(["witness", "consent", "W-1", "--set", "icc"])
        #expect(
            set.status == 2 && set.stderr.contains("it was retired because it did not say what the witness agreed to"),
            "\(set.stderr)")
        #expect(try cli.sqlite("SELECT consent FROM witness") == "icc-evidence\n")
        let sheet = try cli.makeFile("witnesses.csv", Array("pseudonym,consent\nWitness B,icc\n".utf8))
        let imported = try cli.run(["import", sheet, "--kind", "witnesses"])
        #expect(
            imported.status != 0 && imported.stderr.contains("it was retired because it did not say what the witness agreed to"),
            "\(imported.stderr)")
        #expect(try cli.sqlite("SELECT count(*) FROM witness") == "1\n")
    }

    @Test func anOldCasesIccBecomesIccLeadOnceWithItsCustodyEvent() throws {
        var cli = try CLI()
        cli.environment["CASEBOOK_HANDLER"] = "kim"
        try cli.makeCase()
        // As an earlier version stored it, before consent was logged.
        try cli.sqlite(
            "INSERT INTO witness (pseudonym, consent, createdAt) VALUES ('Old witness', 'icc,upr', '2025-01-01T00:00:00Z')")
        #expect(try cli.ok(["witness", "show", "W-1"]).stdout.contains("icc-lead,upr"))
        // The first command that reads or sets consent converts it, and says so once.
        let first = try cli.ok(["witness", "add", "--pseudonym", "Witness B", "--consent", "upr"])
        try cli.ok(["witness", "consent", "W-2", "--set", "icc-evidence"])
        #expect(first.stderr.contains("The consent 'icc' is retired"), "\(first.stderr)")
        #expect(first.stderr.contains("W-1 had it and now has icc-lead"), "\(first.stderr)")
        #expect(try cli.sqlite("SELECT consent FROM witness ORDER BY id") == "icc-lead,upr\nicc-evidence\n")
        let event = try cli.sqlite(
            "SELECT details FROM custody_event WHERE action = 'consent-changed' AND details LIKE '%reason: converted%'")
        #expect(event.contains("witness: W-1\nconsent: icc-lead,upr\nreason: converted\n"), "\(event)")
        #expect(try cli.ok(["history", "W-1"]).stdout.contains("icc-lead,upr"))
        let verify = try cli.run(["verify"])
        #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)")
        // Once: the next command has nothing to convert and says nothing about it.
        let second = try cli.ok(["witness", "consent", "W-2", "--set", "icc-evidence,upr"])
        #expect(!second.stderr.contains("retired"), "\(second.stderr)")
        #expect(
            try cli.sqlite("SELECT count(*) FROM custody_event WHERE details LIKE '%reason: converted%'") == "1\n")
    }

    @Test func anOldExportsIccIsRefusedWithTheThreeUsesAndNothingIsImported() throws {
        var cli = try CLI()
        cli.environment["CASEBOOK_HANDLER"] = "kim"
        try cli.makeCase()
        try cli.ok(["witness", "add", "--pseudonym", "Witness A", "--consent", "icc-lead,upr"])
        let export = cli.folder.appendingPathComponent("case.json").path
        try cli.ok(["export", "json", export])
        let old = try String(contentsOfFile: export, encoding: .utf8).replacingOccurrences(of: "\"icc-lead\"", with: "\"icc\"")
        #expect(old.contains("\"icc\""))
        var other = try CLI()
        other.environment["CASEBOOK_HANDLER"] = "kim"
        try other.makeCase()
        let before = try other.databaseDump()
        let file = try other.makeFile("old.json", Array(old.utf8))
        let result = try other.run(["import", file])
        #expect(
            result.status == 2 && result.stderr.contains("it was retired because it did not say what the witness agreed to"),
            "\(result.stderr)")
        #expect(result.stderr.contains("nothing was imported"), "\(result.stderr)")
        #expect(try other.databaseDump() == before)
    }

    @Test func aLeadOnlyInterviewIsSummarisedAndNeverAnnexed() throws {
        let cli = try twoWitnesses()
        let (text, result) = try dossier(cli)
        // Cited as information only, without its words, and its transcript as the interview.
        #expect(
            text.contains(
                "T-1 (W-1, interview 2013-03-15; information only, art. 54(3)(e)), para. 2 (first-hand) — shows the beatings"))
        #expect(!text.contains("the lead witness's own words"))
        #expect(!text.contains("words of E-1"))
        #expect(
            text.contains(
                "T-1 (W-1, interview 2013-03-15; information only, art. 54(3)(e)), para. 3 (first-hand) — summarised in Annex C"))
        // The evidence interview keeps its words and its transcript beside it.
        #expect(
            text.contains("T-2 (W-2, interview 2014-05-02), para. 3 (first-hand): ‘words of T-2’; its transcript E-2"), "\(text)")
        let annexA = try #require(text.components(separatedBy: "## Annex A").last?.components(separatedBy: "## Annex B").first)
        #expect(annexA.contains("| E-2 |") && !annexA.contains("| E-1 |"), "\(annexA)")
        let annexC = try #require(text.components(separatedBy: "## Annex C").last?.components(separatedBy: "## Annex D").first)
        #expect(annexC.contains("| T-1 | W-1 (Witness A) |") && annexC.contains("information only (art. 54(3)(e)): summary only |"))
        #expect(annexC.contains("| evidence; contact through the sender |"), "\(annexC)")
        // The custody log records the access of the annexed transcript only.
        #expect(try cli.sqlite("SELECT count(*) FROM custody_event WHERE action = 'accessed' AND evidenceId = 1") == "0\n")
        #expect(try cli.sqlite("SELECT count(*) FROM custody_event WHERE action = 'accessed' AND evidenceId = 2") == "1\n")
        #expect(result.stderr.contains("agreed to be contacted by the Office, but the case records no channel"), "\(result.stderr)")
    }

    @Test func theCoverStatesTheTermsAndTheRequestsAskWhatEveryCommunicationAsks() throws {
        let cli = try twoWitnesses()
        try cli.ok(["case", "set", "contact-channel", "the protection officer, through the case desk"])
        try cli.ok(["case", "set", "victims-views", "The victims wish to be heard."])
        let (text, result) = try dossier(cli)
        let terms = try #require(text.split(separator: "\n").first { $0.hasPrefix("- **Terms of submission:**") })
        for words in [
            "rule 46 of the Rules of Procedure and Evidence", "1 interview cited is given as information only",
            "“solely for the purpose of generating new evidence” (art. 54(3)(e))",
            "Its words and transcripts are not annexed (Annex C gives only a summary of each)",
            "1 interview cited may be used as evidence, and so disclosed to the defence under protective measures",
            "1 witness agreed that the Office may ask to meet them; such requests go through the protection officer, through the case desk.",
        ] {
            #expect(terms.contains(words), "\(words): \(terms)")
        }
        let requests = try #require(text.components(separatedBy: "## Requests").last?.components(separatedBy: "## Annex").first)
        for words in [
            "The sender asks the Office:", "under article 15(2) through the sender",
            "(art. 15(6)), to inform the sender under rule 49",
            "(art. 15(3) and rule 50). The victims' views as the sender knows them: The victims wish to be heard.",
        ] {
            #expect(requests.contains(words), "\(words): \(requests)")
        }
        #expect(!result.stderr.contains("no channel"), "\(result.stderr)")
    }

    @Test func anInterviewsPlaceBesideASmallVictimGroupIsReportedToTheTeamNotInTheFiling() throws {
        let cli = try twoWitnesses(victims: 3)
        let out = cli.folder.appendingPathComponent("dossier.docx").path
        let result = try cli.ok(["dossier", "icc", "--format", "docx", "--out", out, "--as-of", "2026-11-01"])
        let risk =
            "T-2 (W-2): the dossier gives this interview's date and place (2014-05-02, Seoul) and cites it for I-1, whose victims are 3 people of one group (returnees from China); together these may identify the witness."
        #expect(result.stderr.contains("Identification risk: " + risk), "\(result.stderr)")
        let notes = try String(contentsOfFile: cli.folder.appendingPathComponent("dossier.work-notes.md").path, encoding: .utf8)
        #expect(notes.contains(risk), "\(notes)")
        #expect(notes.contains("T-1 (W-1): the dossier gives this interview's date and place (2013-03-15, Seoul)"))
        let filing = try cli.ok([
            "dossier", "icc", "--format", "md", "--filing", "--out", cli.folder.appendingPathComponent("f.md").path,
        ])
        let filed = try String(contentsOfFile: cli.folder.appendingPathComponent("f.md").path, encoding: .utf8)
        #expect(!filed.contains("may identify the witness") && filing.status == 0)
        // Twelve victims: no warning.
        let larger = try twoWitnesses(victims: 12)
        #expect(!(try dossier(larger).result.stderr.contains("Identification risk")))
    }

    @Test func aConsentChangedOutsideCasebookIsNotConvertedAndVerifyReportsIt() throws {
        let cli = try twoWitnesses()
        // W-1's logged consent is icc-lead; an edit outside Casebook adds icc-evidence beside a retired icc.
        try cli.sqlite("UPDATE witness SET consent = 'icc,icc-evidence' WHERE id = 1")
        let add = try cli.ok(["witness", "add", "--pseudonym", "Witness C"])
        #expect(!add.stderr.contains("retired"), "\(add.stderr)")
        #expect(try cli.sqlite("SELECT consent FROM witness WHERE id = 1") == "icc,icc-evidence\n")
        #expect(try cli.sqlite("SELECT count(*) FROM custody_event WHERE details LIKE '%reason: converted%'") == "0\n")
        let verify = try cli.run(["verify"])
        #expect(verify.status != 0 && verify.stdout.contains("W-1"), "\(verify.stdout)")
        let out = cli.folder.appendingPathComponent("tampered.md").path
        let dossier = try cli.run(["dossier", "icc", "--format", "md", "--out", out, "--as-of", "2026-11-01"])
        #expect(dossier.status != 0, "\(dossier.stdout)\(dossier.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test func aRefusedCommandConvertsNothing() throws {
        var cli = try CLI()
        cli.environment["CASEBOOK_HANDLER"] = "kim"
        try cli.makeCase()
        try cli.sqlite("INSERT INTO witness (pseudonym, consent, createdAt) VALUES ('Old witness', 'icc', '2025-01-01T00:00:00Z')")
        let before = try cli.databaseDump()
        let result = try cli.run(["witness", "consent", "W-9", "--set", "upr"])
        #expect(result.status == 2 && !result.stderr.contains("retired"), "\(result.stderr)")
        let empty = try cli.run(["witness", "consent", "W-1", "--set", " , "])
        #expect(empty.status == 2 && empty.stderr.contains("or none to withdraw all consent"), "\(empty.stderr)")
        #expect(try cli.databaseDump() == before)
        let done = try cli.ok(["witness", "consent", "W-1", "--set", "icc-lead,upr"])
        #expect(!done.stderr.contains("retired"), "set directly, W-1 has nothing left to convert: \(done.stderr)")
    }

    @Test func materialAWitnessGaveAsInformationOnlyIsNeverAnnexed() throws {
        let cli = try twoWitnesses()
        let sketch = try cli.makeFile("sketch.png", Array("a sketch of the cell".utf8))
        try cli.ok(["evidence", "add", sketch, "--kind", "sketch", "--provided-by", "W-1"])
        try cli.ok([
            "evidence", "redact", "E-1", "--out", cli.folder.appendingPathComponent("redacted.txt").path, "--term", "guards",
        ])
        for source in ["E-3", "E-4"] {
            try cli.ok([
                "cite", "--allegation", "AL-1", "--source", source, "--element", "torture.2", "--pinpoint", "p. 1", "--basis",
                "documentary", "--extract", "words of \(source)",
            ])
        }
        let (text, _) = try dossier(cli)
        #expect(text.contains("E-3 (sketch; information only, art. 54(3)(e)), p. 1 (documentary) — not annexed"), "\(text)")
        #expect(text.contains("E-4 (transcript; information only, art. 54(3)(e)), p. 1 (documentary) — not annexed"), "\(text)")
        #expect(!text.contains("words of E-3") && !text.contains("words of E-4"))
        let annexA = try #require(text.components(separatedBy: "## Annex A").last?.components(separatedBy: "## Annex B").first)
        #expect(!annexA.contains("| E-3 |") && !annexA.contains("| E-4 |") && !annexA.contains("| E-1 |"), "\(annexA)")
        for id in ["E-3", "E-4"] {
            let hash = try cli.sqlite("SELECT sha256 FROM evidence_item WHERE id = \(id.dropFirst(2))")
            #expect(!text.contains(String(hash.prefix(16))), "\(id)'s fingerprint is in the dossier")
        }
    }

    @Test func materialFromAWitnessWithNoICCConsentIsWithheld() throws {
        let cli = try twoWitnesses()
        try cli.ok(["witness", "add", "--pseudonym", "Witness C", "--consent", "upr"])
        let sketch = try cli.makeFile("sketch.png", Array("a sketch of the yard".utf8))
        try cli.ok(["evidence", "add", sketch, "--kind", "sketch", "--provided-by", "W-3"])
        try cli.ok([
            "cite", "--allegation", "AL-1", "--source", "E-3", "--element", "torture.2", "--pinpoint", "p. 1", "--basis",
            "documentary", "--extract", "words of the sketch",
        ])
        let (text, result) = try dossier(cli)
        #expect(!text.contains("E-3") && !text.contains("words of the sketch"), "\(text)")
        #expect(result.stdout.contains("Cited"), "\(result.stdout)")
        #expect(try cli.sqlite("SELECT count(*) FROM custody_event WHERE action = 'accessed' AND evidenceId = 3") == "0\n")
    }
}
