import Foundation
import Testing

/// Every sealing of a witness's identity is in the custody log (a hash of each ciphertext, never
/// a value), so a sealed field deleted or replaced with sqlite3 is found by `verify`, and no
/// export runs while the leak scan cannot look for it.
@Suite("sealed identities in the custody log")
struct SealedIdentityLogTests {
    static let realName = "Pak Young-hee"

    func protectedCase() throws -> CLI {
        var cli = try CLI.protectedCase(["--name", Self.realName, "--contact", "+82 10 2222 3333", "--consent", "icc-evidence"])
        cli.environment.merge(CLI.testPassphrase) { _, new in new }
        return cli
    }

    @Test func sealingIsLoggedWithoutTheValue() throws {
        let cli = try protectedCase()
        let log = try cli.run(["custody", "log", "--json"])
        #expect(log.status == 0)
        #expect(log.stdout.contains("identity-sealed"))
        #expect(!log.stdout.contains(Self.realName) && !log.stdout.contains("2222"))
        let details = try cli.sqlite("SELECT details FROM custody_event WHERE action = 'identity-sealed'")
        #expect(details.contains("witness: W-1") && details.contains("sealed-name: ") && details.contains("sealed-contact: "))
        #expect(!details.contains(Self.realName))
        let verified = try cli.run(["verify"])
        #expect(verified.status == 0, "\(verified.stdout)")
    }

    @Test func deletedSealedRowsAreFoundAndStopEveryExport() throws {
        let cli = try protectedCase()
        // The clear name typed into an incident: the scan must catch it, so it must know it.
        #expect(
            try cli.run(["incident", "add", "--title", "Arrest", "--date", "2014", "--description", "\(Self.realName) was taken"])
                .status == 0)
        #expect(try cli.run(["allege", "--incident", "I-1", "--crime", "imprisonment"]).status == 0)
        _ = try cli.sqlite("DELETE FROM witness_identity")
        let verified = try cli.run(["verify"])
        #expect(verified.status == 1)
        #expect(verified.stdout.contains("sealed identity differs from the log: W-1"), "\(verified.stdout)")
        #expect(verified.stdout.contains("sealed real name"))
        #expect(verified.stdout.contains("sealed contact details"))
        #expect(!verified.stdout.contains(Self.realName))

