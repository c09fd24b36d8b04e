import Foundation
import Testing

/// Correcting a sealed identity: it needs the passphrase, and neither the output, the history nor
/// the workspace ever holds the old or the new value in clear.
@Suite("correcting a sealed identity")
struct SealedUpdateTests {
    static let passphrase = ["CASEBOOK_PASSPHRASE": "first passphrase"]

    /// A case with W-1 whose name, contact and date of birth are sealed.
    func protectedCase() throws -> CLI {
        try CLI.protectedCase(["--name", "Kim Chol-su", "--contact", "+82 10 1234 5678", "--born", "1975-03-02"])
    }

    @Test func aSealedFieldIsChangedWithThePassphraseAndRecordedOnlyAsChanged() throws {
        let cli = try protectedCase()
        let result = try cli.run(
            ["witness", "update", "W-1", "--name", "Pak Young-hee", "--born", "1975-03-04", "--contact", "", "--origin", "Onsong"],
            environment: Self.passphrase)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout == """
                Updated W-1 Witness A:
                  Region of origin set to "Onsong".
                  Real name changed (sealed, so the value is not shown).
                  Contact details changed (sealed, so the value is not shown).
                  Exact date of birth changed (sealed, so the value is not shown).

                """)
        let revealed = try cli.run(["witness", "reveal", "W-1"], environment: Self.passphrase).stdout
        #expect(revealed.contains("Real name:     Pak Young-hee"))
        #expect(revealed.contains("Date of birth: 1975-03-04"))
        #expect(!revealed.contains("Contact"))
        let history = try cli.run(["history", "W-1"])
        #expect(history.stdout.contains("A sealed identity field is recorded only as changed"))
        let json = try cli.run(["history", "W-1", "--json"]).stdout
        for secret in ["Pak Young-hee", "Young-hee", "1975-03-04", "Kim Chol-su", "Chol-su", "1234 5678", "1975-03-02"] {
            #expect(!history.stdout.contains(secret) && !json.contains(secret) && !result.stdout.contains(secret))
            let grep = try cli.tool("grep", ["-r", "-a", "-l", "-F", secret, cli.workspace.path])
            #expect(grep.status == 1, "'\(secret)' found in: \(grep.output)")
        }
        let rows = try cli.sqlite(
            "SELECT field, ifnull(oldValue, 'NULL'), ifnull(newValue, 'NULL'), sealed FROM record_history ORDER BY id")
        #expect(rows == "origin|NULL|Onsong|0\nname|NULL|NULL|1\ncontact|NULL|NULL|1\nborn|NULL|NULL|1\n")
    }

    @Test func theSameSealedValueAgainChangesNothing() throws {
        let cli = try protectedCase()
        let result = try cli.run(["witness", "update", "W-1", "--name", "Kim Chol-su"], environment: Self.passphrase)
        #expect(result.status == 0)
        #expect(result.stdout == "Nothing changed: W-1 Witness A already had the values given.\n")
        #expect(try cli.sqlite("SELECT count(*) FROM record_history") == "0\n")
    }

    @Test func withoutTheRightPassphraseNothingChanges() throws {
        let cli = try protectedCase()
        let before = try cli.databaseDump()
        let none = try cli.run(["witness", "update", "W-1", "--name", "Pak Young-hee", "--origin", "Onsong"])
        #expect(none.status == 2)
        #expect(
            none.stderr
                == "error: Changing a witness's identity needs the case passphrase: set $CASEBOOK_PASSPHRASE or run the command at a terminal to be asked for it. Nothing was changed.\n"
        )
        let wrong = try cli.run(["witness", "update", "W-1", "--contact", ""], environment: ["CASEBOOK_PASSPHRASE": "guess"])
        #expect(wrong.status == 2)
        #expect(wrong.stderr.contains("Wrong passphrase"))
        for result in [none, wrong] { #expect(result.stdout.isEmpty && !result.stderr.contains("Pak")) }
        #expect(try cli.databaseDump() == before)
    }

    @Test func theFirstIdentityGivenByAnUpdateSetsThePassphrase() throws {
        var cli = try CLI()
        cli.environment["CASEBOOK_SCRYPT_LOG2N"] = "12"
        try cli.makeSampleCase()
        let result = try cli.run(
            ["witness", "update", "W-1", "--identity-notes", "Scar on left hand"], environment: Self.passphrase)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Identifying notes changed (sealed, so the value is not shown)."))
        #expect(try cli.run(["witness", "show", "W-1"]).stdout.contains("sealed (see 'casebook witness reveal W-1')"))
        #expect(try cli.run(["witness", "reveal", "W-1"], environment: Self.passphrase).stdout.contains("Scar on left hand"))
    }
}
