import Foundation
import Testing

/// The demo finds the sample of the clone its program was built in, from any folder (the README
/// runs it beside the walkthrough's case, outside the clone).
@Suite("the demo finds its sample")
struct DemoSampleTests {
    @Test func fromAFolderOutsideTheClone() throws {
        var cli = try CLI()
        cli.environment["CASEBOOK_HANDLER"] = "tester"
        let result = try cli.run(["demo", "--out", "demo"], cwd: cli.folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("evidence verified: intact"))
        // Every incident linked to the sample's attack falls within its period.
        cli.environment["CASEBOOK_PASSPHRASE"] = "casebook-demo"
        let status = try cli.run(["status", "-C", "demo"], cwd: cli.folder)
        #expect(status.status == 0, "\(status.stderr)")
        #expect(!status.stdout.contains("falls outside the period"), "\(status.stdout)")
    }
}
