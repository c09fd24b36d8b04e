import Foundation
import Testing

/// `case set standard` and `case set threshold.…` choose what the matrix and `status` weigh each
/// element against; `matrix --standard` and `--min-sources` override them for one command.
@Suite("the standard of proof a case works to")
struct CaseStandardTests {
    /// One witness cited first-hand for murder.1: one independent source.
    func caseWithOneSource() throws -> CLI {
        var cli = try CLI()
        cli.environment["CASEBOOK_HANDLER"] = "kim"
        try cli.makeCase()
        try cli.ok(["witness", "add", "--pseudonym", "Witness A"])
        try cli.ok(["testimony", "add", "--witness", "W-1", "--date", "2019", "--reliability", "B"])
        try cli.ok(["incident", "add", "--title", "Execution", "--date", "2011"])
        try cli.ok([
            "link", "--source", "T-1", "--incident", "I-1", "--crime", "murder", "--element", "murder.1", "--basis", "first-hand",
        ])
        return cli
    }

    @Test func theCasesStandardAndThresholdAreUsedUntilACommandAsksForAnother() throws {
        let cli = try caseWithOneSource()
        let first = try cli.ok(["matrix"]).stdout
        #expect(first.contains("[low] murder.1") && first.contains("short of reasonable grounds"), "\(first)")
        #expect(
            first.contains("Elements: 0 meet the standard, 1 fall short of it, 2 have no source; 1 rest on one independent source"),
            "\(first)")
        let status = try cli.ok(["status"]).stdout
        #expect(status.contains("Standard of proof: reasonable grounds (art. 58(1)"), "\(status)")
        #expect(
            status.contains(
                "0 meet the standard, 1 fall short of it, 2 have no source; 1 rest on one independent source, 0 on hearsay alone"),
            "\(status)")

        try cli.ok(["case", "set", "standard", "reasonable-basis"])
        let basis = try cli.ok(["matrix"]).stdout
        #expect(basis.contains("[ok ] murder.1") && basis.contains("meets reasonable basis"), "\(basis)")
        #expect(try cli.ok(["status", "--json"]).stdout.contains("\"meets\" : 1"))
        #expect(try cli.ok(["matrix", "--standard", "reasonable-grounds"]).stdout.contains("short of reasonable grounds"))

        try cli.ok(["case", "set", "threshold.reasonable-grounds", "groups=1 first-hand=1 reliability<=b"])
        let custom = try cli.ok(["matrix", "--standard", "reasonable-grounds"]).stdout
        #expect(custom.contains("meets reasonable grounds"), "\(custom)")
        #expect(
            custom.contains(
                "an element needs 1 independent source, 1 first-hand, reliability B or better (not the standard's default)"),
            "\(custom)")
        let shown = try cli.ok(["case", "show"]).stdout
        #expect(shown.contains("threshold.reasonable-grounds: groups=1 first-hand=1 reliability<=B credibility<=any"), "\(shown)")
        #expect(
            shown.contains(
                "threshold.substantial-grounds: (not set; the default applies: groups=2 first-hand=2 reliability<=C credibility<=3)"
            ), "\(shown)")
        let history = try cli.ok(["history", "case"]).stdout
        #expect(history.contains("threshold for reasonable grounds") && history.contains("standard of proof"), "\(history)")

        #expect(try cli.run(["matrix", "--min-sources", "2", "--strict"]).status == 1)
        #expect(try cli.ok(["matrix", "--min-sources", "2"]).stdout.contains("one independent source; needs 2"))
        try cli.ok(["case", "set", "standard", ""])
        #expect(try cli.ok(["matrix"]).stdout.contains("meets reasonable grounds"))  // the case's threshold still applies
    }

    @Test func aBadStandardThresholdOrMinimumIsRefusedSayingWhereAndNothingChanges() throws {
        let cli = try caseWithOneSource()
        let cases: [([String], String)] = [
            (
                ["case", "set", "standard", "reasonable-ground"],
                "error: 'reasonable-ground' is not a valid standard of proof; did you mean reasonable-grounds? write reasonable-basis, reasonable-grounds, substantial-grounds, beyond-reasonable-doubt."
            ),
            (
                ["case", "set", "threshold.reasonable-grounds", "groups=two"],
                "error: 'groups=two' is not a valid threshold; in 'groups=two', groups must be a number from 1 to 20."
            ),
            (
                ["case", "set", "threshold.reasonable-grounds", "groups=2 reliability<=G"],
                "error: 'groups=2 reliability<=G' is not a valid threshold; in 'reliability<=G', reliability must be a letter from A to F, or any."
            ),
            (
                ["case", "set", "threshold.reasonable-grounds", "groups=2 credibility<=7"],
                "error: 'groups=2 credibility<=7' is not a valid threshold; in 'credibility<=7', credibility must be a number from 1 to 6, or any."
            ),
            (
                ["case", "set", "threshold.reasonable-grounds", "groups 2"],
                "error: 'groups 2' is not a valid threshold; 'groups' is not of the form name=value or name<=grade; write terms such as groups=2 first-hand=1 reliability<=C credibility<=3, separated by spaces."
            ),
            (
                ["case", "set", "threshold.reasonable-grounds", "groups=1 first-hand=2"],
                "error: 'groups=1 first-hand=2' is not a valid threshold; first-hand (2) cannot exceed groups (1): a first-hand source is one of the groups."
            ),
            (
                ["matrix", "--min-sources", "0"],
                "error: '0' is not a valid minimum number of independent sources; give a number from 1 to 20."
            ),
        ]
        for (arguments, message) in cases {
            let result = try cli.run(arguments)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.errorLines == [message], "\(arguments)")
        }
        #expect(try cli.sqlite("SELECT count(*) FROM case_fact_history") == "0\n")
        #expect(try cli.sqlite("SELECT standard IS NULL AND thresholdReasonableGrounds IS NULL FROM case_info") == "1\n")
        // A setting changed outside Casebook that cannot be read: the default applies, and status says so.
        _ = try cli.sqlite("UPDATE case_info SET thresholdReasonableGrounds = 'groups=0 bogus'")
        let status = try cli.ok(["status"]).stdout
        #expect(
            status.contains(
                "Warning: the case's threshold.reasonable-grounds 'groups=0 bogus' cannot be read (it was changed outside Casebook), so the default applies"
            ), "\(status)")
    }
}
