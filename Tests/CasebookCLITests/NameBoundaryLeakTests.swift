import Foundation
import Testing

/// Exports that the leak scan must let go: a two-syllable Hangul name that is also the start of
/// an ordinary word (이수 in 이수했다, "completed"), and a short romanised name inside a public
/// figure's or another person's longer given name written apart ("Kim Jong Il", "Kim Jong Su").
/// The same name standing alone is still stopped.
@Suite("the leak scan lets longer words and names go")
struct NameBoundaryLeakTests {
    struct Row: CustomTestStringConvertible, Sendable {
        let name: String
        let clean: String
        let leaking: String
        var testDescription: String { "\(name): \(clean)" }
    }

    static let rows: [Row] = [
        Row(name: "이수", clean: "그는 교육을 이수했다. 이수자 명단에 있다.", leaking: "증인 이수는 말했다."),
        Row(name: "김정", clean: "Kim Jong Il ruled; KIM JONG IL died; Kim Jong Su testified.", leaking: "Kim Jong testified."),
    ]

    @Test(arguments: rows)
    func theBagGoesUntilTheNameItselfIsThere(_ row: Row) throws {
        let cli = try CLI.protectedCase(["--name", row.name], signingKey: true)
        let clean = try cli.makeFile("clean.txt", Array("Q: Who?\nA: \(row.clean)\n".utf8))
        #expect(try cli.run(["evidence", "add", clean]).status == 0)
        let bag = cli.folder.appendingPathComponent("bag")
        let went = try cli.run(["export", "bagit", bag.path], environment: CLI.testPassphrase)
        #expect(went.status == 0, "\(row.clean): \(went.stderr)")

        let leaking = try cli.makeFile("leaking.txt", Array("Q: Who?\nA: \(row.leaking)\n".utf8))
        #expect(try cli.run(["evidence", "add", leaking]).status == 0)
        let second = cli.folder.appendingPathComponent("bag2")
        let stopped = try cli.run(["export", "bagit", second.path], environment: CLI.testPassphrase)
        #expect(stopped.status == 1, "\(row.leaking): \(stopped.stderr)")
        #expect(stopped.stderr.contains("evidence item E-2 (leaking.txt) contains the protected"), "\(stopped.stderr)")
        #expect(!FileManager.default.fileExists(atPath: second.path))
    }
}
