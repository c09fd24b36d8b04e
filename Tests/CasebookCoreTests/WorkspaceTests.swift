import CasebookCore
import Foundation
import Testing

@testable import CasebookModel

@Suite("workspace")
struct WorkspaceTests {
    func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-ws-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func createsTheLayoutWithAPrivateDatabase() throws {
        let folder = try temporaryFolder().appendingPathComponent("case")
        let workspace = try Workspace.create(at: folder.path, title: "T", organization: "O")
        for sub in ["evidence/objects", "keys", "templates", "out"] {
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(sub).path))
        }
        let mode = try FileManager.default.attributesOfItem(atPath: workspace.databaseURL.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(try workspace.open().status().title == "T")
    }

    @Test func refusesAnExistingWorkspaceAndAnEmptyTitle() throws {
        let folder = try temporaryFolder()
        #expect(throws: RecordError.emptyField("case title")) {
            try Workspace.create(at: folder.path + "/x", title: "  ", organization: nil)
        }
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/x"))
        try Workspace.create(at: folder.path, title: "T", organization: nil)
        #expect(throws: WorkspaceError.alreadyAWorkspace(folder.standardizedFileURL.path)) {
            try Workspace.create(at: folder.path, title: "Other", organization: nil)
        }
        #expect(try Workspace(root: folder).open().status().title == "T")
    }

    @Test func locatesByOptionThenEnvironmentThenParents() throws {
        let a = try temporaryFolder()
        let b = try temporaryFolder()
        try Workspace.create(at: a.path, title: "A", organization: nil)
        try Workspace.create(at: b.path, title: "B", organization: nil)
        let deep = a.appendingPathComponent("out/nested")
        try FileManager.default.createDirectory(at: deep, withIntermediateDirectories: true)

        let env = [Workspace.environmentVariable: b.path]
        #expect(
            try Workspace.locate(explicit: a.path, environment: env, currentDirectory: "/").root.path == a.standardizedFileURL.path)
        #expect(
            try Workspace.locate(explicit: nil, environment: env, currentDirectory: deep.path).root.path
                == b.standardizedFileURL.path)
        #expect(
            try Workspace.locate(explicit: nil, environment: [:], currentDirectory: deep.path).root.path
                == a.standardizedFileURL.path)
        let outside = try temporaryFolder()
        #expect(throws: WorkspaceError.outsideWorkspace(outside.standardizedFileURL.path)) {
            try Workspace.locate(explicit: nil, environment: [:], currentDirectory: outside.path)
        }
        #expect(throws: WorkspaceError.notAWorkspace(outside.standardizedFileURL.path, via: .named)) {
            try Workspace.locate(explicit: outside.path, environment: [:], currentDirectory: "/")
        }
        // A folder that does not exist is said to be missing, not to lack a database.
        let gone = outside.appendingPathComponent("no-such-case")
        #expect(throws: WorkspaceError.noSuchFolder(gone.standardizedFileURL.path, via: .named)) {
            try Workspace.locate(explicit: gone.path, environment: [:], currentDirectory: "/")
        }
        #expect(throws: WorkspaceError.noSuchFolder(gone.standardizedFileURL.path, via: .environment)) {
            try Workspace.locate(explicit: nil, environment: ["CASEBOOK_WORKSPACE": gone.path], currentDirectory: "/")
        }
    }
}
