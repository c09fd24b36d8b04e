import Foundation
import Testing

/// Each tampering the integrity issue names, done with plain tools; `verify` must exit 1 and say what it found.
@Suite("verify finds tampering")
struct TamperingTests {
    func freshCase() throws -> CLI {
        var cli = try CLI()
        try cli.makeEvidenceCase()
        let clean = try cli.run(["verify"])
        #expect(clean.status == 0, "a fresh case should verify: \(clean.stdout) \(clean.stderr)")
        #expect(clean.stdout.contains("Everything is intact"))
        return cli
    }

    func expectVerifyFails(_ cli: CLI, _ kind: String, _ subject: String, sourceLocation: SourceLocation = #_sourceLocation) throws
    {
        let before = try cli.sqlite("SELECT COUNT(*) FROM custody_event")
        let result = try cli.run(["verify"])
        #expect(result.status == 1, "verify should exit 1", sourceLocation: sourceLocation)
        #expect(
            result.stdout.contains("\(kind): \(subject)"), "expected '\(kind): \(subject)' in: \(result.stdout)",
            sourceLocation: sourceLocation)
        #expect(
            try cli.sqlite("SELECT COUNT(*) FROM custody_event") == before, "no 'verified' event after a failure",
            sourceLocation: sourceLocation)
        // The head of a log that failed is not offered as one to write down and rely on.
        #expect(!result.stdout.contains("Write it down"), "a failed verify offers its head", sourceLocation: sourceLocation)
    }

    @Test func oneByteOfAStoredObjectFlipped() throws {
        let cli = try freshCase()
        let path = cli.objectPath(try cli.recordedHash(1))
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
        let handle = try FileHandle(forUpdating: URL(fileURLWithPath: path))
        try handle.seek(toOffset: 1000)
        let byte = try #require(try handle.read(upToCount: 1))
        try handle.seek(toOffset: 1000)
        try handle.write(contentsOf: Data([byte[0] ^ 0x01]))
        try handle.close()
        try expectVerifyFails(cli, "object changed", "E-1")
    }

    @Test func anObjectDeleted() throws {
        let cli = try freshCase()
        #expect(try cli.tool("rm", ["-f", cli.objectPath(try cli.recordedHash(3))]).status == 0)
        try expectVerifyFails(cli, "object missing", "E-3")
    }

    @Test func aStrayFileAddedToTheStore() throws {
        let cli = try freshCase()
        let stray = cli.workspace.appendingPathComponent("evidence/objects/ab/cdef-not-an-object")
        try FileManager.default.createDirectory(at: stray.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("planted".utf8).write(to: stray)
        try expectVerifyFails(cli, "unknown object in the store", stray.path)
    }

    @Test func aCustodyNoteChangedWithSqlite() throws {
        let cli = try freshCase()
        try cli.sqlite("UPDATE custody_event SET note = 'ingested nothing in particular' WHERE sequence = 2")
        try expectVerifyFails(cli, "event edited", "event 2")
    }

    @Test func aCustodyRowDeleted() throws {
        let cli = try freshCase()
        try cli.sqlite("DELETE FROM custody_event WHERE sequence = 2")
        try expectVerifyFails(cli, "event deleted", "event 3")
    }

    @Test func twoRowsSequenceSwapped() throws {
        let cli = try freshCase()
        try cli.sqlite(
            "UPDATE custody_event SET sequence = -2 WHERE sequence = 2; UPDATE custody_event SET sequence = 2 WHERE sequence = 3; UPDATE custody_event SET sequence = 3 WHERE sequence = -2;"
        )
        try expectVerifyFails(cli, "events reordered", "event 2")
    }

    @Test func aSignatureReplaced() throws {
        let cli = try freshCase()
        try cli.sqlite(
            "UPDATE custody_event SET signature = (SELECT signature FROM custody_event WHERE sequence = 1) WHERE sequence = 3")
        try expectVerifyFails(cli, "signature invalid", "event 3")
    }

    @Test func anEvidenceRecordRewrittenToMatchASwappedObject() throws {
        let cli = try freshCase()
        // Replace E-2's stored copy with other content, store it under its own hash name, and
        // make the evidence row claim that hash: every file now matches its name and its row.
        let forged = try cli.makeRandomFile("forged.jpg", size: 300_000, seed: 99)
        let sha256 = try cli.tool("sh", ["-c", "sha256sum '\(forged)' | cut -d' ' -f1"]).output.trimmingCharacters(
            in: .whitespacesAndNewlines)
        let sha512 = try cli.tool("sh", ["-c", "sha512sum '\(forged)' | cut -d' ' -f1"]).output.trimmingCharacters(
            in: .whitespacesAndNewlines)
        let original = cli.objectPath(try cli.recordedHash(2))
        #expect(try cli.tool("rm", ["-f", original]).status == 0)
        #expect(
            try cli.tool(
                "sh", ["-c", "mkdir -p \"$(dirname '\(cli.objectPath(sha256))')\" && cp '\(forged)' '\(cli.objectPath(sha256))'"]
            ).status == 0)
        try cli.sqlite("UPDATE evidence_item SET sha256 = '\(sha256)', sha512 = '\(sha512)' WHERE id = 2")
        try expectVerifyFails(cli, "evidence record changed", "E-2")
    }

    @Test func aMissingPublicKeyIsNamed() throws {
        let cli = try freshCase()
        try cli.sqlite("DELETE FROM handler_key")
        try expectVerifyFails(cli, "key missing", "event 1")
    }

    @Test func aNewCaseMadeWhereAnOldOneWasIsNotTakenForIt() throws {
        var cli = try CLI()
        cli.environment["CASEBOOK_HANDLER"] = "kim"
        try cli.makeCase()
        #expect(try cli.run(["evidence", "add", try cli.makeFile("one.txt", Array("one".utf8))]).status == 0)
        #expect(try cli.run(["verify"]).status == 0)
        // The folder is emptied and a new case made in it, as a second 'casebook demo' does.
        try FileManager.default.removeItem(at: cli.workspace)
        try cli.makeCase()
        #expect(try cli.run(["evidence", "add", try cli.makeFile("two.txt", Array("two".utf8))]).status == 0)
        let result = try cli.run(["verify"])
        #expect(result.status == 0, "\(result.stdout)")
        // The new case's own head is remembered: cutting its newest events is still found.
        try cli.sqlite("DELETE FROM custody_event WHERE sequence = (SELECT MAX(sequence) FROM custody_event)")
        #expect(try cli.run(["verify"]).status == 1)
    }
}
