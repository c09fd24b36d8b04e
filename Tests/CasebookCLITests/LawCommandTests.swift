import Foundation
import GRDB
import Testing

@testable import CasebookCore
@testable import CasebookModel
@testable import CasebookStore

/// Issue 11 from the command line: the crimes with their footnotes, the conduct index, the
/// attack, and a case made before this version, which must open and verify unchanged.
@Suite("the law, the attack and old cases from the command line")
struct LawCommandTests {
    func json(_ cli: CLI, _ args: [String]) throws -> Any {
        let result = try cli.run(args + ["--json"])
        #expect(result.status == 0, "\(args): \(result.stderr)")
        return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
    }

    @Test func crimesShowsEachElementsFootnotesInTextAndJSON() throws {
        let cli = try CLI()
        let text = try cli.run(["crimes", "sexual-violence.rape"])
        #expect(text.status == 0)
        #expect(text.stdout.contains("\"against such person or another person\" (Elements of Crimes, art. 7(1)(g)-1, element 2)"))
        #expect(
            text.stdout.contains(
                "Note (fn 16): A person may be incapable of giving genuine consent if affected by natural, induced or age-related incapacity."
            ))
        #expect(text.stdout.contains("(Elements of Crimes, art. 7(1)(g)-1, footnote 16)"))
        let crime = try #require(try json(cli, ["crimes", "enforced-disappearance"]) as? [String: Any])
        #expect(crime["attackMustPostdateEntryIntoForce"] as? Bool == true)
        let notes = try #require(crime["notes"] as? [[String: Any]])
        #expect(notes.compactMap { $0["footnote"] as? Int } == [23, 24])
        let elements = try #require(crime["elements"] as? [[String: Any]])
        let first = try #require(elements.first?["notes"] as? [[String: Any]])
        #expect(first.compactMap { $0["footnote"] as? Int } == [25, 26])
        #expect(first.allSatisfy { ($0["citation"] as? String)?.hasPrefix("Elements of Crimes, art. 7(1)(i), footnote") == true })
    }

    @Test func crimesShowsAModesElementsAndFindsConduct() throws {
        let cli = try CLI()
        let mode = try cli.run(["crimes", "command"])
        #expect(mode.stdout.contains("command.effective-control"))
        #expect(mode.stdout.contains("\"owing to the circumstances at the time, should have known\""))
        let found = try cli.run(["crimes", "--find", "forced abortion"])
        #expect(found.status == 0)
        #expect(found.stdout.contains("Candidate crimes: sexual-violence.other"))
        #expect(found.stdout.contains("COI classification: A/HRC/25/63 para. 76: \"forced abortions and other sexual violence\"."))
        let entries = try #require(try json(cli, ["crimes", "--find", "starvation"]) as? [[String: Any]])
        #expect((entries.first?["crimes"] as? [String])?.first == "other-inhumane-acts")
        let list = try cli.run(["crimes"])
        #expect(list.stdout.contains("forcible-transfer"))
        #expect(list.stdout.contains("indirect-co-perpetration (art. 25(3)(a))"))
    }

    @Test func theAttackIsRecordedProvedAndLinked() throws {
        let cli = try CLI()
        try cli.makeSampleCase()
        let steps: [[String]] = [
            [
                "attack", "add", "--title", "Attack on repatriated persons", "--period", "1990/2014", "--population",
                "repatriated persons",
            ],
            ["attack", "cite", "AT-1", "--source", "T-1", "--element", "attack.course-of-conduct"],
            ["attack", "cite", "AT-1", "--source", "T-1", "--element", "attack.civilian-population"],
            ["attack", "cite", "AT-1", "--source", "T-1", "--element", "attack.policy"],
            ["attack", "cite", "AT-1", "--source", "T-1", "--element", "attack.widespread-or-systematic", "--pinpoint", "para. 2"],
            ["attack", "update", "AT-1", "--systematic", "the same practice in every province"],
            ["allegation", "update", "AL-1", "--attack", "AT-1"],
            ["cite", "--allegation", "AL-1", "--source", "T-1", "--element", "context.attack", "--pinpoint", "para. 15"],
        ]
        for step in steps {
            let result = try cli.run(step)
            #expect(result.status == 0 && result.stderr.isEmpty, "\(step): \(result.stderr)")
        }
        let show = try cli.run(["attack", "show", "AT-1"])
        #expect(show.stdout.contains("Allegations: AL-1"))
        #expect(show.stdout.contains("Every element of AT-1 has a source."))
        let matrix = try cli.run(["matrix"])
        #expect(matrix.stdout.contains("  Attack: AT-1 Attack on repatriated persons (every element has a source)"))
        #expect(matrix.stdout.contains("  [low] context.attack"))  // one source: short of reasonable grounds
        #expect(matrix.stdout.contains("[GAP] direct.conduct"))
        let list = try cli.run(["attack", "list"])
        #expect(list.stdout.contains("AT-1") && list.stdout.contains("yes"))
    }

    @Test func strictCountsTheElementsOfLiabilityToo() throws {
        let cli = try CLI()
        try cli.makeSampleCase()
        var steps: [[String]] = [
            ["cite", "--allegation", "AL-1", "--source", "T-1", "--element", "torture.2"],
            ["cite", "--allegation", "AL-1", "--source", "T-1", "--element", "torture.3"],
            ["cite", "--allegation", "AL-1", "--source", "T-1", "--element", "context.knowledge"],
            ["attack", "add", "--title", "Attack"], ["allegation", "update", "AL-1", "--attack", "AT-1"],
            ["cite", "--allegation", "AL-1", "--source", "T-1", "--element", "context.attack"],
        ]
        steps += AttackElement.allCases.map { ["attack", "cite", "AT-1", "--source", "T-1", "--element", $0.key] }
        for step in steps {
            let result = try cli.run(step)
            #expect(result.status == 0, "\(step): \(result.stderr)")
        }
        let matrix = try #require(try json(cli, ["matrix"]) as? [String: Any])
        #expect(matrix["gapCount"] as? Int == 0)
        #expect(matrix["liabilityGapCount"] as? Int == 3)
        #expect(try cli.run(["matrix", "--strict"]).status == 1)
        for element in ["direct.conduct", "direct.mental", "context.knowledge"] {
            let result = try cli.run(["cite", "--allegation", "AL-1", "--source", "T-1", "--actor", "A-2", "--element", element])
            #expect(result.status == 0, "\(element): \(result.stderr)")
        }
        let strict = try cli.run(["matrix", "--strict"])
        #expect(strict.status == 0)
        #expect(strict.stdout.contains("every element and attribution has a source."))
    }

    /// A case made with the schema before issue 11: a `deportation` allegation, attributions
    /// with no elements. It opens, keeps every value, verifies, and `status` asks for a review.
    @Test func aCaseFromBeforeOpensAndVerifiesUnchanged() throws {
        let cli = try CLI()
        try cli.makeCase()
        let path = cli.workspace.appendingPathComponent(Workspace.databaseFileName).path
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        let old = try DatabaseQueue(path: path, configuration: AppDatabase.makeConfiguration())
        try AppDatabase.migrator.migrate(old, upTo: "v3: sealed witness identities, redacted copies")
        try old.write { db in
            let now = "2025-01-01T00:00:00Z"
            try db.execute(sql: "INSERT INTO case_info (id, title, createdAt) VALUES (1, 'Old case', ?)", arguments: [now])
            try db.execute(sql: "INSERT INTO witness (pseudonym, createdAt) VALUES ('Witness A', ?)", arguments: [now])
            try db.execute(
                sql:
                    "INSERT INTO testimony (witnessId, dateText, dateStart, dateEnd, createdAt) VALUES (1, '2019', '2019-01-01', '2019-12-31', ?)",
                arguments: [now])
            try db.execute(
                sql:
                    "INSERT INTO incident (title, dateText, dateStart, dateEnd, createdAt) VALUES ('Families expelled', '2010', '2010-01-01', '2010-12-31', ?)",
                arguments: [now])
            try db.execute(
                sql: "INSERT INTO actor (name, kind, createdAt) VALUES ('Provincial official', 'person', ?)", arguments: [now])
            try db.execute(
                sql: "INSERT INTO allegation (incidentId, crimeKey, createdAt) VALUES (1, 'deportation', ?)", arguments: [now])
            try db.execute(
                sql: "INSERT INTO attribution (allegationId, actorId, mode, createdAt) VALUES (1, 1, 'superior', ?)",
                arguments: [now])
            try db.execute(
                sql:
                    "INSERT INTO citation (allegationId, testimonyId, elementKey, createdAt) VALUES (1, 1, 'deportation.1', ?), (1, 1, 'context.attack', ?)",
                arguments: [now, now])
            try db.execute(
                sql: "INSERT INTO citation (allegationId, testimonyId, actorId, pinpoint, createdAt) VALUES (1, 1, 1, 'p. 3', ?)",
                arguments: [now])
        }
        let before = try Self.oldColumns(old)
        try old.close()
        chmod(path, 0o600)

        let verify = try cli.run(["verify"])
        #expect(verify.status == 0, "verify: \(verify.stdout) \(verify.stderr)")
        let status = try cli.run(["status"])
        #expect(status.status == 0 && status.stderr.isEmpty, "\(status.stderr)")
        #expect(
            status.stdout.contains(
                "Review AL-1: alleged as deportation before deportation (to another State) and forcible transfer (within the State) were separate keys."
            ))
        let matrix = try cli.run(["matrix"])
        #expect(matrix.stdout.contains("AL-1  Deportation of population (art. 7(1)(d))"))
        #expect(matrix.stdout.contains("  [low] deportation.1"))
        // The linkage source is there, but the header reflects the elements: superior.* are not proved.
        #expect(matrix.stdout.contains("  [GAP] A-1 Provincial official — Superior responsibility (civilian superior), art. 28(b)"))
        #expect(matrix.stdout.contains("        elements of liability not proved: superior.relationship"))
        #expect(matrix.stdout.contains("      [GAP] superior.effective-control"))
        #expect(matrix.stdout.contains("needs: no attack linked"))

        let reopened = try DatabaseQueue(path: path)
        #expect(try Self.oldColumns(reopened) == before, "a value of the old case changed")
        let (key, review) = try reopened.read { db in
            (
                try String.fetchOne(db, sql: "SELECT crimeKey FROM allegation WHERE id = 1"),
                try Bool.fetchOne(db, sql: "SELECT crimeKeyToReview FROM allegation WHERE id = 1")
            )
        }
        #expect(key == "deportation" && review == true)
        try reopened.close()

        // Confirming the review clears it; nothing else changes.
        let confirmed = try cli.run(["allegation", "update", "AL-1", "--reviewed", "--destination", "CN"])
        #expect(confirmed.status == 0, "\(confirmed.stderr)")
        #expect(!(try cli.run(["status"])).stdout.contains("Review AL-1"))
    }

    /// Every column the schema had before issue 11, for every row of the tables it touches.
    static func oldColumns(_ queue: DatabaseQueue) throws -> [String] {
        try queue.read { db in
            var rows: [String] = []
            for (table, columns) in [
                ("case_info", "id, title, organization, createdAt"), ("allegation", "id, incidentId, crimeKey, createdAt"),
                ("attribution", "id, allegationId, actorId, mode, createdAt"),
                ("citation", "id, allegationId, testimonyId, evidenceId, elementKey, actorId, pinpoint, note, createdAt"),
                ("actor", "id, name, kind, position, aliases, createdAt"), ("witness", "id, pseudonym, createdAt"),
                ("testimony", "id, witnessId, dateText, createdAt"), ("incident", "id, title, dateText, createdAt"),
            ] {
                rows += try Row.fetchAll(db, sql: "SELECT \(columns) FROM \(table) ORDER BY id").map { "\(table): \($0)" }
            }
            return rows
        }
    }
}
