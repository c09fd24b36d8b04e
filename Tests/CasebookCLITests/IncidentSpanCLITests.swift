import Foundation
import Testing

/// A continuing incident's span from the command line: a new date is checked against its end, and
/// an attack's period that overlaps the span counts it in.
@Suite("a continuing incident's span: its date against its end, and its attack's period")
struct IncidentSpanCLITests {
    func ok(_ cli: CLI, _ args: [String]) throws -> CommandResult {
        let result = try cli.run(args)
        #expect(result.status == 0, "\(args): \(result.stderr)")
        return result
    }

    @Test func aNewDateAfterTheEndIsRefusedAndNothingChanges() throws {
        let cli = try CLI()
        try cli.makeCase()
        _ = try ok(
            cli, ["incident", "add", "--title", "Detention", "--date", "2005", "--country", "KP", "--continuing", "--end", "2008"])
        let refused = try cli.run(["incident", "update", "I-1", "--date", "2010"])
        #expect(refused.status == 2 && refused.stderr.contains("cannot end before it began"), "\(refused.stderr)")
        let show = try ok(cli, ["incident", "show", "I-1", "--json"])
        #expect(show.stdout.contains("\"2005\"") && !show.stdout.contains("\"2010\""), "\(show.stdout)")
        // A date still before the end keeps the end.
        _ = try ok(cli, ["incident", "update", "I-1", "--date", "2006"])
        #expect(try ok(cli, ["incident", "show", "I-1"]).stdout.contains("2008"))
    }

    @Test func aContinuingIncidentOverlappingItsAttacksPeriodIsNotWarnedAbout() throws {
        let cli = try CLI()
        try cli.makeCase()
        _ = try ok(
            cli, ["incident", "add", "--title", "Detention", "--date", "1998", "--country", "KP", "--continuing"])
        _ = try ok(cli, ["allege", "--incident", "I-1", "--crime", "imprisonment"])
        _ = try ok(cli, ["attack", "add", "--title", "Attack on detainees", "--period", "2010/2014"])
        let linked = try ok(cli, ["allegation", "update", "AL-1", "--attack", "AT-1"])
        #expect(!linked.stdout.contains("falls outside the period"), "\(linked.stdout)")
        #expect(!(try ok(cli, ["status"])).stdout.contains("falls outside the period"))
        // Ended before the attack began, it is outside.
        _ = try ok(cli, ["incident", "update", "I-1", "--end", "2003"])
        #expect(try ok(cli, ["status"]).stdout.contains("falls outside the period"))
    }
}
