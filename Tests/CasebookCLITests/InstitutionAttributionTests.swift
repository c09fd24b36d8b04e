import Foundation
import Testing

/// An institution is the apparatus through which crimes are committed, not an accused: a mode
/// attributed to one is refused at `attribute`, `link --actor` and a links sheet, with the person
/// who headed it suggested, and nothing changes; attributions recorded before are listed by
/// `status` to be corrected.
@Suite("attributions to institutions", .serialized)
struct InstitutionAttributionTests {
    /// W-1, T-1, I-1 alleged as torture (AL-1), the institution A-1 and the person A-2 who headed it.
    func newCase() throws -> CLI {
        var cli = try CLI()
        cli.environment["CASEBOOK_HANDLER"] = "kim"
        try cli.makeCase()
        try cli.ok(["witness", "add", "--pseudonym", "Witness A", "--consent", "icc-evidence"])
        try cli.ok(["testimony", "add", "--witness", "W-1", "--date", "2019-05-03"])
        try cli.ok(["incident", "add", "--title", "Beatings at a holding centre", "--date", "2011", "--country", "KP"])
        try cli.ok(["actor", "add", "--name", "State Security Department", "--kind", "institution"])
        try cli.ok(["actor", "add", "--name", "Minister of State Security", "--kind", "person", "--superior", "A-1"])
        try cli.ok(["link", "--source", "T-1", "--incident", "I-1", "--crime", "torture", "--element", "torture.1"])
        return cli
    }

    @Test func attributeToAnInstitutionIsRefusedWithItsHeadSuggestedAndNothingChanges() throws {
        let cli = try newCase()
        let before = try cli.databaseDump()
        let result = try cli.run(["attribute", "--allegation", "AL-1", "--actor", "A-1", "--mode", "ordering"])
        #expect(result.status == 2)
        #expect(result.errorLines.count == 1, "\(result.stderr)")
        #expect(
            result.stderr
                == "error: A-1 State Security Department is an institution: it is the apparatus through which the crimes were committed, not an accused, and the Court tries natural persons only (art. 25(1)). Attribute the mode to the person who headed it, for example one recorded under it: A-2 Minister of State Security. Nothing was created.\n"
        )
        #expect(try cli.databaseDump() == before)
        // The person who headed it can be attributed.
        #expect(try cli.run(["attribute", "--allegation", "AL-1", "--actor", "A-2", "--mode", "ordering"]).status == 0)
    }

    @Test func anInstitutionWithNoPersonUnderItIsRefusedWithHowToRecordOne() throws {
        let cli = try newCase()
        try cli.ok(["actor", "add", "--name", "Provincial bureau", "--kind", "institution", "--superior", "A-1"])
        let before = try cli.databaseDump()
        let result = try cli.run([
            "link", "--source", "T-1", "--incident", "I-1", "--crime", "torture", "--element", "torture.2", "--actor", "A-3",
            "--mode", "direct",
        ])
        #expect(result.status == 2)
        #expect(
            result.stderr.contains(
                "Record the office holder with: casebook actor add --name \"…\" --kind person --position \"…\" --superior A-3"),
            "\(result.stderr)")
        // The whole link is refused: not even the citation for torture.2 was added.
        #expect(try cli.databaseDump() == before)
    }

    @Test func aLinksSheetNamingAnInstitutionIsRefusedAndNothingIsImported() throws {
        let cli = try newCase()
        let before = try cli.databaseDump()
        try ImportTests.write(
            cli, "links.csv",
            "source,incident,crime,element,actor,mode,pinpoint\nT-1,I-1,torture,torture.2,,,p. 3\nT-1,I-1,torture,,A-1,ordering,p. 4\n"
        )
        let result = try cli.run(["import", "links.csv"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("A-1 State Security Department is an institution"), "\(result.stderr)")
        #expect(try cli.databaseDump() == before)
    }

    @Test func statusListsAnAttributionToAnInstitutionRecordedBefore() throws {
        let cli = try newCase()
        #expect(!(try cli.ok(["status"]).stdout.contains("To correct")))
        // As an earlier version recorded it, when an attribution to an institution was only cautioned.
        try cli.sqlite(
            "INSERT INTO attribution (allegationId, actorId, mode, createdAt) VALUES (1, 1, 'ordering', '2025-01-01T00:00:00Z')")
        let status = try cli.ok(["status"]).stdout
        #expect(
            status.contains(
                "To correct: AL-1 is attributed to A-1 State Security Department (ordering), an institution; the Court tries natural persons only (art. 25(1)). Attribute the mode to the person who headed it ('casebook attribute --allegation AL-1 --actor A-n --mode ordering')."
            ), "\(status)")
        let json = try cli.ok(["status", "--json"]).stdout
        #expect(json.contains("\"institutionAttributions\""), "\(json)")
    }

    @Test func aPersonAllegedResponsibleCannotBecomeAnInstitution() throws {
        let cli = try newCase()
        try cli.ok(["attribute", "--allegation", "AL-1", "--actor", "A-2", "--mode", "ordering"])
        let before = try cli.databaseDump()
        let result = try cli.run(["actor", "update", "A-2", "--kind", "institution"])
        #expect(result.status == 2)
        #expect(
            result.stderr.contains("A-2 Minister of State Security is alleged responsible in AL-1"), "\(result.stderr)")
        #expect(try cli.databaseDump() == before)
        // Through a sheet too: the row is refused and nothing is imported.
        try ImportTests.write(cli, "actors.csv", "id,name,kind\nA-2,Minister of State Security,institution\n")
        let imported = try cli.run(["import", "actors.csv", "--kind", "actors"])
        #expect(imported.status != 0 && imported.stderr.contains("is alleged responsible in AL-1"), "\(imported.stderr)")
        #expect(try cli.databaseDump() == before)
    }

    @Test func aDossierThatStillAllegesAModeAgainstAnInstitutionSaysSo() throws {
        let cli = try newCase()
        try cli.sqlite(
            "INSERT INTO attribution (allegationId, actorId, mode, createdAt) VALUES (1, 1, 'ordering', '2025-01-01T00:00:00Z')")
        let out = cli.folder.appendingPathComponent("dossier.md").path
        let result = try cli.ok(["dossier", "icc", "--format", "md", "--out", out, "--as-of", "2026-11-01"])
        #expect(
            result.stderr.contains(
                "A-1 State Security Department is an institution, and the dossier alleges modes of liability against it in AL-1"),
            "\(result.stderr)")
    }
}
