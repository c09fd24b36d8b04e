import Foundation
import Testing

/// `matrix` weighs each element's sources by independent groups against a standard of proof, and
/// `--standard` with `--strict` fails while an element falls short.
@Suite("the matrix weighs sources against a standard of proof")
struct CorroborationCLITests {
    /// A case with Witness A (W-1) and a handler.
    func caseWithAWitness() throws -> CLI {
        var cli = try CLI()
        cli.environment["CASEBOOK_HANDLER"] = "kim"
        try cli.makeCase()
        try cli.ok(["witness", "add", "--pseudonym", "Witness A"])
        return cli
    }

    @Test func aWitnessesTranscriptAndSecondInterviewDoNotCorroborateHerButAnotherWitnessDoes() throws {
        let cli = try caseWithAWitness()
        try cli.ok(["witness", "add", "--pseudonym", "Witness B"])
        let file = try cli.makeFile("interview.txt", Array("transcript".utf8))
        try cli.ok(["evidence", "add", file])
        try cli.ok(["testimony", "add", "--witness", "W-1", "--date", "2019", "--reliability", "B", "--transcript", "E-1"])
        try cli.ok(["testimony", "add", "--witness", "W-1", "--date", "2020"])
        try cli.ok(["incident", "add", "--title", "Execution", "--date", "2011"])
        try cli.ok([
            "link", "--source", "T-1", "--incident", "I-1", "--crime", "murder", "--element", "murder.1", "--basis", "first-hand",
            "--credibility", "2",
        ])
        try cli.ok(["cite", "--allegation", "AL-1", "--source", "T-2", "--element", "murder.1", "--basis", "first-hand"])
        try cli.ok(["cite", "--allegation", "AL-1", "--source", "E-1", "--element", "murder.1", "--basis", "documentary"])
        let alone = try cli.ok(["matrix"]).stdout
        #expect(
            alone.contains(
                "weight: 3 sources, 1 independent (first-hand 1; best B2): short of reasonable grounds: one independent source; needs 2"
            ), "\(alone)")
        #expect(try cli.run(["matrix", "--standard", "reasonable-grounds", "--strict"]).status == 1)
        #expect(try cli.run(["matrix", "--strict"]).status == 1)  // the other elements have no source
        try cli.ok(["testimony", "add", "--witness", "W-2", "--date", "2021"])
        try cli.ok(["cite", "--allegation", "AL-1", "--source", "T-3", "--element", "murder.1", "--basis", "hearsay"])
        let two = try cli.ok(["matrix", "--crime", "murder"]).stdout
        #expect(two.contains("weight: 4 sources, 2 independent (first-hand 1; best B2): meets reasonable grounds"), "\(two)")
        let json = try cli.ok(["matrix", "--json"]).stdout
        #expect(json.contains("\"groups\" : [\n") && json.contains("\"W-1\",\n") && json.contains("\"status\" : \"meets\""))
        let higher = try cli.ok(["matrix", "--standard", "substantial-grounds"]).stdout
        #expect(
            higher.contains(
                "weight: 4 sources, 2 independent (first-hand 1; best B2): short of substantial grounds: one first-hand source; needs 2"
            ), "\(higher)")
    }

    @Test func anUnknownStandardIsRefusedWithTheNearest() throws {
        let cli = try CLI()
        try cli.makeCase()
        let result = try cli.run(["matrix", "--standard", "reasonable-ground"])
        #expect(result.status == 2)
        #expect(
            result.errorLines == [
                "error: 'reasonable-ground' is not a valid standard of proof; did you mean reasonable-grounds? write reasonable-basis, reasonable-grounds, substantial-grounds, beyond-reasonable-doubt."
            ])
    }
}

extension CorroborationCLITests {
    @Test func aPhotoAWitnessProvidedAndAReportDerivedFromHerTestimonyDoNotCorroborateIt() throws {
        let cli = try caseWithAWitness()
        try cli.ok(["testimony", "add", "--witness", "W-1", "--date", "2019"])
        try cli.ok(["incident", "add", "--title", "Execution", "--date", "2011"])
        let photo = try cli.makeFile("photo.jpg", [0xFF, 0xD8, 0xFF, 0xD9])
        try cli.ok(["evidence", "add", photo, "--provided-by", "T-1"])
        let report = try cli.makeFile("report.txt", Array("The witness said so.".utf8))
        try cli.ok(["evidence", "add", report, "--derived-from", "T-1"])
        let story = try cli.makeFile("story.txt", Array("As the report says.".utf8))
        try cli.ok(["evidence", "add", story, "--derived-from", "E-2"])
        #expect(try cli.ok(["evidence", "show", "E-1"]).stdout.contains("Provided by:"))
        #expect(
            try cli.sqlite("SELECT providedByWitnessId, derivedFromTestimonyId, derivedFromEvidenceId FROM evidence_item")
                == "1||\n|1|\n||2\n")
        try cli.ok([
            "link", "--source", "T-1", "--incident", "I-1", "--crime", "murder", "--element", "murder.1", "--basis", "first-hand",
        ])
        for item in ["E-1", "E-2", "E-3"] {
            try cli.ok(["cite", "--allegation", "AL-1", "--source", item, "--element", "murder.1", "--basis", "documentary"])
        }
        let matrix = try cli.ok(["matrix"]).stdout
        #expect(
            matrix.contains("weight: 4 sources, 1 independent (first-hand 1; best ungraded): short of reasonable grounds"),
            "\(matrix)")
    }

    @Test(arguments: [
        (["--provided-by", "W-9"], "error: There is no witness W-9 in this case."),
        (["--derived-from", "I-1"], "--derived-from"),
        (["--provided-by", "E-1"], "--provided-by"),
    ])
    func aLinkToNothingOrTheWrongKindIsRefusedAndNothingIsAdded(_ bad: ([String], String)) throws {
        let cli = try caseWithAWitness()
        try cli.ok(["incident", "add", "--title", "Execution", "--date", "2011"])
        let file = try cli.makeFile("photo.txt", Array("a street".utf8))
        let before = try cli.databaseDump()
        let result = try cli.run(["evidence", "add", file] + bad.0)
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains(bad.1), "\(result.stderr)")
        #expect(try cli.databaseDump() == before)
    }
}

extension CorroborationCLITests {
    @Test func anUnknownBasisIsRefusedWithTheNearest() throws {
        let cli = try caseWithAWitness()
        try cli.ok(["testimony", "add", "--witness", "W-1", "--date", "2019"])
        try cli.ok(["incident", "add", "--title", "Execution", "--date", "2011"])
        for (typed, nearest) in [("heresay", "hearsay"), ("firsthand", "first-hand")] {
            let result = try cli.run([
                "link", "--source", "T-1", "--incident", "I-1", "--crime", "murder", "--element", "murder.1", "--basis", typed,
            ])
            #expect(result.status == 2)
            #expect(result.errorLines.first?.contains("did you mean \(nearest)?") == true, "\(typed): \(result.stderr)")
        }
        #expect(try cli.sqlite("SELECT count(*) FROM citation") == "0\n")
        try cli.ok([
            "link", "--source", "T-1", "--incident", "I-1", "--crime", "murder", "--element", "murder.1", "--basis", "Open Source",
        ])
        #expect(try cli.sqlite("SELECT basis FROM citation") == "open-source\n")
    }
}
