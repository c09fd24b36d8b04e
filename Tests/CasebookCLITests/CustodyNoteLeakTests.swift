import Foundation
import Testing

/// The words a user types into the custody log (an ingest's description, source and acquirer; a
/// transfer's recipient and reason) stay there for good and travel in every bag, so a witness's
/// name in them is refused before anything is written, and a file named after a witness is
/// warned of at once.
@Suite("notes entering the custody log are checked for witness identities")
struct CustodyNoteLeakTests {
    static let passphrase = CLI.testPassphrase

    func koreanCase() throws -> CLI {
        try CLI.protectedCase(["--name", "김철수", "--consent", "icc-evidence"])
    }

    static let notes: [[String]] = [
        ["--source", "Kim Chol-su's phone"], ["--description", "사진: 김철수 씨의 집"], ["--acquired-by", "Cheol-su KIM"],
        ["--description", "&#44608;&#52384;&#49688;"], ["--source", "Kim Ch&#111;l-su"], ["--source", "\\uae40\\ucca0\\uc218"],
        ["--kind", "Kim Chol-su"], ["--handler", "Kim.Chol-su", "--source", "Witness A"],
        ["--source", "&amp;#44608;&amp;#52384;&amp;#49688;"], ["--source", "%26%2344608%3B%26%2352384%3B%26%2349688%3B"],
        ["--source", "\\u{AE40}\\u{CCA0}\\u{C218}"], ["--source", "\\U0000AE40\\U0000CCA0\\U0000C218"],
        ["--source", "\\u44608?\\u52384?\\u49688?"], ["--source", "U+AE40 U+CCA0 U+C218"],
    ]

