import Foundation
import Testing

/// `casebook import`: every bad input of issue 12 is refused with its problem, exit 2, and an
/// unchanged case (compared through `export json`); a good file imports, and again changes nothing.
@Suite("import")
struct ImportTests {
    /// A case with one witness, testimony and incident, all with external ids.
    static func makeCase() throws -> CLI {
        var cli = try CLI()
        cli.environment["CASEBOOK_HANDLER"] = "tester"
        cli.environment["CASEBOOK_SCRYPT_LOG2N"] = "10"
        try cli.makeCase()
        try write(cli, "witnesses.csv", "external_id,pseudonym,sex\nW1,Ahn,F\n")
        try write(cli, "testimonies.csv", "external_id,witness,date\nT1,W1,2019-05-03\n")
        try write(cli, "incidents.csv", "external_id,title,date,country\nI1,Execution,2013-07,KP\n")
        for file in ["witnesses.csv", "testimonies.csv", "incidents.csv"] {
            let result = try cli.run(["import", file])
            #expect(result.status == 0, "\(file): \(result.stderr)")
        }
        return cli
    }

    static func write(_ cli: CLI, _ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: cli.workspace.appendingPathComponent(name))
    }

    /// The case as `export json` shows it, without the export time.
    static func snapshot(_ cli: CLI, passphrase: String? = nil) throws -> String {
        let file = "snapshot-\(UUID().uuidString).json"
        let result = try cli.run(["export", "json", file], environment: passphrase.map { ["CASEBOOK_PASSPHRASE": $0] } ?? [:])
        #expect(result.status == 0, "\(result.stderr)")
        let url = cli.workspace.appendingPathComponent(file)
        defer { try? FileManager.default.removeItem(at: url) }
        return try String(contentsOf: url, encoding: .utf8).split(separator: "\n").filter { !$0.contains("\"exportedAt\"") }
            .joined(separator: "\n")
    }

    struct Bad: CustomTestStringConvertible, Sendable {
        let name: String
        let file: String
        let bytes: [UInt8]
        var args: [String] = []
        let message: String
        var testDescription: String { name }
    }

    static let bad: [Bad] = [
        Bad(
            name: "missing required column", file: "incidents.csv", bytes: Array("title,place\nX,Y\n".utf8),
            message: "incidents.csv:1: date: is required"),
        Bad(
            name: "wrong number of fields", file: "incidents.csv", bytes: Array("title,date\nX,2012\nY,2013,extra\n".utf8),
            message: "incidents.csv:3: row: has 3 fields but the header has 2 columns"),
        Bad(
            name: "invalid date", file: "incidents.csv", bytes: Array("title,date\nX,2012\n\"Two\nlines\",2013-13-40\n".utf8),
            message: "incidents.csv:3: date: '2013-13-40' is not a real date"),
        Bad(
            name: "unknown reference", file: "testimonies.csv", bytes: Array("witness,date\nW9,2019\n".utf8),
            message: "testimonies.csv:2: witness: 'W9' is neither the external id nor the id of a witness"),
        Bad(
            name: "duplicate external id", file: "incidents.csv", bytes: Array("external_id,title,date\nK,X,2012\nK,Y,2013\n".utf8),
            message: "incidents.csv:3: external_id: 'K' is already the external id of the record on line 2"),
        Bad(name: "empty file", file: "incidents.csv", bytes: [], message: "is empty (0 bytes)"),
        Bad(
            name: "binary file", file: "incidents.csv", bytes: [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 1, 2],
            message: "is not a text file"),
        Bad(
            name: "not UTF-8", file: "incidents.csv",
            bytes: Array("title,date\n".utf8) + [0x4B, 0xE9, 0x2C, 0x32, 0x30, 0x31, 0x32, 0x0A], message: "is not UTF-8 text"),
        Bad(
            name: "JSON of the wrong shape", file: "case.json", bytes: Array("{\"format\": 3}".utf8),
            message: "is not a JSON file Casebook can import"),
        Bad(
            name: "evidence file missing", file: "evidence.csv", bytes: Array("path\nnothing-here.png\n".utf8),
            message: "evidence.csv:2: path: there is no file 'nothing-here.png'"),
        Bad(
            name: "evidence outside the folder", file: "evidence.csv", bytes: Array("path\n../outside.txt\n".utf8),
            message: "evidence.csv:2: path: '../outside.txt' is outside the folder"),
        Bad(
            name: "identity without passphrase", file: "witnesses.csv", bytes: Array("pseudonym,name\nBaek,Someone\n".utf8),
            message: "has witness identities"),
        Bad(
            name: "bad crime in links", file: "links.csv", bytes: Array("source,incident,crime\nT1,I1,torure\n".utf8),
            message: "links.csv:2: crime: There is no crime"),
    ]

    @Test("bad input is refused, exit 2, the case unchanged", arguments: bad)
    func refused(_ bad: Bad) throws {
        let cli = try Self.makeCase()
        try Data("outside".utf8).write(to: cli.folder.appendingPathComponent("outside.txt"))
        let before = try Self.snapshot(cli)
        try Data(bad.bytes).write(to: cli.workspace.appendingPathComponent(bad.file))
        let result = try cli.run(["import", bad.file] + bad.args)
        #expect(result.status == 2)
        #expect(result.stderr.contains(bad.message), "\(result.stderr)")
        #expect(try Self.snapshot(cli) == before)
    }

    @Test("an unknown column is a warning, not a failure")
    func unknownColumn() throws {
        let cli = try Self.makeCase()
        try Self.write(cli, "incidents.csv", "title,date,colour\nX,2012,red\n")
        let result = try cli.run(["import", "incidents.csv"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("incidents.csv:1: colour: is not a column of incidents; it was ignored"))
    }

    @Test("a BOM, ';' and quoted fields; re-import updates through the history and adds none")
    func reimport() throws {
        let cli = try Self.makeCase()
        try Self.write(
            cli, "incidents.csv",
            "\u{FEFF}external_id;title;date;description\nI1;Execution;2013-07;\"a; b, \"\"c\"\"\nd\"\nI2;Second;2014;x\n")
        var result = try cli.run(["import", "incidents.csv"])
        #expect(result.stdout.contains("1 added, 1 updated, 0 unchanged"), "\(result.stdout)\(result.stderr)")
        result = try cli.run(["import", "incidents.csv"])
        #expect(result.stdout.contains("0 added, 0 updated, 2 unchanged"), "\(result.stdout)\(result.stderr)")
        result = try cli.run(["history", "I-1"])
        #expect(result.stdout.contains("description  (empty)"), "\(result.stdout)")
        try Self.write(cli, "links.csv", "source,incident,crime,element,pinpoint\nT1,I1,murder,murder.1,p. 3\n")
        #expect(try cli.run(["import", "links.csv"]).stdout.contains("1 added"))
        #expect(try cli.run(["import", "links.csv"]).stdout.contains("0 added, 0 updated, 1 unchanged"))
    }

    @Test("a JSON array of records imports with --kind, in snake_case or camelCase")
    func jsonArray() throws {
        let cli = try Self.makeCase()
        try Self.write(
            cli, "list.json",
            #"[{"external_id": "I7", "title": "Camp deaths", "date": "1999/2004", "victimGroup": "political prisoners"}]"#)
        var result = try cli.run(["import", "list.json"])
        #expect(result.status == 2 && result.stderr.contains("--kind"), "\(result.stderr)")
        result = try cli.run(["import", "list.json", "--kind", "incidents"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try cli.run(["incident", "show", "I-2"]).stdout.contains("political prisoners"))
    }

    @Test("identities are sealed and the closing warning says the file holds them in clear")
    func identities() throws {
        let cli = try Self.makeCase()
        try Self.write(cli, "witnesses.csv", "external_id,pseudonym,name,born\nW2,Baek,Ri Chol-su,1970-01-02\n")
        let result = try cli.run(["import", "witnesses.csv"], environment: ["CASEBOOK_PASSPHRASE": "import passphrase"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("still holds 1 witness identity in clear"))
        #expect(try cli.run(["witness", "show", "W-2"]).stdout.contains("sealed"))
        // A wrong passphrase is one error, before any row, and changes nothing.
        let before = try Self.snapshot(cli, passphrase: "import passphrase")
        try Self.write(cli, "more.csv", "pseudonym,name\nChoe,Pak Su-nam\nDo,Han Il\n")
        let wrong = try cli.run(["import", "more.csv", "--kind", "witnesses"], environment: ["CASEBOOK_PASSPHRASE": "not it"])
        #expect(wrong.status == 2)
        #expect(wrong.errorLines.count == 1, "\(wrong.stderr)")
        #expect(try Self.snapshot(cli, passphrase: "import passphrase") == before)
    }

    @Test("a JSON export of another case adds its records and overwrites none of this case's")
    func otherCase() throws {
        let cli = try Self.makeCase()
        let other = cli.folder.appendingPathComponent("other").path
        #expect(try cli.run(["init", other, "--title", "Other"], cwd: cli.folder).status == 0)
        #expect(try cli.run(["-C", other, "witness", "add", "--pseudonym", "Choe"]).status == 0)
        #expect(try cli.run(["-C", other, "testimony", "add", "--witness", "W-1", "--date", "2020"]).status == 0)
        #expect(try cli.run(["-C", other, "export", "json", "other.json"], cwd: cli.folder).status == 0)
        let result = try cli.run(["import", cli.folder.appendingPathComponent("other.json").path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("witnesses: 1 added, 0 updated, 0 unchanged"), "\(result.stdout)")
        #expect(try cli.run(["witness", "show", "W-1"]).stdout.contains("Ahn"))
        // The imported testimony follows its witness to its new id.
        #expect(try cli.run(["testimony", "show", "T-2"]).stdout.contains("W-2"))
    }

    @Test("the demo builds the sample case; its JSON export imports into a new case with the same records")
    func demoAndRoundTrip() throws {
        var cli = try CLI()
        cli.environment["CASEBOOK_HANDLER"] = "tester"
        let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
            .appendingPathComponent("evidence/sample").path
        var result = try cli.run(["demo", "--out", "demo", "--sample", sample], cwd: cli.folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("evidence verified: intact"))
        #expect(result.stdout.contains("26 witnesses, 45 testimonies, 35 incidents, 45 evidence files, 133 links, 1 attack"))
        result = try cli.run(["demo", "--out", "demo", "--sample", sample], cwd: cli.folder)
        #expect(result.status == 2 && result.stderr.contains("not an empty folder"))
        try Data("keep me".utf8).write(to: cli.folder.appendingPathComponent("a-file"))
        result = try cli.run(["demo", "--out", "a-file", "--sample", sample], cwd: cli.folder)
        #expect(result.status == 2 && result.stderr.contains("not an empty folder"))
        #expect(try String(contentsOf: cli.folder.appendingPathComponent("a-file"), encoding: .utf8) == "keep me")
        // A copy of the program outside any clone, run outside any clone, cannot find the sample: it says how.
        var installed = cli
        let installedBinary = cli.folder.appendingPathComponent("bin/casebook")
        try FileManager.default.createDirectory(at: installedBinary.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: CLI.binary, to: installedBinary)
        installed.prefix = [installedBinary.path]
        result = try installed.run(["demo", "--out", "elsewhere"], cwd: cli.folder)
        #expect(result.status == 2 && result.stderr.contains("--sample"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: cli.folder.appendingPathComponent("elsewhere").path))
        let export = cli.folder.appendingPathComponent("demo/out/case.json").path
        try cli.makeCase()
        result = try cli.run(["import", export])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("attacks: 1 added"), "\(result.stdout)")
        let original = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: export))) as? [String: Any]
        let copy = try JSONSerialization.jsonObject(with: Data(Self.snapshot(cli).utf8)) as? [String: Any]
        // The same case, apart from what a JSON file does not carry: the evidence (and citations of
        // it) and the sealed identities.
        for member in ["witnesses", "testimonies", "incidents", "actors", "proofMatrix", "attacks"] {
            let left = Self.withoutEvidence(original?[member] as Any)
            let right = Self.withoutEvidence(copy?[member] as Any)
            #expect(left == right, "\(member) differs after the round trip")
        }
        result = try cli.run(["import", export])
        #expect(result.stdout.contains("0 added, 0 updated, 1 unchanged"), "\(result.stdout)")
    }

    /// A JSON value without citations of evidence items, without a testimony's `transcript` (an
    /// evidence item) and without `hasSealedIdentity`.
    static func withoutEvidence(_ value: Any) -> NSObject {
        switch value {
        case let object as [String: Any]:
            var kept: [String: NSObject] = [:]
            // An element's corroboration, and the matrix's weighing summed from them, are worked out
            // from the sources, compared here without the evidence the copy lacks, so they are left out.
            for (key, member) in object
            where key != "hasSealedIdentity" && key != "transcript" && key != "corroboration" && key != "weighing" {
                kept[key] = withoutEvidence(member)
            }
            return kept as NSDictionary
        case let array as [Any]:
            return array.filter { element in
                !((element as? [String: Any])?["source"] as? String ?? "").hasPrefix("E-")
            }.map(withoutEvidence) as NSArray
        default:
            return value as? NSObject ?? NSNull()
        }
    }
}

