import CasebookCore
import Foundation
import GRDB
import Testing

@Suite("finding and creating workspaces")
struct WorkspaceCLITests {
    @Test func outsideAnyWorkspaceEveryCommandSaysSoAndExits2() throws {
        let cli = try CLI()
        for args in [["status"], ["witness", "list"], ["matrix"], ["witness", "add", "--pseudonym", "X"]] {
            let result = try cli.run(args, cwd: cli.folder)
            #expect(result.status == 2)
            #expect(result.errorLines.count == 1)
            #expect(result.stderr.contains("is not inside a Casebook workspace"))
        }
    }

    @Test func initCreatesAPrivateDatabaseAndRefusesAnExistingWorkspace() throws {
        let cli = try CLI()
        try cli.makeCase()
        let database = cli.workspace.appendingPathComponent(Workspace.databaseFileName)
        let mode = try FileManager.default.attributesOfItem(atPath: database.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let queue = try GRDB.DatabaseQueue(path: database.path)
        #expect(try queue.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") } == "wal")
        let before = try cli.databaseDump()
        let again = try cli.run(["init", cli.workspace.path, "--title", "Another"], cwd: cli.folder)
        #expect(again.status == 2)
        #expect(again.stderr.contains("already holds a Casebook workspace"))
        #expect(try cli.databaseDump() == before)
    }

    @Test func initWithAnEmptyTitleCreatesNothing() throws {
        let cli = try CLI()
        let result = try cli.run(["init", "new-case", "--title", " "], cwd: cli.folder)
        #expect(result.status == 2)
        #expect(result.stderr.contains("The case title must not be empty"))
        #expect(!FileManager.default.fileExists(atPath: cli.folder.appendingPathComponent("new-case").path))
    }

    @Test func findsTheWorkspaceByOptionEnvironmentOrParentFolder() throws {
        let cli = try CLI()
        try cli.makeCase()
        _ = try cli.run(["witness", "add", "--pseudonym", "Witness A"])
        let nested = cli.workspace.appendingPathComponent("out/drafts")
        try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
        let fromParent = try cli.run(["witness", "list"], cwd: nested)
        let byOption = try cli.run(["-C", cli.workspace.path, "witness", "list"], cwd: cli.folder)
        let byOptionAfter = try cli.run(["witness", "list", "--workspace", cli.workspace.path], cwd: cli.folder)
        let byEnvironment = try cli.run(
            ["witness", "list"], cwd: cli.folder, environment: [Workspace.environmentVariable: cli.workspace.path])
        for result in [fromParent, byOption, byOptionAfter, byEnvironment] {
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains("Witness A"))
        }
        let badEnvironment = try cli.run(
            ["witness", "list"], cwd: cli.folder, environment: [Workspace.environmentVariable: cli.folder.path])
        #expect(badEnvironment.status == 2)
        #expect(badEnvironment.stderr.contains("$CASEBOOK_WORKSPACE"))
    }
}
