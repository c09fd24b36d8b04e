import Foundation
import Testing

/// A witness row deleted (or slipped in) with sqlite3: the custody log logged every witness's add,
/// so `verify` must exit 1 and name the witness.
@Suite("verify finds a witness deleted or added behind its back")
struct WitnessTamperingTests {
    /// A case with three witnesses, the first with a sealed name, that verifies as intact.
    func caseWithWitnesses() throws -> CLI {
        var cli = try CLI.protectedCase(["--name", "Pak Young-hee", "--consent", "icc-evidence"], signingKey: true)
        cli.environment["CASEBOOK_HANDLER"] = "kim"
        for arguments in [["--pseudonym", "Witness B", "--consent", "icc-evidence,upr"], ["--pseudonym", "Witness C"]] {
            let added = try cli.run(["witness", "add"] + arguments)
            #expect(added.status == 0, "\(added.stderr)")
        }
        let clean = try cli.run(["verify"])
        #expect(clean.status == 0, "a fresh case should verify: \(clean.stdout) \(clean.stderr)")
        return cli
    }

    @Test(arguments: [1, 2, 3])
    func aDeletedWitnessIsReported(_ number: Int) throws {
        let cli = try caseWithWitnesses()
        try cli.sqlite("DELETE FROM witness WHERE id = \(number)")
        let result = try cli.run(["verify"])
        #expect(result.status == 1, "\(result.stdout) \(result.stderr)")
        #expect(result.stdout.contains("witness deleted: W-\(number)"), "\(result.stdout)")
        #expect(!result.stdout.contains("Write it down"))
    }

    @Test func everyWitnessDeletedAtOnceIsReported() throws {
        let cli = try caseWithWitnesses()
        try cli.sqlite("DELETE FROM witness")
        let result = try cli.run(["verify"])
        #expect(result.status == 1)
        for number in 1...3 { #expect(result.stdout.contains("witness deleted: W-\(number)"), "\(result.stdout)") }
    }

    @Test func aWitnessInsertedWithSqliteIsReported() throws {
        let cli = try caseWithWitnesses()
        try cli.sqlite("INSERT INTO witness (pseudonym, consent, createdAt) VALUES ('Witness D', '', '2026-01-01T00:00:00Z')")
        let result = try cli.run(["verify"])
        #expect(result.status == 1, "\(result.stdout)")
        #expect(result.stdout.contains("witness not in the log: W-4"), "\(result.stdout)")
    }
}
