import Foundation
import Synchronization
import Testing

@testable import CasebookCore
@testable import CasebookInterchange

@Suite("import into a case")
struct ImportCoreTests {
    /// A fresh workspace in a temporary folder, and a CSV file beside it.
    static func makeCase(_ name: String, _ csv: String) throws -> (Case, String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let workspace = try Workspace.create(at: folder.appendingPathComponent("case").path, title: "T", organization: nil)
        let file = folder.appendingPathComponent(name).path
        try Data(csv.utf8).write(to: URL(fileURLWithPath: file))
        return (try workspace.open(), file)
    }

    @Test("progress is reported for every record, and the summary counts them")
    func progress() throws {
        var csv = "external_id,title,date\n"
        for number in 1...30 { csv += "K\(number),Incident \(number),2012\n" }
        let (open, file) = try Self.makeCase("incidents.csv", csv)
        let seen = Mutex<[Int]>([])
        let summary = try open.importFile(
            ImportRequest(
                path: file, handler: try Handler("tester"),
                progress: { done, total in
                    #expect(total == 30)
                    seen.withLock { $0.append(done) }
                }))
        #expect(summary.added == 30)
        #expect(seen.withLock { $0 } == Array(1...30))
    }

    @Test("a row with several bad columns has each listed")
    func severalInOneRow() throws {
        let (open, file) = try Self.makeCase("incidents.csv", "title,date,country,victims,latitude\n,2013-13,Korea,-3,north\n")
        #expect {
            try open.importFile(ImportRequest(path: file, handler: try Handler("tester")))
        } throws: { error in
            guard case ImportError.problems(let problems, _) = error else { return false }
            return problems.map(\.column) == ["title", "date", "country", "latitude", "victims"]
                && problems.allSatisfy { $0.line == 2 }
        }
    }

    @Test("a bad row anywhere leaves the case as it was, and every problem is listed")
    func allOrNothing() throws {
        let (open, file) = try Self.makeCase(
            "actors.csv", "external_id,name,kind,superior\nA1,SSD,institution,\nA2,Bureau,army,A1\nA3,,institution,A1\n")
        #expect {
            try open.importFile(ImportRequest(path: file, handler: try Handler("tester")))
        } throws: { error in
            guard case ImportError.problems(let problems, let total) = error else { return false }
            return total == 2 && problems.map(\.line) == [3, 4] && problems.map(\.column) == ["kind", "name"]
        }
        #expect(try open.actors().isEmpty)
    }
}
