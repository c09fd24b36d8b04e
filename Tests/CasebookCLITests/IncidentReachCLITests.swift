import Foundation
import Testing

/// Continuing incidents, the places of their parts, the attack's period and art. 28(a) for a
/// civilian, from the command line.
@Suite("continuing incidents, parts abroad, attack periods and command responsibility from the command line")
struct IncidentReachCLITests {
    @Test func aContinuingDisappearanceAndItsPartsReachTheJurisdictionReport() throws {
        let cli = try CLI()
        try cli.makeCase()
        _ = try cli.ok([
            "incident", "add", "--title", "Abduction from the coast", "--date", "1978-07", "--country", "JP", "--continuing",
            "--also-in", "KP",
        ])
        _ = try cli.ok(["allege", "--incident", "I-1", "--crime", "enforced-disappearance"])
        _ = try cli.ok(["incident", "add", "--title", "Abduction begun abroad", "--date", "2009-05", "--country", "KP"])
        let update = try cli.ok(["incident", "update", "I-2", "--also-in", "JP:2009-05", "--continuing", "--end", "2012"])
        #expect(update.stdout.contains("JP:2009-05"), "\(update.stdout)")
        let show = try cli.ok(["incident", "show", "I-1"])
        #expect(show.stdout.contains("yes, ongoing") && show.stdout.contains("Also in"), "\(show.stdout)")
        let json = try cli.ok(["jurisdiction", "--json"])
        let array = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(array.map { $0["route"] as? String } == ["arguable (continuing refusal)", "12(2)"])
        let continuing = try #require(array[0]["continuing"] as? [String: Any])
        #expect((continuing["periods"] as? [[String: Any]])?.map { $0["route"] as? String } == ["none", "13(b)", "12(2)"])
        #expect((array[1]["parts"] as? [[String: Any]])?.first?["status"] as? String == "yes")
        let text = try cli.ok(["jurisdiction"])
        #expect(text.stdout.contains("outside temporal jurisdiction, route none"), "\(text.stdout)")
        #expect(text.stdout.contains("also in JP:2009-05: yes."), "\(text.stdout)")
        // The dossier gives each part's finding too.
        let out = cli.folder.appendingPathComponent("parts.md").path
        _ = try cli.ok(["dossier", "icc", "--format", "md", "--out", out, "--as-of", "2026-11-01"])
        let dossier = try String(contentsOfFile: out, encoding: .utf8)
        #expect(dossier.contains("Part in KP, art. 12(2)(a) not met:"), "\(dossier)")
        // An end without a continuing incident, or before its start, is refused.
        let refused = try cli.run(["incident", "add", "--title", "X", "--date", "2010", "--country", "KP", "--end", "2011"])
        #expect(refused.status == 2 && refused.stderr.contains("only a continuing incident has an end"), "\(refused.stderr)")
        let early = try cli.run(["incident", "update", "I-2", "--end", "2001"])
        #expect(early.status == 2 && early.stderr.contains("cannot end before it began"), "\(early.stderr)")
        let badPart = try cli.run(["incident", "update", "I-2", "--also-in", "ZZ"])
        #expect(badPart.status == 2, "\(badPart.stderr)")
        _ = try cli.ok(["incident", "update", "I-2", "--no-continuing", "--also-in", ""])
        let cleared = try cli.ok(["incident", "show", "I-2", "--json"])
        #expect(!cleared.stdout.contains("JP:2009-05"), "\(cleared.stdout)")
    }

