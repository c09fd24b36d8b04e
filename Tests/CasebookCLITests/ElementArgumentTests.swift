import CasebookCore
import Foundation
import Testing

/// `casebook argue`: the team's argument for one element, kept with every earlier version; an
/// element with an argument and no source is alleged by inference in the matrix and the dossier;
/// an element the record does not have, an actor not attributed, an argument too long or a
/// withdrawal of nothing are refused with nothing written.
@Suite("arguments for elements", .serialized)
struct ElementArgumentTests {
    static func smallCase() throws -> CLI {
        var cli = try CLI()
        cli.environment["CASEBOOK_HANDLER"] = "kim"
        try cli.makeCase()
        for step in [
            ["witness", "add", "--pseudonym", "Witness A", "--consent", "icc-evidence"],
            ["testimony", "add", "--witness", "W-1", "--date", "2019"],
            ["incident", "add", "--title", "Beatings at a holding centre", "--date", "2011", "--country", "KP"],
            ["actor", "add", "--name", "Chief of the holding centre", "--kind", "person"],
            ["allege", "--incident", "I-1", "--crime", "torture"],
            ["attribute", "--allegation", "AL-1", "--actor", "A-1", "--mode", "ordering"],
            ["cite", "--allegation", "AL-1", "--source", "T-1", "--element", "torture.1", "--pinpoint", "para. 2"],
            ["attack", "add", "--title", "Attack on returnees", "--period", "2010/2013"],
        ] {
            try cli.ok(step)
        }
        return cli
    }

    @Test("an argument is recorded, replaced with its earlier version kept, shown and withdrawn; the table refuses changes")
    func anArgumentKeepsItsHistory() throws {
        let cli = try Self.smallCase()
        let knowledge = "As chief of the centre, A-1 received the daily reports of every interrogation."
        var result = try cli.ok(["argue", "AL-1", "context.knowledge", "--text", knowledge])
        #expect(result.stdout.contains("Recorded the argument for context.knowledge of AL-1."))
        result = try cli.ok(["argue", "AL-1", "context.knowledge", "--text", "The beatings were announced at roll call."])
        #expect(result.stdout.contains("(1 earlier version kept)"))
        result = try cli.ok(["argue", "AL-1", "context.knowledge"])
        #expect(result.stdout.contains("Argument for context.knowledge of AL-1:\n  The beatings were announced at roll call."))
        #expect(result.stdout.contains("by kim: \(knowledge)"))
        // From a file, for an actor's liability and for the attack.
        let file = cli.folder.appendingPathComponent("order.txt")
        try "He gave the order at the morning meeting.\n".write(to: file, atomically: true, encoding: .utf8)
        try cli.ok(["argue", "AL-1", "--actor", "A-1", "ordering.order", "--file", file.path])
        try cli.ok(["argue", "AT-1", "attack.policy", "--text", "The same treatment in every province points to a policy."])
        let json = try cli.ok(["argue", "AL-1", "--actor", "A-1", "ordering.order", "--json"]).stdout
        #expect(json.contains("\"current\" : \"He gave the order at the morning meeting.\""), "\(json)")
        result = try cli.ok(["argue", "AL-1", "context.knowledge", "--withdraw"])
        #expect(result.stdout.contains("Withdrew the argument for context.knowledge of AL-1 (2 earlier versions kept)."))
        result = try cli.ok(["argue", "AL-1", "context.knowledge"])
        #expect(result.stdout.contains("No argument in force for context.knowledge of AL-1."))
        #expect(result.stdout.contains(": withdrawn"))
        #expect(try cli.sqlite("SELECT count(*) FROM element_argument") == "5\n")
        // Append-only: the database itself refuses to rewrite or remove a version.
        let update = try cli.tool(
            "sqlite3",
            [cli.workspace.appendingPathComponent(Workspace.databaseFileName).path, "UPDATE element_argument SET text = 'x'"])
        #expect(update.status != 0 && update.output.contains("append-only"), "\(update.output)")
        let delete = try cli.tool(
            "sqlite3", [cli.workspace.appendingPathComponent(Workspace.databaseFileName).path, "DELETE FROM element_argument"])
        #expect(delete.status != 0 && delete.output.contains("append-only"), "\(delete.output)")
        // Nor replaced: INSERT OR REPLACE would delete the old row without its DELETE trigger.
        for verb in ["INSERT OR REPLACE", "REPLACE"] {
            let replace = try cli.tool(
                "sqlite3",
                [
                    cli.workspace.appendingPathComponent(Workspace.databaseFileName).path,
                    "\(verb) INTO element_argument(id, allegationId, elementKey, text, handler, recordedAt) VALUES (1, 1, 'context.knowledge', 'rewritten', 'x', '2026-01-01T00:00:00Z')",
                ])
            #expect(replace.status != 0 && replace.output.contains("cannot be replaced"), "\(verb): \(replace.output)")
        }
        #expect(try cli.sqlite("SELECT count(*) FROM element_argument WHERE text = 'rewritten'") == "0\n")
    }

