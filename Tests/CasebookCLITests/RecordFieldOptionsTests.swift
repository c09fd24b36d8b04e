import CasebookCore
import CasebookInterchange
import CasebookModel
import Foundation
import Testing

/// `RecordFields` describes each updatable record's fields once; the `update` commands and the
/// import columns must follow it, so a field added there and forgotten here fails.
@Suite("the update commands and import columns follow the one description of each record's fields")
struct RecordFieldOptionsTests {
    static let kinds: [(RecordKind, String, ImportKind)] = [
        (.witness, "witness", .witnesses), (.testimony, "testimony", .testimonies), (.incident, "incident", .incidents),
        (.actor, "actor", .actors), (.evidence, "evidence", .evidence),
    ]

    @Test(arguments: kinds.map(\.1))
    func eachUpdateCommandHasAnOptionForEveryFieldAndNoOther(_ command: String) throws {
        let kind = try #require(Self.kinds.first { $0.1 == command }).0
        let cli = try CLI()
        let help = try cli.run([command, "update", "--help"])
        #expect(help.status == 0)
        let options = Set(
            help.stdout.split(separator: "\n").compactMap { line -> String? in
                let trimmed = line.drop { $0 == " " }
                guard trimmed.hasPrefix("--"), line.hasPrefix("  ") else { return nil }
                return String(trimmed.dropFirst(2).prefix { $0.isLetter || $0 == "-" })
            })
        let shared: Set<String> = ["json", "handler", "workspace", "help", "version"]
        #expect(options.subtracting(shared) == Set(RecordFields.of(kind).flatMap(\.options)), "\(help.stdout)")
    }

    /// The README's import table names every column import takes for the kind, once.
    @Test(arguments: kinds.map(\.1))
    func theREADMEListsEveryImportColumn(_ command: String) throws {
        let importKind = try #require(Self.kinds.first { $0.1 == command }).2
        let readme = try String(contentsOf: ReadmeTests.readme, encoding: .utf8)
        // The import table's row: the first of the kind's rows that names the external id column
        // (the custody log's table has an `evidence` row too).
        let row = try #require(
            readme.split(separator: "\n").first {
                $0.hasPrefix("| `\(importKind.rawValue)` |") && $0.contains("`external_id`")
            }, "no README row")
        #expect(Set(importKind.columns).count == importKind.columns.count)
        for column in importKind.columns {
            #expect(row.contains("`\(column)`"), "the README's import table lacks \(command) column \(column)")
        }
    }
}