    @Test func anIncidentOutsideItsAttacksPeriodIsWarnedAbout() throws {
        let cli = try CLI()
        try cli.makeSampleCase()
        _ = try cli.ok(["attack", "add", "--title", "Attack on detainees", "--period", "2014/2016"])
        let linked = try cli.ok(["allegation", "update", "AL-1", "--attack", "AT-1"])
        #expect(linked.stdout.contains("I-1 (2011/2012) falls outside the period of AT-1 (2014/2016)"), "\(linked.stdout)")
        let status = try cli.ok(["status"])
        #expect(status.stdout.contains("Warning: I-1 (2011/2012) falls outside the period of AT-1"), "\(status.stdout)")
        // The dossier does not count it in the attack's scale either.
        func dossier(_ name: String) throws -> String {
            let out = cli.folder.appendingPathComponent(name).path
            _ = try cli.ok(["dossier", "icc", "--format", "md", "--out", out, "--as-of", "2026-11-01"])
            return try String(contentsOfFile: out, encoding: .utf8)
        }
        let outside = try dossier("outside.md")
        #expect(outside.contains("No allegation is linked to an attack whose period covers its incident"), "\(outside)")
        #expect(outside.contains("outside the period of the attack and not counted in it: AL-1"))
        _ = try cli.ok(["attack", "update", "AT-1", "--period", "2010/2016"])
        #expect(!(try cli.ok(["status"])).stdout.contains("falls outside the period"))
        let inside = try dossier("inside.md")
        #expect(
            inside.contains(
                "(counted from the allegations linked to the attack within its period; not a legal conclusion): 1 incident"))
    }

    @Test func commandResponsibilityForACivilianIsWarnedAbout() throws {
        let cli = try CLI()
        try cli.makeSampleCase()
        _ = try cli.ok([
            "actor", "add", "--name", "Provincial party secretary", "--kind", "person", "--position", "Party secretary",
        ])
        let civilian = try cli.ok(["attribute", "--allegation", "AL-1", "--actor", "A-3", "--mode", "command"])
        #expect(civilian.stdout.contains("shows no military post"), "\(civilian.stdout)")
        #expect(civilian.stdout.contains("art. 28(b)"))
        _ = try cli.ok(["actor", "add", "--name", "Border battalion commander", "--kind", "person", "--position", "Colonel"])
        let military = try cli.ok(["attribute", "--allegation", "AL-1", "--actor", "A-4", "--mode", "command"])
        #expect(!military.stdout.contains("shows no military post"), "\(military.stdout)")
        // With no position recorded, nothing shows the post: the team is asked to record it.
        _ = try cli.ok(["actor", "add", "--name", "Bureau chief", "--kind", "person"])
        let unknown = try cli.ok(["attribute", "--allegation", "AL-1", "--actor", "A-5", "--mode", "command"])
        #expect(unknown.stdout.contains("A-5 Bureau chief has no position recorded"), "\(unknown.stdout)")
        #expect(unknown.stdout.contains("Record its position"))
        // An institution is not attributed at all: it is the apparatus, not an accused.
        _ = try cli.ok(["actor", "add", "--name", "KPA border unit", "--kind", "institution"])
        let named = try cli.run(["attribute", "--allegation", "AL-1", "--actor", "A-6", "--mode", "command"])
        #expect(named.status == 2 && named.stderr.contains("A-6 KPA border unit is an institution"), "\(named.stderr)")
    }

    /// The import carries the new facts in two optional columns, and the JSON export shows them.
    @Test func importReadsContinuingAndAlsoInAndTheExportCarriesThem() throws {
        let cli = try ImportTests.makeCase()
        try ImportTests.write(
            cli, "more.csv",
            "external_id,title,date,country,continuing,also_in\nI2,Abduction,1978-07,JP,ongoing,KP\nI3,Deportation,2012,KP,,KR:2012-03;CN\n"
        )
        let result = try cli.run(["import", "more.csv", "--kind", "incidents"])
        #expect(result.status == 0, "\(result.stderr)")
        let export = try ImportTests.snapshot(cli)
        #expect(export.contains("\"continuing\" : \"ongoing\""), "\(export)")
        #expect(export.contains("\"KR:2012-03\""), "\(export)")
        let again = try cli.run(["import", "more.csv", "--kind", "incidents"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try ImportTests.snapshot(cli) == export)
    }

    /// The matrix says which elements an attempted extermination replaces.
    @Test func theMatrixNamesTheElementsAnAttemptReplaces() throws {
        let cli = try CLI()
        try cli.makeSampleCase()
        _ = try cli.ok(["allege", "--incident", "I-1", "--crime", "extermination"])
        _ = try cli.ok(["allegation", "update", "AL-2", "--attempt"])
        let matrix = try cli.ok(["matrix", "--crime", "extermination"])
        #expect(matrix.stdout.contains("Attempted (art. 25(3)(f)), replacing extermination.1, extermination.2"), "\(matrix.stdout)")
        #expect(matrix.stdout.contains("replaces this result element"), "\(matrix.stdout)")
        #expect(matrix.stdout.contains("attempt.intent"), "\(matrix.stdout)")
        let law = try cli.ok(["crimes", "enforced-disappearance"])
        #expect(
            law.stdout.contains(
                "Attempt (art. 25(3)(f)) replaces enforced-disappearance.1, enforced-disappearance.2, enforced-disappearance.3 (the result)"
            ), "\(law.stdout)")
    }

    /// The dossier says which elements an attempt replaces, and does not count in an attack an
    /// allegation whose incident falls outside the attack's period.
    @Test func theDossierNamesTheAttemptAndLeavesOutAnIncidentOutsideTheAttack() throws {
        let cli = try DossierTests.sampleCase()
        _ = try cli.ok(["attack", "add", "--title", "A later attack", "--period", "2020/2021"])
        let attacks = try cli.ok(["attack", "list", "--json"])
        let later = try #require(
            (try JSONSerialization.jsonObject(with: Data(attacks.stdout.utf8)) as? [[String: Any]])?.last?["id"] as? String)
        _ = try cli.ok(["allegation", "update", "AL-1", "--attack", later, "--attempt"])
        let out = cli.folder.appendingPathComponent("dossier.md").path
        _ = try cli.ok(["dossier", "icc", "--format", "md", "--out", out, "--as-of", "2026-11-01"])
        let markdown = try String(contentsOf: URL(fileURLWithPath: out), encoding: .utf8)
        #expect(markdown.contains("AL-1 is alleged as an attempt (art. 25(3)(f)): the attempt replaces"), "attempt")
        #expect(markdown.contains("Linked, but outside the period of the attack and not counted in it: AL-1"), "outside")
    }
}