        let before = try cli.databaseDump()
        let out = cli.folder.appendingPathComponent("case.json")
        for command in [
            ["export", "json", out.path], ["export", "json", out.path, "--no-leak-scan"],
            ["dossier", "icc", "--format", "md", "--out", cli.folder.appendingPathComponent("d.md").path],
        ] {
            let refused = try cli.run(command)
            #expect(refused.status == 1, "\(command): \(refused.stdout) \(refused.stderr)")
            #expect(
                refused.stderr.contains("the custody log records the sealed real name, contact details of W-1"), "\(refused.stderr)"
            )
            #expect(refused.stderr.contains("'casebook verify' lists every such field"))
        }
        #expect(!FileManager.default.fileExists(atPath: out.path))
        #expect(!FileManager.default.fileExists(atPath: cli.folder.appendingPathComponent("d.md").path))
        #expect(try cli.databaseDump() == before)
    }

    /// Deleting the sealing event too, in the middle of the log or cut from its end after a
    /// verify, does not let the name out: no export runs while the log is not whole.
    @Test(arguments: ["middle", "edited", "end"])
    func theSealingEventDeletedTooStillStopsEveryExport(_ how: String) throws {
        let cli = try protectedCase()
        #expect(
            try cli.run(["incident", "add", "--title", "Arrest", "--date", "2014", "--description", "\(Self.realName) was taken"])
                .status == 0)
        try Data("Interview notes: \(Self.realName) spoke first.\n".utf8).write(
            to: cli.folder.appendingPathComponent("notes.txt"))
        let sealing = try cli.sqlite("SELECT sequence FROM custody_event WHERE action = 'identity-sealed'")
            .trimmingCharacters(in: .whitespacesAndNewlines)
        switch how {
        case "middle":
            #expect(try cli.run(["evidence", "add", cli.folder.appendingPathComponent("notes.txt").path]).status == 0)
            _ = try cli.sqlite("DELETE FROM custody_event WHERE sequence = \(sealing); DELETE FROM witness_identity;")
        case "edited":
            #expect(try cli.run(["evidence", "add", cli.folder.appendingPathComponent("notes.txt").path]).status == 0)
            _ = try cli.sqlite(
                "UPDATE custody_event SET action = 'accessed', details = NULL WHERE sequence = \(sealing); DELETE FROM witness_identity;"
            )
        default:
            // The sealing is the newest event: cutting it leaves a chain that links up, which only
            // the head remembered by the last verify shows.
            #expect(try cli.run(["verify"]).status == 0)
            #expect(try cli.run(["evidence", "add", cli.folder.appendingPathComponent("notes.txt").path]).status == 0)
            _ = try cli.sqlite("DELETE FROM custody_event WHERE sequence >= \(sealing); DELETE FROM witness_identity;")
        }
        let before = try cli.databaseDump()
        let out = cli.folder.appendingPathComponent("case.json")
        let bag = cli.folder.appendingPathComponent("bag")
        let redacted = cli.folder.appendingPathComponent("r.txt")
        for command in [
            ["export", "json", out.path], ["export", "json", out.path, "--no-leak-scan"], ["export", "bagit", bag.path],
            ["evidence", "redact", "E-1", "--out", redacted.path],
        ] {
            let refused = try cli.run(command)
            #expect(refused.status == 1, "\(how) \(command): \(refused.stdout) \(refused.stderr)")
            #expect(refused.stderr.contains("Stopped: the custody log was changed outside Casebook at event"), "\(refused.stderr)")
            #expect(!refused.stderr.contains(Self.realName))
        }
        for file in [out, bag.appendingPathComponent("data"), redacted] {
            #expect(!FileManager.default.fileExists(atPath: file.path), "\(file.path)")
        }
        #expect(try cli.databaseDump() == before)
    }

    @Test func aReplacedCiphertextIsFound() throws {
        let cli = try protectedCase()
        #expect(
            try cli.run(["witness", "add", "--pseudonym", "Witness B", "--name", "Ri Song-il"], environment: CLI.testPassphrase)
                .status == 0)
        #expect(try cli.run(["verify"]).status == 0)
        // Witness B's sealed name put in place of Witness A's: it does not open there, and the log says so.
        _ = try cli.sqlite(
            "UPDATE witness_identity SET sealed = (SELECT sealed FROM witness_identity WHERE witnessId = 2 AND field = 'name') WHERE witnessId = 1 AND field = 'name'"
        )
        let verified = try cli.run(["verify"])
        #expect(verified.status == 1)
        #expect(verified.stdout.contains("sealed identity differs from the log: W-1"))
        #expect(verified.stdout.contains("replaced outside Casebook"))
    }

    @Test func aRowAddedOutsideCasebookIsFound() throws {
        let cli = try protectedCase()
        #expect(try cli.run(["witness", "add", "--pseudonym", "Witness B"]).status == 0)
        _ = try cli.sqlite(
            "INSERT INTO witness_identity (witnessId, field, sealed) SELECT 2, field, sealed FROM witness_identity WHERE witnessId = 1 AND field = 'name'"
        )
        let verified = try cli.run(["verify"])
        #expect(verified.status == 1)
        #expect(verified.stdout.contains("sealed identity differs from the log: W-2"))
        #expect(verified.stdout.contains("added outside Casebook"))
    }

    @Test func updatesAndPassphraseChangesKeepTheLogInStep() throws {
        let cli = try protectedCase()
        #expect(try cli.run(["witness", "update", "W-1", "--contact", ""]).status == 0)
        #expect(try cli.run(["witness", "update", "W-1", "--other-names", "박영희"]).status == 0)
        var verified = try cli.run(["verify"])
        #expect(verified.status == 0, "\(verified.stdout)")
        let changed = try cli.run(
            ["passphrase", "change"],
            environment: ["CASEBOOK_PASSPHRASE": "first passphrase", "CASEBOOK_NEW_PASSPHRASE": "a second long passphrase"])
        #expect(changed.status == 0, "\(changed.stderr)")
        let events = try cli.sqlite("SELECT COUNT(*) FROM custody_event WHERE action = 'identity-sealed'")
        #expect(events.trimmingCharacters(in: .whitespacesAndNewlines) == "4")
        verified = try cli.run(["verify"])
        #expect(verified.status == 0, "\(verified.stdout)")
        // The cleared contact is not expected back; the other names, added later, are.
        _ = try cli.sqlite("DELETE FROM witness_identity WHERE field = 'other-names'")
        verified = try cli.run(["verify"])
        #expect(verified.status == 1)
        #expect(verified.stdout.contains("sealed other names"))
        #expect(!verified.stdout.contains("sealed contact details"))
    }
}