    @Test(arguments: notes)
    func anIngestNoteNamingAWitnessIsRefusedAndNothingIsAdded(_ note: [String]) throws {
        let cli = try koreanCase()
        let file = try cli.makeFile("photo.txt", Array("a street".utf8))
        let before = try cli.databaseDump()
        let result = try cli.run(["evidence", "add", file] + note, environment: Self.passphrase)
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.errorLines.count == 1)
        #expect(result.stderr.hasPrefix("error: Stopped: the protected real name of W-1 was found in the "))
        #expect(
            result.stderr.contains(
                "which the custody log would keep for good and carry into every bag. Nothing was added. Refer to the witness by pseudonym or id instead; if it is a different name that only looks the same, add --allow W-1:name, which is recorded in the custody log."
            ))
        #expect(try cli.databaseDump() == before)
        #expect(try cli.sqlite("SELECT count(*) FROM evidence_item").trimmingCharacters(in: .newlines) == "0")
    }

    @Test func anAllowedNameIsWrittenAndTheAllowanceLogged() throws {
        let cli = try koreanCase()
        let file = try cli.makeFile("photo.txt", Array("a street".utf8))
        let result = try cli.run(
            ["evidence", "add", file, "--source", "Kim Chol-su Street archive", "--allow", "W-1:name"], environment: Self.passphrase
        )
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        let waived = try cli.sqlite("SELECT note FROM custody_event WHERE action = 'leak-scan-waived'")
        #expect(waived.contains("evidence add: the real name of W-1 allowed by the handler"), "\(waived)")
    }

    @Test func aPseudonymPassesWithoutAWord() throws {
        let cli = try koreanCase()
        let file = try cli.makeFile("photo.txt", Array("a street".utf8))
        let result = try cli.run(["evidence", "add", file, "--source", "Witness A's phone"], environment: Self.passphrase)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
    }

    @Test func withoutThePassphraseNotesAreRefusedUnlessTheCheckIsSkippedAndLogged() throws {
        let cli = try koreanCase()
        let file = try cli.makeFile("photo.txt", Array("a street".utf8))
        let before = try cli.databaseDump()
        let refused = try cli.run(["evidence", "add", file, "--source", "Witness A's phone"])
        #expect(refused.status == 2)
        #expect(
            refused.errorLines == [
                "error: The kind, description, source and acquirer given for new evidence must first be checked for witness identities, which needs the case passphrase: set $CASEBOOK_PASSPHRASE, run it at a terminal, or add --no-leak-scan to write it unchecked (this is logged)."
            ])
        #expect(try cli.databaseDump() == before)
        let skipped = try cli.run(["evidence", "add", file, "--source", "Witness A's phone", "--no-leak-scan"])
        #expect(skipped.status == 0, "\(skipped.stderr)")
        #expect(
            skipped.errorLines == [
                "warning: your notes went into the custody log WITHOUT being checked for witness identities, as asked (--no-leak-scan); this is recorded in the custody log, which cannot be changed. If they name a witness, every bag of this case will be stopped unless the handler adds --allow for that witness."
            ])
        #expect(
            try cli.sqlite("SELECT note FROM custody_event WHERE action = 'leak-scan-skipped'")
                == "The kind, description, source and acquirer given for new evidence written without the leak scan, as the handler asked\n"
        )
        // No notes, nothing to check and nothing to say.
        let plain = try cli.makeFile("plain.txt", Array("another street".utf8))
        let quiet = try cli.run(["evidence", "add", plain])
        #expect(quiet.status == 0 && quiet.stderr.isEmpty, "\(quiet.stderr)")
    }

    @Test func aFileNamedAfterAWitnessIsAddedAndWarnedOf() throws {
        let cli = try koreanCase()
        let file = try cli.makeFile("interview-kim-chol-su.txt", Array("notes".utf8))
        let result = try cli.run(["evidence", "add", file], environment: Self.passphrase)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.errorLines == [
                "warning: E-1 interview-kim-chol-su.txt: its file name holds the protected real name of W-1. The name is kept as part of the file's provenance, in the custody log, so every bag of this case will be stopped unless the handler adds --allow W-1:name (recorded in the custody log)."
            ])
    }

    @Test(arguments: [["--to", "김철수"], ["--to", "Seoul office", "--reason", "copy for KIM CHUL-SOO's lawyer"]])
    func aTransferNamingAWitnessIsRefused(_ note: [String]) throws {
        let cli = try koreanCase()
        let file = try cli.makeFile("statement.txt", Array("notes".utf8))
        #expect(try cli.run(["evidence", "add", file]).status == 0)
        let before = try cli.databaseDump()
        let result = try cli.run(["custody", "transfer", "E-1"] + note, environment: Self.passphrase)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("error: Stopped: the protected real name of W-1 was found in the "))
        #expect(result.stderr.contains(note.count == 2 ? "the recipient of the transfer" : "the reason for the transfer"))
        let unchecked = try cli.run(["custody", "transfer", "E-1", "--to", "Seoul office"])
        #expect(unchecked.status == 2, "\(unchecked.stderr)")
        #expect(try cli.databaseDump() == before)
        let pseudonym = try cli.run(
            ["custody", "transfer", "E-1", "--to", "Seoul office", "--reason", "copy for Witness A's lawyer"],
            environment: Self.passphrase)
        #expect(pseudonym.status == 0, "\(pseudonym.stderr)")
        #expect(pseudonym.stderr.isEmpty)
    }

    @Test func aCaseWithoutSealedIdentitiesNeedsNoPassphrase() throws {
        var cli = try CLI()
        try cli.makeCase()
        cli.environment["CASEBOOK_HANDLER"] = "kim"
        let file = try cli.makeFile("photo.txt", Array("a street".utf8))
        let result = try cli.run(["evidence", "add", file, "--source", "Kim Chol-su's phone"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
    }
}

extension CustodyNoteLeakTests {
    @Test func anEvidenceSheetNamingAWitnessInANoteIsRefusedWhole() throws {
        let cli = try koreanCase()
        _ = try cli.makeFile("a.txt", Array("a street".utf8))
        _ = try cli.makeFile("b.txt", Array("a field".utf8))
        let sheet = try cli.makeFile("evidence.csv", Array("path,source\na.txt,Witness A\nb.txt,김철수의 휴대전화\n".utf8))
        let before = try cli.databaseDump()
        let result = try cli.run(["import", sheet], environment: Self.passphrase)
        #expect(result.status != 0)
        #expect(
            result.stderr.contains(
                "evidence.csv:3: source: holds the protected real name of W-1, which the custody log would keep for good and carry into every bag; refer to the witness by pseudonym or id"
            ), "\(result.stderr)")
        #expect(try cli.databaseDump() == before)
        let fixed = try cli.makeFile("evidence.csv", Array("path,source\na.txt,Witness A\nb.txt,Witness A's phone\n".utf8))
        let imported = try cli.run(["import", fixed], environment: Self.passphrase)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(try cli.sqlite("SELECT count(*) FROM evidence_item").trimmingCharacters(in: .newlines) == "2")
    }
}