    @Test("an argued element with no source is alleged by inference in the matrix, its count and the dossier")
    func anArguedElementIsAllegedByInference() throws {
        let cli = try Self.smallCase()
        try cli.ok(["argue", "AL-1", "context.knowledge", "--text", "The beatings were announced at roll call"])
        let matrix = try cli.ok(["matrix"]).stdout
        #expect(matrix.contains("[arg] context.knowledge"), "\(matrix)")
        #expect(
            matrix.contains("argued (alleged by inference where no source states it): The beatings were announced at roll call"))
        #expect(matrix.contains("1 are argued with no source (alleged by inference)"), "\(matrix)")
        let json = try cli.ok(["matrix", "--json"]).stdout
        #expect(json.contains("\"isInferred\" : true"))
        let out = cli.folder.appendingPathComponent("dossier.md").path
        try cli.ok(["dossier", "icc", "--format", "md", "--out", out, "--as-of", "2026-11-01"])
        let dossier = try String(contentsOfFile: out, encoding: .utf8)
        let element = try #require(
            dossier.split(separator: "\n").first { $0.contains("The perpetrator knew the conduct was part of that attack") })
        #expect(element.contains("*Argument (AL-1):* The beatings were announced at roll call."), "\(element)")
        #expect(element.contains("Alleged by inference: no source states it; it rests on the argument above."))
        #expect(!element.contains("No source yet"), "\(element)")
        #expect(dossier.contains("are alleged by inference (argued, with no source stating them)"))
        // The matrix page marks the cell as argued, with the argument in its tooltip.
        let page = cli.folder.appendingPathComponent("matrix.html").path
        try cli.ok(["matrix", "--format", "html", "--out", page])
        let html = try String(contentsOfFile: page, encoding: .utf8)
        #expect(html.contains("class=\"cell argued\""), "no argued cell")
        #expect(html.contains("Argued (alleged by inference): The beatings were announced at roll call"))
    }

    @Test("bad input is refused with one clear line and nothing written")
    func badInputIsRefused() throws {
        let cli = try Self.smallCase()
        let before = try cli.databaseDump()
        func refused(_ args: [String], _ message: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
            let result = try cli.run(args)
            #expect(result.status == 2, "\(args): \(result.stderr)", sourceLocation: sourceLocation)
            #expect(result.stderr.contains(message), "\(args): \(result.stderr)", sourceLocation: sourceLocation)
            #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)", sourceLocation: sourceLocation)
        }
        try refused(
            ["argue", "AL-1", "murder.1", "--text", "x"],
            "'murder.1' is not an element of AL-1 (torture); its elements are torture.1, torture.2, torture.3, context.attack, context.knowledge."
        )
        try refused(["argue", "AL-1", "ordering.order", "--text", "x"], "belongs to a mode of liability; name the actor")
        try refused(["argue", "AL-1", "--actor", "A-1", "command.knowledge", "--text", "x"], "is not an element of the modes A-1")
        try cli.ok(["actor", "add", "--name", "Another", "--kind", "person"])
        let withActor = try cli.databaseDump()
        try refused(["argue", "AL-1", "--actor", "A-2", "ordering.order", "--text", "x"], "A-2")
        try refused(
            ["argue", "AT-1", "--actor", "A-1", "attack.policy", "--text", "x"], "an attack's elements are argued without an actor")
        try refused(["argue", "AT-1", "attack.nope", "--text", "x"], "is not an element of an attack")
        try refused(["argue", "I-1", "context.knowledge", "--text", "x"], "needs an allegation (AL-n) or an attack (AT-n)")
        try refused(
            ["argue", "AL-1", "context.knowledge", "--text", String(repeating: "a", count: 10_001)], "at most 10,000 characters")
        try refused(["argue", "AL-1", "context.knowledge", "--file", "/no/such/file.txt"], "give a readable text file")
        try refused(
            ["argue", "AL-1", "context.knowledge", "--text", "x", "--withdraw"], "Give one of --text, --file or --withdraw.")
        try refused(
            ["argue", "AL-1", "context.knowledge", "--withdraw"], "There is no argument in force for context.knowledge of AL-1")
        try refused(["argue", "AL-1", "context.knowledge", "--text", "   "], "The argument must not be empty")
        try refused(["argue", "AL-1", "context.knowledge", "--text", ""], "The argument must not be empty")
        #expect(try cli.databaseDump() == withActor)
        // An element an attempt replaces need not be proved, so it is not argued either.
        try cli.ok(["allegation", "update", "AL-1", "--attempt"])
        let attempted = try cli.databaseDump()
        try refused(["argue", "AL-1", "torture.1", "--text", "x"], "torture.1 need not be proved for AL-1")
        #expect(try cli.databaseDump() == attempted)
        #expect(before != withActor)
    }
}
