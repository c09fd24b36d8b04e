import Foundation
import Testing

@Suite("--json output")
struct JSONOutputTests {
    func json(_ cli: CLI, _ args: [String]) throws -> Any {
        let result = try cli.run(args + ["--json"])
        #expect(result.status == 0, "\(args): \(result.stderr)")
        return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
    }

    @Test func listsAreArraysOfObjectsWithIds() throws {
        let cli = try CLI()
        try cli.makeSampleCase()
        for (args, id) in [
            (["witness", "list"], "W-1"), (["testimony", "list"], "T-1"), (["incident", "list"], "I-1"),
            (["actor", "list"], "A-1"), (["actor", "tree"], "A-1"),
        ] {
            let array = try #require(try json(cli, args) as? [[String: Any]])
            #expect(array.first?["id"] as? String == id)
        }
        let single = try #require(try json(cli, ["witness", "show", "W-1"]) as? [String: Any])
        #expect(single["pseudonym"] as? String == "Witness A")
        #expect(single["consent"] as? [String] == ["icc-evidence", "upr"])
    }

    @Test func createdRecordsArePrintedWithTheirIds() throws {
        let cli = try CLI()
        try cli.makeSampleCase()
        let witness = try #require(try json(cli, ["witness", "add", "--pseudonym", "Witness B"]) as? [String: Any])
        #expect(witness["id"] as? String == "W-2")
        let allegation = try #require(try json(cli, ["allege", "--incident", "I-1", "--crime", "imprisonment"]) as? [String: Any])
        #expect(allegation["id"] as? String == "AL-2")
    }

    @Test func matrixCarriesGapsPerElement() throws {
        let cli = try CLI()
        try cli.makeSampleCase()
        let matrix = try #require(try json(cli, ["matrix"]) as? [String: Any])
        #expect(matrix["gapCount"] as? Int == 4)
        let allegations = try #require(matrix["allegations"] as? [[String: Any]])
        let elements = try #require(allegations.first?["elements"] as? [[String: Any]])
        #expect(
            elements.map { $0["key"] as? String } == ["torture.1", "torture.2", "torture.3", "context.attack", "context.knowledge"])
        #expect(elements.map { $0["isGap"] as? Bool } == [false, true, true, true, true])
        let strict = try cli.run(["matrix", "--strict", "--json"])
        #expect(strict.status == 1)
        #expect(strict.stderr.isEmpty)
    }

    @Test func statusCountsEverything() throws {
        let cli = try CLI()
        try cli.makeSampleCase()
        let status = try #require(try json(cli, ["status"]) as? [String: Any])
        #expect(status["witnesses"] as? Int == 1)
        #expect(status["actors"] as? Int == 2)
        #expect(status["proofGaps"] as? Int == 4)
    }
}
