import CasebookCore
import Foundation
import GRDB
import Testing

@testable import CasebookModel

/// The README's walkthrough, run exactly as written, in a fresh folder.
@Suite("README walkthrough")
struct WalkthroughTests {
    /// The first shell block under the walkthrough heading of README.md.
    static func walkthroughCommands() throws -> [String] {
        try commands(under: "## A five-minute walkthrough")
    }

    /// The first shell block under `heading` in README.md.
    static func commands(under heading: String) throws -> [String] {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        guard let heading = text.range(of: heading),
            let open = text.range(of: "```sh\n", range: heading.upperBound..<text.endIndex),
            let close = text.range(of: "```", range: open.upperBound..<text.endIndex)
        else { throw CocoaError(.fileReadCorruptFile) }
        return text[open.upperBound..<close.lowerBound].split(separator: "\n").map(String.init)
    }

    /// Runs `commands` with bash, `set -e`, in a fresh folder, with the built binary on the PATH.
    static func runScript(_ commands: [String], in cli: CLI) throws -> (status: Int32, stdout: String, stderr: String) {
        let script = "set -e\n" + commands.joined(separator: "\n") + "\n"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", script]
        var env = ProcessInfo.processInfo.environment
        env["PATH"] = CLI.binary.deletingLastPathComponent().path + ":" + (env["PATH"] ?? "/usr/bin:/bin")
        env.removeValue(forKey: Workspace.environmentVariable)
        process.environment = env
        process.currentDirectoryURL = cli.folder
        let output = try ProcessOutput.run(process)
        return (output.status, String(decoding: output.stdout, as: UTF8.self), String(decoding: output.stderr, as: UTF8.self))
    }

    @Test func correctingRecordsWorksAsWrittenAfterTheWalkthrough() throws {
        let corrections = try Self.commands(under: "## Correcting records")
        #expect(corrections.contains { $0.hasPrefix("casebook history") })
        let cli = try CLI()
        let (status, stdout, stderr) = try Self.runScript(try Self.walkthroughCommands() + corrections, in: cli)
        #expect(status == 0, "correcting records failed: \(stderr)")
        #expect(stderr.isEmpty)
        for line in [
            "Updated I-1 Interrogation at a provincial holding centre:",
            "  Date changed from \"2011/2012\" to \"2011-10/2012-03\".",
            "  Place set to \"Onsong\".", "  Consent changed from \"icc-evidence,upr\" to \"icc-evidence\".",
            "History of I-1: 2 change(s).",
            "\"handler\" : \"kim.investigator\"",
        ] {
            #expect(stdout.contains(line), "missing from the output: \(line)")
        }
    }

    @Test func worksExactlyAsWritten() throws {
        let commands = try Self.walkthroughCommands()
        #expect(commands.count >= 10)
        let cli = try CLI()
        let (status, stdout, stderr) = try Self.runScript(commands, in: cli)

        #expect(status == 0, "walkthrough failed: \(stderr)")
        #expect(stderr.isEmpty)
        for line in [
            "Added W-1 Witness A.", "Added T-1: testimony of W-1 Witness A, 2019-05-03.", "Created allegation AL-1.",
            "    A-2 Provincial SSD bureau (institution) (from 2008)",
            "  [low] torture.2  The victims were in the perpetrator's custody or under the perpetrator's control.",
            "  [GAP] context.attack  The conduct was part of a \"widespread or systematic attack directed against any civilian population\" (art. 7(1)).",
            // The status now also lists the custody log (the witness's consent at add is logged) and
            // the standard of proof, whose longer labels widen the column. One source each: [low].
            "1 allegation(s); 3 gap(s) in proof.", "Proof gaps:        3 (run 'casebook matrix' to see them)",
            // The attack, and superior responsibility proved element by element.
            "Added AT-1 Attack on persons seen as a threat to the political system.", "Every element of AT-1 has a source.",
            "  Attack: AT-1 Attack on persons seen as a threat to the political system (every element has a source)",
            "  [low] context.attack  The conduct was part of a \"widespread or systematic attack directed against any civilian population\" (art. 7(1)).",
            "  [ok ] A-3 Director of the provincial bureau — Superior responsibility (civilian superior), art. 28(b)",
            "      [low] superior.effective-control  The subordinates were under the actor's effective authority and control.",
            "      [low] superior.knowledge  The actor knew, or \"consciously disregarded information which clearly indicated\" (art. 28(b)(i)), that the subordinates were committing or about to commit the crimes.",
            "      [low] superior.causation  The crimes were committed \"as a result of his or her failure to exercise control properly\" over the subordinates (art. 28(b)).",
            "1 allegation(s); 2 gap(s) in proof.",
            "    COI classification: A/HRC/25/63 para. 76: \"forced abortions and other sexual violence\".",
        ] {
            #expect(stdout.contains(line), "missing from the walkthrough output: \(line)")
        }

        let database = try DatabaseQueue(path: cli.folder.appendingPathComponent("dprk-case/casebook.sqlite").path)
        try database.read { db in
            #expect(
                try String.fetchOne(db, sql: "SELECT title FROM case_info") == "DPRK: detention of forcibly repatriated persons")
            #expect(try String.fetchOne(db, sql: "SELECT crimeKey FROM allegation WHERE id = 1") == "torture")
            // The bureau is an institution: nothing is attributed to it, only to its director.
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM attribution WHERE actorId = 2") == 0)
            let cited = try Row.fetchAll(db, sql: "SELECT elementKey, pinpoint FROM citation ORDER BY id").map {
                [$0["elementKey"] as String?, $0["pinpoint"] as String?]
            }
            // The first part's two citations, then (issue 11) the nexus and the six elements of art. 28(b).
            #expect(
                cited == [["torture.1", "para. 12"], ["torture.2", "para. 14"], ["context.attack", "para. 15"]]
                    + zip(
                        ModeOfLiability.superior.elements.map(\.key),
                        ["para. 8", "para. 9", "para. 11", "para. 12", "para. 13", "para. 14"]
                    )
                    .map { [$0, $1] })
            #expect(try Int.fetchOne(db, sql: "SELECT superiorId FROM actor_superior WHERE actorId = 2") == 1)
            #expect(try Int.fetchOne(db, sql: "SELECT attackId FROM allegation WHERE id = 1") == 1)
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM attack_citation WHERE attackId = 1") == 4)
            #expect(
                try String.fetchOne(db, sql: "SELECT mode FROM attribution WHERE allegationId = 1 AND actorId = 3") == "superior")
            let superiorElements = try String.fetchAll(
                db, sql: "SELECT elementKey FROM citation WHERE actorId = 3 ORDER BY id")
            #expect(superiorElements == ModeOfLiability.superior.elements.map(\.key))
        }
    }
}
