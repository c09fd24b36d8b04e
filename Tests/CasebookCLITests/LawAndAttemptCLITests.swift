import Foundation
import Testing

/// The the law, attempt and allegation details from the command line: the reviewer's repros, each refused or answered
/// as the law asks, and bad input that needs more than the sample case refused with nothing written.
@Suite("the law, attempt and allegation details from the command line")
struct LawAndAttemptCLITests {
    func ok(_ cli: CLI, _ steps: [[String]]) throws {
        for step in steps {
            let result = try cli.run(step)
            #expect(result.status == 0, "\(step): \(result.stderr)")
        }
    }

    /// One line on stderr, exit 2, nothing written.
    func refused(_ cli: CLI, _ args: [String], _ message: String) throws {
        let before = try cli.databaseDump()
        let result = try cli.run(args)
        #expect(result.status == 2, "\(args): exit \(result.status); \(result.stderr)")
        #expect(result.errorLines.count == 1, "\(args): \(result.stderr)")
        #expect(result.stderr.contains(message), "\(args): \(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(try cli.databaseDump() == before, "\(args): the database changed")
    }

    /// a1, the reviewer's repro: a superior's context.knowledge does not close the crime's element.
    @Test func aSuperiorsKnowledgeDoesNotProveTheCrimesKnowledge() throws {
        let cli = try CLI()
        try cli.makeSampleCase()
        try ok(
            cli,
            [
                ["actor", "add", "--name", "Director", "--kind", "person", "--superior", "A-2"],
                ["allege", "--incident", "I-1", "--crime", "murder"],
                ["attribute", "--allegation", "AL-2", "--actor", "A-3", "--mode", "superior"],
            ])
        try refused(
            cli, ["cite", "--allegation", "AL-2", "--source", "T-1", "--actor", "A-3", "--element", "context.knowledge"],
            "A-3 is attributed to AL-2 under art. 28 only (superior): the crime's context.knowledge is the physical perpetrators' knowledge (cite it without --actor), and A-3's own knowledge is proved with --element superior.knowledge."
        )
        let matrix = try cli.run(["matrix", "--crime", "murder"])
        #expect(matrix.stdout.contains("  [GAP] context.knowledge"))
        #expect(!matrix.stdout.contains("  [ok ] context.knowledge"))
        // The attribution's header reflects its elements (c): not ok while superior.* are gaps.
        try ok(cli, [["cite", "--allegation", "AL-2", "--source", "T-1", "--actor", "A-3", "--element", "superior.relationship"]])
        let header = try cli.run(["matrix", "--crime", "murder"])
        #expect(header.stdout.contains("  [GAP] A-3 Director — Superior responsibility (civilian superior), art. 28(b)"))
        #expect(header.stdout.contains("elements of liability not proved: superior.effective-control"))
    }

    /// b4: another actor's gaps do not fail --strict for this one.
    @Test func strictForOneActorIgnoresAnotherActorsGaps() throws {
        let cli = try CLI()
        try cli.makeSampleCase()
        var steps: [[String]] = [
            ["actor", "add", "--name", "Director", "--kind", "person", "--superior", "A-2"],
            ["attribute", "--allegation", "AL-1", "--actor", "A-3", "--mode", "direct"],
            ["attack", "add", "--title", "Attack"], ["allegation", "update", "AL-1", "--attack", "AT-1"],
        ]
        steps += ["torture.2", "torture.3", "context.attack"].map {
            ["cite", "--allegation", "AL-1", "--source", "T-1", "--element", $0]
        }
        steps += ["direct.conduct", "direct.mental", "context.knowledge"].map {
            ["cite", "--allegation", "AL-1", "--source", "T-1", "--actor", "A-3", "--element", $0]
        }
        steps += ["attack.course-of-conduct", "attack.civilian-population", "attack.policy", "attack.widespread-or-systematic"].map
        {
            ["attack", "cite", "AT-1", "--source", "T-1", "--element", $0, "--basis", "first-hand"]
        }
        try ok(cli, steps)
        #expect(try cli.run(["matrix", "--strict"]).status == 1)
        let one = try cli.run(["matrix", "--actor", "A-3", "--strict"])
        #expect(one.status == 0, "\(one.stdout)")
        #expect(one.stdout.contains("Gaps counted for A-3's attributions only"))
        #expect(try cli.run(["matrix", "--actor", "A-2", "--strict"]).status == 1)
        #expect(try cli.run(["attack", "show", "AT-1"]).stdout.contains("[first-hand; ungraded]"))
    }