/// Header names as spreadsheet users write them: matched loosely, and the match said.
@Suite("import headers written loosely")
struct LooseImportHeaderTests {
    @Test("\"External ID\" is external_id: the match is printed, and a second import adds nothing")
    func looseHeadersAreMatched() throws {
        var cli = try CLI()
        cli.environment["CASEBOOK_HANDLER"] = "tester"
        try cli.makeCase()
        let csv = "External ID,Title,Date,Country,Victim-Group\nOUR-025,Arrests at the market,2022-03,KP,traders\n"
        try Data(csv.utf8).write(to: cli.workspace.appendingPathComponent("incidents.csv"))
        var result = try cli.run(["import", "incidents.csv"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("incidents.csv:1: \"External ID\" was read as the column external_id."), "\(result.stderr)")
        #expect(result.stderr.contains("\"Victim-Group\" was read as the column victim_group."), "\(result.stderr)")
        #expect(!result.stderr.contains("is not a column"), "\(result.stderr)")
        #expect(try cli.sqlite("SELECT externalId || '|' || victimGroup FROM incident") == "OUR-025|traders\n")
        result = try cli.run(["import", "incidents.csv"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try cli.sqlite("SELECT count(*) FROM incident") == "1\n", "a second import duplicated the row")
        // A loose name and the exact one in one header: the same column twice, refused.
        try Data("External ID,external_id,title,date\nA,B,T,2022\n".utf8).write(
            to: cli.workspace.appendingPathComponent("twice.csv"))
        result = try cli.run(["import", "twice.csv", "--kind", "incidents"])
        #expect(result.status == 2 && result.stderr.contains("appears twice in the header"), "\(result.stderr)")
        #expect(try cli.sqlite("SELECT count(*) FROM incident") == "1\n")
    }
}
