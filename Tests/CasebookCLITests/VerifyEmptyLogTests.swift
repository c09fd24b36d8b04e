import Testing

/// A case verified before it had any custody event (a new case, or one built from records only)
/// must verify again later: the first check names the empty log's head, event 0, which no later
/// log holds as an event.
@Suite("verify on a log that started empty")
struct VerifyEmptyLogTests {
    @Test func aCheckOfTheEmptyLogIsNotARewrite() throws {
        var cli = try CLI()
        cli.environment["CASEBOOK_HANDLER"] = "tester"
        try cli.makeCase()
        var result = try cli.run(["verify"])
        #expect(result.status == 0, "\(result.stderr)")
        result = try cli.run(["verify"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(!result.stdout.contains("rewritten"))
        // And after evidence arrives, the earlier checks of the empty log still hold.
        try cli.makeFile("note.txt", Array("a note".utf8))
        #expect(try cli.run(["evidence", "add", cli.folder.appendingPathComponent("note.txt").path]).status == 0)
        result = try cli.run(["verify"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    }
}
