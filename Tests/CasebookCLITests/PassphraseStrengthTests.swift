import CasebookCore
import CasebookCrypto
import CasebookStore
import Foundation
import GRDB
import Testing

/// A new case passphrase must meet the strength rule wherever it is set (the first sealed identity,
/// an import of identities, `passphrase change`), is never echoed back, and leaves the case
/// unchanged when refused; a case whose passphrase was set before keeps opening with it.
@Suite("a new case passphrase must be hard to guess")
struct PassphraseStrengthTests {
    static let strong = "river stone lantern"
    static let weak = ["k", "x", "aaaaaaaaaaaa", "123456789012", "abcdefghijkl", "abcabcabcabcab", "qwertyuiopas", "short words"]

    /// A new case, handled by `kim`, at a low scrypt cost, with one witness without identity.
    func newCase() throws -> CLI {
        var cli = try CLI()
        cli.environment["CASEBOOK_HANDLER"] = "kim"
        cli.environment["CASEBOOK_SCRYPT_LOG2N"] = "10"
        try cli.makeCase()
        #expect(try cli.run(["witness", "add", "--pseudonym", "Heron"]).status == 0)
        return cli
    }

    /// The refusal: exit 2, one line, the rule, and never the passphrase itself.
    func expectRefused(_ result: CommandResult, _ passphrase: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(result.status == 2, "\(passphrase): \(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.errorLines.count == 1, "\(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stderr.contains("at least 12 characters"), "\(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stderr.contains("Nothing was changed"), sourceLocation: sourceLocation)
        let shown = result.stderr.replacingOccurrences(of: "aaaaaaaaaaaa or abcabcabcabc", with: "")
            .replacingOccurrences(of: "abcdefghijkl, 123456789012 or qwertyuiopas", with: "")
        #expect(!shown.contains("'\(passphrase)'") && !shown.contains(" \(passphrase) "), sourceLocation: sourceLocation)
        #expect(!result.stdout.contains(passphrase), sourceLocation: sourceLocation)
    }

    @Test func theFirstIdentityNeedsAStrongPassphrase() throws {
        let cli = try newCase()
        let before = try cli.databaseDump()
        for passphrase in Self.weak {
            let added = try cli.run(
                ["witness", "add", "--pseudonym", "Crane", "--name", "Pak Young-hee"],
                environment: ["CASEBOOK_PASSPHRASE": passphrase])
            expectRefused(added, passphrase)
            let updated = try cli.run(
                ["witness", "update", "W-1", "--contact", "+82 10 0000 0000"], environment: ["CASEBOOK_PASSPHRASE": passphrase])
            expectRefused(updated, passphrase)
        }
        #expect(try cli.databaseDump() == before, "a refused passphrase changed the case")

        let accepted = try cli.run(
            ["witness", "add", "--pseudonym", "Crane", "--name", "Pak Young-hee"], environment: ["CASEBOOK_PASSPHRASE": Self.strong]
        )
        #expect(accepted.status == 0, "\(accepted.stderr)")
        let revealed = try cli.run(["witness", "reveal", "W-2"], environment: ["CASEBOOK_PASSPHRASE": Self.strong])
        #expect(revealed.stdout.contains("Pak Young-hee"))
    }

    @Test func aNewPassphraseMustBeStrongAndTheOldOneStillOpens() throws {
        let cli = try newCase()
        #expect(
            try cli.run(["witness", "update", "W-1", "--name", "Pak Young-hee"], environment: ["CASEBOOK_PASSPHRASE": Self.strong])
                .status == 0)
        let before = try cli.databaseDump()
        for passphrase in Self.weak {
            let changed = try cli.run(
                ["passphrase", "change"], environment: ["CASEBOOK_PASSPHRASE": Self.strong, "CASEBOOK_NEW_PASSPHRASE": passphrase])
            expectRefused(changed, passphrase)
        }
        #expect(try cli.databaseDump() == before)
        let old = try cli.run(["witness", "reveal", "W-1"], environment: ["CASEBOOK_PASSPHRASE": Self.strong])
        #expect(old.status == 0 && old.stdout.contains("Pak Young-hee"), "\(old.stderr)")
        let changed = try cli.run(
            ["passphrase", "change"],
            environment: ["CASEBOOK_PASSPHRASE": Self.strong, "CASEBOOK_NEW_PASSPHRASE": "Ürümqi-1955 Ωmega"])
        #expect(changed.status == 0, "\(changed.stderr)")
    }

    @Test func anImportOfIdentitiesNeedsAStrongPassphrase() throws {
        let cli = try newCase()
        try Data("pseudonym,name\nChoe,Pak Su-nam\nDo,Han Il\n".utf8).write(
            to: cli.workspace.appendingPathComponent("witnesses.csv"))
        let before = try cli.databaseDump()
        for passphrase in ["k", "aaaaaaaaaaaa", "123456789012"] {
            let result = try cli.run(["import", "witnesses.csv"], environment: ["CASEBOOK_PASSPHRASE": passphrase])
            expectRefused(result, passphrase)
        }
        #expect(try cli.databaseDump() == before, "a refused import changed the case")
        let imported = try cli.run(["import", "witnesses.csv"], environment: ["CASEBOOK_PASSPHRASE": Self.strong])
        #expect(imported.status == 0, "\(imported.stderr)")
    }

    /// A case sealed by an earlier version under a one-letter passphrase keeps opening with it:
    /// only a passphrase being set is checked.
    @Test func anOldWeakPassphraseStillOpensItsCase() throws {
        let cli = try newCase()
        let parameters = ScryptParameters(log2N: 10, r: 8, p: 1)
        let salt = try IdentityCipher.randomBytes(16)
        let key = try IdentityCipher.deriveKey(passphrase: "k", salt: salt, parameters: parameters)
        let check = try IdentityCipher.seal(
            Array("casebook passphrase check".utf8), key: key, associated: Array("casebook/protection/check".utf8))
        let queue = try DatabaseQueue(path: cli.workspace.appendingPathComponent(Workspace.databaseFileName).path)
        try queue.write { db in
            try ProtectionRecord(
                salt: Data(salt), log2N: 10, r: 8, p: 1, checkValue: Data(check), changedAt: "2025-01-01T00:00:00Z"
            ).insert(db)
        }
        let added = try cli.run(
            ["witness", "add", "--pseudonym", "Crane", "--name", "Pak Young-hee"], environment: ["CASEBOOK_PASSPHRASE": "k"])
        #expect(added.status == 0, "\(added.stderr)")
        let revealed = try cli.run(["witness", "reveal", "W-2"], environment: ["CASEBOOK_PASSPHRASE": "k"])
        #expect(revealed.status == 0 && revealed.stdout.contains("Pak Young-hee"), "\(revealed.stderr)")
        // It can be replaced by a strong one, but not by another weak one.
        expectRefused(
            try cli.run(["passphrase", "change"], environment: ["CASEBOOK_PASSPHRASE": "k", "CASEBOOK_NEW_PASSPHRASE": "x"]), "x")
        let changed = try cli.run(
            ["passphrase", "change"], environment: ["CASEBOOK_PASSPHRASE": "k", "CASEBOOK_NEW_PASSPHRASE": Self.strong])
        #expect(changed.status == 0, "\(changed.stderr)")
    }
}