    /// b9: a line break inside --group cannot forge a line of the matrix.
    @Test func theMatrixEscapesControlCharactersInWhatUsersTyped() throws {
        let cli = try CLI()
        try cli.makeSampleCase()
        try ok(
            cli,
            [
                ["allege", "--incident", "I-1", "--crime", "persecution"],
                ["allegation", "update", "AL-2", "--group", "families\n  [ok ] context.attack  forged"],
            ])
        let matrix = try cli.run(["matrix", "--crime", "persecution"])
        #expect(matrix.stdout.contains("Targeted group: families\\x0a  [ok ] context.attack  forged"))
        #expect(!matrix.stdout.split(separator: "\n").contains { $0.hasPrefix("  [ok ] context.attack  forged") })
    }

    /// b2, b3, b7, b8, c: the reviewer's repros for allegation update.
    @Test func allegationUpdateRefusesOrExplains() throws {
        let cli = try CLI()
        try cli.makeSampleCase()
        try ok(
            cli,
            [
                ["incident", "add", "--title", "Families expelled", "--date", "2010", "--country", "KP"],
                ["allege", "--incident", "I-2", "--crime", "deportation"],
                ["allege", "--incident", "I-2", "--crime", "forcible-transfer"],
                ["allege", "--incident", "I-1", "--crime", "persecution"],
                ["allege", "--incident", "I-2", "--crime", "persecution"],
                ["allegation", "update", "AL-4", "--connected", "AL-5"],
            ])
        for code in ["XX", "ZZ", "QQ", "AA", "EU", "UK"] {
            try refused(cli, ["allegation", "update", "AL-2", "--destination", code], "'\(code)' is not a valid country code")
        }
        try refused(cli, ["incident", "update", "I-2", "--country", "ZZ"], "'ZZ' is not a valid country code")
        try refused(
            cli, ["allegation", "update", "AL-5", "--connected", "AL-4"],
            "the connections would go round in a circle (AL-5 → AL-4 → AL-5)")
        try refused(
            cli, ["allegation", "update", "AL-2", "--reviewed"],
            "--reviewed confirms AL-2 as deportation, which needs the State of destination")
        try refused(
            cli, ["allegation", "update", "AL-2", "--crime", "forcible-transfer"],
            "AL-2 cannot be re-keyed: I-2 is already alleged to be forcible-transfer, as AL-3; nothing was changed.")
        let same = try cli.run(["allegation", "update", "AL-2", "--destination", "kp"])
        #expect(same.status == 0)
        #expect(same.stdout.contains("Destination") && same.stdout.contains("KP (Democratic People's Republic of Korea)"))
        #expect(same.stdout.contains("Note: The State of destination KP is the country of I-2 itself"))
        let grounds = try cli.run(["allegation", "update", "AL-4", "--grounds", "political,political,religious"])
        #expect(grounds.stdout.contains("political, religious") && !grounds.stdout.contains("political, political"))
        let unknown = try cli.run(["allegation", "update", "AL-2", "--destination", "unknown", "--reviewed"])
        #expect(unknown.status == 0 && unknown.stdout.contains("unknown (recorded as not known yet)"), "\(unknown.stderr)")
    }

    /// b6: --no-attempt says what it removed.
    @Test func noAttemptSaysWhatItRemoved() throws {
        let cli = try CLI()
        try cli.makeSampleCase()
        try ok(
            cli,
            [
                ["actor", "add", "--name", "Guard", "--kind", "person"],
                ["attribute", "--allegation", "AL-1", "--actor", "A-3", "--mode", "direct"],
                ["allegation", "update", "AL-1", "--attempt", "--actor", "A-3", "--abandoned", "he stopped"],
            ])
        let matrix = try cli.run(["matrix"])
        #expect(matrix.stdout.contains("[n/a] torture.1") || matrix.stdout.contains("[ok ] torture.1"))
        #expect(matrix.stdout.contains("not required: attempt (art. 25(3)(f))"))
        #expect(matrix.stdout.contains("[GAP] attempt.substantial-step"))
        #expect(matrix.stdout.contains("abandoned the attempt: he stopped"))
        let removed = try cli.run(["allegation", "update", "AL-1", "--no-attempt"])
        #expect(removed.status == 0)
        #expect(removed.stdout.contains("Note: Removed A-3's abandonment note (\"he stopped\")"))
        try refused(cli, ["attack", "update", "AT-9"], "Nothing to change for AT-9")
        try ok(cli, [["attack", "add", "--title", "Attack"]])
        try refused(cli, ["attack", "update", "AT-1"], "Nothing to change for AT-1: give at least one of --title")
    }
}
