import Foundation
import Testing

/// A continuing incident's span from the command line: a new date is checked against its end, and
/// an attack's period that overlaps the span counts it in.
@Suite("a continuing incident's span: its date against its end, and its attack's period")
struct IncidentSpanCLITests {
    @Test func aNewDateAfterTheEndIsRefusedAndNothingChanges() throws {
        let cli = try CLI()
        try cli.makeCase()
        _ = try cli.ok([
            "incident", "add", "--title", "Detention", "--date", "2005", "--country", "KP", "--continuing", "--end", "2008",
        ])
        let refused = try cli.run(["incident", "update", "I-1", "--date", "2010"])
        #expect(refused.status == 2 && refused.stderr.contains("cannot end before it began"), "\(refused.stderr)")
        let show = try cli.ok(["incident", "show", "I-1", "--json"])
        #expect(show.stdout.contains("\"2005\"") && !show.stdout.contains("\"2010\""), "\(show.stdout)")
        // A date still before the end keeps the end.
        _ = try cli.ok(["incident", "update", "I-1", "--date", "2006"])
        #expect(try cli.ok(["incident", "show", "I-1"]).stdout.contains("2008"))
    }

    @Test func aContinuingIncidentOverlappingItsAttacksPeriodIsNotWarnedAbout() throws {
        let cli = try CLI()
        try cli.makeCase()
        _ = try cli.ok(["incident", "add", "--title", "Detention", "--date", "1998", "--country", "KP", "--continuing"])
        _ = try cli.ok(["allege", "--incident", "I-1", "--crime", "imprisonment"])
        _ = try cli.ok(["attack", "add", "--title", "Attack on detainees", "--period", "2010/2014"])
        let linked = try cli.ok(["allegation", "update", "AL-1", "--attack", "AT-1"])
        #expect(!linked.stdout.contains("falls outside the period"), "\(linked.stdout)")
        #expect(!(try cli.ok(["status"])).stdout.contains("falls outside the period"))
        // Ended before the attack began, it is outside.
        _ = try cli.ok(["incident", "update", "I-1", "--end", "2003"])
        #expect(try cli.ok(["status"]).stdout.contains("falls outside the period"))
    }

    @Test func anEndRangeAFutureEndAndAPartOutsideTheIncidentAreRefused() throws {
        let cli = try CLI()
        try cli.makeCase()
        let range = try cli.run([
            "incident", "add", "--title", "X", "--date", "2005", "--country", "KP", "--continuing", "--end", "2008/2009",
        ])
        #expect(range.status == 2 && range.stderr.contains("as one day, month or year"), "\(range.stderr)")
        let future = try cli.run([
            "incident", "add", "--title", "X", "--date", "2005", "--country", "KP", "--continuing", "--end", "2999",
        ])
        #expect(future.status == 2 && future.stderr.contains("record it as ongoing"), "\(future.stderr)")
        let own = try cli.run(["incident", "add", "--title", "X", "--date", "2005", "--country", "KP", "--also-in", "KP"])
        #expect(own.status == 2 && own.stderr.contains("beside the incident's own country"), "\(own.stderr)")
        let outside = try cli.run([
            "incident", "add", "--title", "X", "--date", "2005", "--country", "KP", "--continuing", "--end", "2008",
            "--also-in", "JP:2010",
        ])
        #expect(outside.status == 2 && outside.stderr.contains("within the incident's days"), "\(outside.stderr)")
        _ = try cli.ok([
            "incident", "add", "--title", "X", "--date", "2005", "--country", "KP", "--continuing", "--also-in", "JP:2010",
        ])
        let moved = try cli.run(["incident", "update", "I-1", "--date", "2012"])
        #expect(moved.status == 2 && moved.stderr.contains("within the incident's days"), "\(moved.stderr)")
    }

    @Test func anImportErrorNamesTheContinuingOrAlsoInColumn() throws {
        let rows = ["external_id,title,date,country,continuing,also_in", "B1,X,2003,KP,2003-13,", "B2,Y,2003,KP,,JP:2003-13"]
        let cli = try ImportTests.makeCase()
        try ImportTests.write(cli, "bad.csv", (rows + ["B3,Z,2003,KP,,ZZ"]).joined(separator: "\n") + "\n")
        let result = try cli.run(["import", "bad.csv", "--kind", "incidents"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("bad.csv:2: continuing:"), "\(result.stderr)")
        #expect(result.stderr.contains("bad.csv:3: also_in:"), "\(result.stderr)")
        #expect(result.stderr.contains("bad.csv:4: also_in:"), "\(result.stderr)")
    }

    @Test func theJurisdictionTextSaysTheWithdrawalAndTheDatesOfParts() throws {
        let cli = try CLI()
        try cli.makeCase()
        _ = try cli.ok(["incident", "add", "--title", "Killings", "--date", "2016", "--country", "BI"])
        _ = try cli.ok(["incident", "add", "--title", "Transfer", "--date", "1995", "--country", "KP", "--also-in", "CN:1995"])
        let text = try cli.ok(["jurisdiction"]).stdout
        let route = try #require(text.split(separator: "\n").first { $0.hasPrefix("I-1, route") })
        #expect(route.contains("authorised on 2017-10-25"), "\(text)")
        #expect(text.contains("in 1995") && !text.contains("on 1995"), "\(text)")
    }
}

/// Art. 28(a) is for military commanders: a military rank is not warned about.
@Suite("art. 28(a) and military ranks from the command line")
struct MilitaryRankCLITests {
    @Test func aNonCommissionedOfficerIsAMilitaryPost() throws {
        let cli = try CLI()
        try cli.makeSampleCase()
        let added = try cli.run([
            "actor", "add", "--name", "Guard post chief", "--kind", "person", "--position", "Non-commissioned officer",
        ])
        #expect(added.status == 0, "\(added.stderr)")
        let attributed = try cli.run(["attribute", "--allegation", "AL-1", "--actor", "A-3", "--mode", "command"])
        #expect(attributed.status == 0, "\(attributed.stderr)")
        #expect(!attributed.stdout.contains("shows no military post"), "\(attributed.stdout)")
    }
}
