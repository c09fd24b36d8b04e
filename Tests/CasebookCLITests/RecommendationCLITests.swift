import CasebookCore
import Foundation
import GRDB
import Testing

/// Issue 14 §1 from the command line: the register, its import, assessments and our own
/// recommendations; every bad input is refused with one clear line, exit 2, nothing written.
@Suite("the recommendations register from the command line")
struct RecommendationCLITests {
    static let header = "source,number,state,text,response,themes\n"
    static let chile = "\"UPR 3 (2019), A/HRC/42/10\",126.45,Chile,Ratify the Convention against Torture.,supported,torture\n"

    /// The sample case with one recommendation, R-1.
    static func makeCase() throws -> CLI {
        var cli = try CLI()
        cli.environment["CASEBOOK_HANDLER"] = "tester"
        try cli.makeSampleCase()
        try write(cli, "recommendations.csv", header + chile)
        let result = try cli.run(["recommendation", "import", "recommendations.csv"])
        #expect(result.status == 0, "\(result.stderr)")
        return cli
    }

    static func write(_ cli: CLI, _ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: cli.workspace.appendingPathComponent(name))
    }

    struct Bad: CustomTestStringConvertible, Sendable {
        let name: String
        let args: [String]
        var file: (name: String, bytes: [UInt8])? = nil
        let message: String
        var testDescription: String { name }
    }

    static let longText = String(repeating: "Release every prisoner. ", count: 210)

    static let bad: [Bad] = [
        Bad(
            name: "CSV with a missing column", args: ["recommendation", "import", "bad.csv"],
            file: ("bad.csv", Array("source,number,state,text,themes\nA/HRC/25/63,89(a),COI,Reform.,reform\n".utf8)),
            message: "bad.csv:1: response: is required in a file of recommendations"),
        Bad(
            name: "an unknown response word in a CSV", args: ["recommendation", "import", "bad.csv"],
            file: ("bad.csv", Array((header + "\"UPR 3 (2019), A/HRC/42/10\",126.46,Peru,Free them.,acepted,detention\n").utf8)),
            message:
                "bad.csv:2: response: 'acepted' is not a response Casebook knows; write supported, noted or partially-supported"),
        Bad(
            name: "an unknown response word",
            args: [
                "recommendation", "add", "--source", "S", "--number", "1", "--state", "Peru", "--text", "T", "--response",
                "suported",
            ],
            message:
                "'suported' is not a response Casebook knows (did you mean supported?); write supported, noted or partially-supported"
        ),
        Bad(
            name: "a non-UTF-8 CSV", args: ["recommendation", "import", "bad.csv"],
            file: (
                "bad.csv",
                Array(header.utf8) + [0x53, 0x2C, 0x31, 0x2C, 0x50, 0xE9, 0x72, 0x6F, 0x75, 0x2C, 0x54, 0x2C, 0x2C, 0x0A]
            ),
            message: "bad.csv is not UTF-8 text"),
        Bad(
            name: "a text over 5,000 characters",
            args: ["recommendation", "add", "--source", "S", "--number", "1", "--state", "Peru", "--text", longText],
            message: "The recommendation text has 5039 characters, more than the 5,000 kept"),
        Bad(
            name: "a text over 5,000 characters in a CSV", args: ["import", "bad.csv", "--kind", "recommendations"],
            file: ("bad.csv", Array((header + "S,1,Peru,\(longText),noted,\n").utf8)),
            message: "bad.csv:2: text: The recommendation text has 5039 characters"),
        Bad(
            name: "an assessment citing a source that does not exist",
            args: ["recommendation", "assess", "R-1", "--status", "implemented", "--cite", "T-1,E-9"],
            message: "There is no evidence item E-9 in this case"),
        Bad(
            name: "an assessment citing an actor",
            args: ["recommendation", "assess", "R-1", "--status", "implemented", "--cite", "A-1"],
            message: "--cite needs a testimony (T-n) or an evidence item (E-n) or an incident (I-n), but A-1 is an actor"),
        Bad(
            name: "an unknown assessment status", args: ["recommendation", "assess", "R-1", "--status", "implemnted"],
            message: "'implemnted' is not an assessment Casebook knows (did you mean implemented?)"),
        Bad(
            name: "an assessment of no recommendation", args: ["recommendation", "assess", "R-7", "--status", "unclear"],
            message: "There is no recommendation R-7 in this case. Run 'casebook recommendation list'"),
        Bad(
            name: "a --follows that names no recommendation",
            args: ["upr", "recommend", "--text", "Release all prisoners.", "--theme", "detention", "--follows", "R-9"],
            message: "There is no recommendation R-9 in this case"),
        Bad(
            name: "a --follows that names another kind",
            args: ["upr", "recommend", "--text", "Release all prisoners.", "--theme", "detention", "--follows", "I-1"],
            message: "--follows needs a recommendation (R-n), but I-1 is an incident"),
        Bad(
            name: "a list filtered by an unknown response", args: ["recommendation", "list", "--response", "rejected"],
            message: "'rejected' is not a response Casebook knows"),
        Bad(
            name: "an assessment in a CSV of a recommendation not in the register", args: ["import", "assessments.csv"],
            file: ("assessments.csv", Array("source,number,status,cite\nA/HRC/25/63,89(z),unclear,\n".utf8)),
            message: "assessments.csv:2: number: There is no recommendation 89(z) of A/HRC/25/63 in the register"),
    ]

    @Test("bad input is refused, exit 2, nothing changed", arguments: bad)
    func refused(_ bad: Bad) throws {
        let cli = try Self.makeCase()
        if let file = bad.file { try Data(file.bytes).write(to: cli.workspace.appendingPathComponent(file.name)) }
        let before = try cli.databaseDump()
        let result = try cli.run(bad.args)
        #expect(result.status == 2, "exit status \(result.status); stderr: \(result.stderr)")
        #expect(result.stderr.contains(bad.message), "stderr: \(result.stderr)")
        if bad.file == nil { #expect(result.errorLines.count == 1, "stderr should be one line: \(result.stderr)") }
        #expect(result.stdout.isEmpty)
        #expect(try cli.databaseDump() == before, "the database changed")
    }

    @Test("a re-import of the same source and number updates it and says so")
    func reimportUpdates() throws {
        let cli = try Self.makeCase()
        let coi =
            "A/HRC/25/63,89(b),Commission of Inquiry,\"Acknowledge and dismantle the political prison camps. [paraphrased]\",,detention\n"
        try Self.write(
            cli, "recommendations.csv", Self.header + Self.chile.replacingOccurrences(of: "supported", with: "noted") + coi)
        var result = try cli.run(["recommendation", "import", "recommendations.csv"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout.contains(
                "1 recommendation added, 1 updated (already in the register: same source and number), 0 unchanged"),
            "\(result.stdout)")
        result = try cli.run(["import", "recommendations.csv"])
        #expect(result.stdout.contains("recommendations: 0 added, 0 updated, 2 unchanged"), "\(result.stdout)")
        result = try cli.run([
            "recommendation", "add", "--source", "UPR 3 (2019), A/HRC/42/10", "--number", "126.45", "--state", "Chile",
            "--text", "Ratify the Convention against Torture.", "--response", "partially-supported", "--themes", "torture",
        ])
        #expect(
            result.stdout.contains(
                "Updated R-1: 126.45 (Chile), A/HRC/42/10 was already in the register (same source and number); changed: response."),
            "\(result.stdout)")
        result = try cli.run(["recommendation", "show", "R-1"])
        #expect(result.stdout.contains("Response changed from \"supported\" to \"noted\"."), "\(result.stdout)")
        #expect(result.stdout.contains("Response changed from \"noted\" to \"partially-supported\"."), "\(result.stdout)")
        result = try cli.run(["recommendation", "list", "--json"])
        let list = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(list.map { $0["id"] as? String } == ["R-1", "R-2"])
        #expect(list[1]["response"] == nil, "a commission's recommendation has no response")
        #expect(list[1]["citation"] as? String == "89(b) (Commission of Inquiry), A/HRC/25/63")
        result = try cli.run(["recommendation", "list", "--theme", "detention"])
        #expect(result.stdout.contains("R-2") && !result.stdout.contains("R-1"), "\(result.stdout)")
    }

    @Test("assessments are kept, dated and by their handler, newest last")
    func assessmentsAreKept() throws {
        let cli = try Self.makeCase()
        var result = try cli.run([
            "recommendation", "assess", "R-1", "--status", "not-implemented", "--date", "2023-05-01",
            "--note", "No sign of ratification.", "--context", "T-1,I-1",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        result = try cli.run(["recommendation", "assess", "R-1", "--status", "unclear", "--date", "2024-01-10"])
        #expect(result.stdout.contains("citing no evidence. 1 earlier assessment is kept."), "\(result.stdout)")
        result = try cli.run(["recommendation", "show", "R-1", "--json"])
        let shown = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let assessments = try #require(shown["assessments"] as? [[String: Any]])
        #expect(assessments.map { $0["status"] as? String } == ["not-implemented", "unclear"])
        #expect(assessments.map { $0["handler"] as? String } == ["tester", "tester"])
        let sources = try #require(assessments[0]["sources"] as? [[String: Any]])
        #expect(sources.map { $0["id"] as? String } == ["T-1", "I-1"])
        result = try cli.run(["recommendation", "show", "R-1"])
        #expect(result.stdout.contains("2023-05-01  not-implemented  by tester"))
        // The interview and the incident are older than the review of May 2019: background only.
        #expect(
            result.stdout.contains(
                "background (older than the recommendation): T-1 (testimony of Witness A, 2019-05-03); I-1 (incident Interrogation at a holding centre)"
            ),
            "\(result.stdout)")
    }

    @Test("assessments cannot be altered or deleted, even in the database file")
    func assessmentsAreAppendOnly() throws {
        let cli = try Self.makeCase()
        #expect(try cli.run(["recommendation", "assess", "R-1", "--status", "not-implemented", "--context", "T-1"]).status == 0)
        let queue = try DatabaseQueue(path: cli.workspace.appendingPathComponent(Workspace.databaseFileName).path)
        for sql in [
            "UPDATE recommendation_assessment SET status = 'implemented'", "DELETE FROM recommendation_assessment",
            "UPDATE assessment_source SET testimonyId = NULL", "DELETE FROM assessment_source",
        ] {
            #expect(throws: DatabaseError.self, "\(sql)") { try queue.write { db in try db.execute(sql: sql) } }
        }
        let shown = try cli.run(["recommendation", "show", "R-1"]).stdout
        #expect(shown.contains("not-implemented") && shown.contains("background (older than the recommendation): T-1"), "\(shown)")
    }

    @Test("upr recommend stores the recommendation and prints what the SMART check found")
    func uprRecommend() throws {
        let cli = try Self.makeCase()
        var result = try cli.run([
            "upr", "recommend", "--text", "Ensure respect for human rights.", "--theme", "detention", "--follows", "R-1",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Stored OR-1 (theme: detention), as recommended previously (126.45, Chile)."))
        #expect(result.stdout.contains("SMART check: 3 parts missing (it is stored all the same):"))
        #expect(result.stdout.contains("It does not start with an action verb (it starts with 'ensure')"))
        result = try cli.run([
            "upr", "recommend", "--text", "Release all political prisoners held in kwanliso within 12 months.", "--theme",
            "detention",
        ])
        #expect(result.stdout.contains("SMART check: it starts with an action verb"), "\(result.stdout)")
        result = try cli.run(["upr", "recommendations", "--json"])
        let list = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(list.map { $0["id"] as? String } == ["OR-1", "OR-2"])
    }

    @Test("the demo loads the sample register: COI and UPR recommendations, assessments, our recommendations")
    func demoLoadsTheRegister() throws {
        var cli = try CLI()
        cli.environment["CASEBOOK_HANDLER"] = "tester"
        let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
            .appendingPathComponent("evidence/sample").path
        var result = try cli.run(["demo", "--out", "demo", "--sample", sample], cwd: cli.folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("1 attack, 29 recommendations, 13 assessments, 3 our recommendations"), "\(result.stdout)")
        let demo = cli.folder.appendingPathComponent("demo")
        result = try cli.run(["recommendation", "list", "--json"], cwd: demo)
        let list = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(list.count == 29)
        let coi = list.filter { $0["source"] as? String == "A/HRC/25/63" }
        #expect(coi.count == 17)
        #expect(coi.allSatisfy { ($0["text"] as? String)?.hasSuffix("[paraphrased]") == true && $0["response"] == nil })
        let upr = list.filter { $0["source"] as? String == "UPR 3 (2019), A/HRC/42/10" }
        #expect(upr.count == 12)
        #expect(upr.allSatisfy { ($0["text"] as? String)?.hasSuffix("[illustrative]") == true && $0["response"] != nil })
        #expect(list.contains { $0["citation"] as? String == "126.45 (Peru), A/HRC/42/10" })
        let assessed = list.compactMap { ($0["assessments"] as? [[String: Any]])?.last }
        #expect(assessed.count == 12)
        #expect(assessed.filter { ($0["sources"] as? [Any])?.isEmpty == true }.count == 2, "two assessments cite no evidence")
        result = try cli.run(["upr", "recommendations", "--json"], cwd: demo)
        let ours = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(ours.count == 3)
        #expect(
            ours.compactMap { $0["followsCitation"] as? String } == [
                "as recommended previously (126.31, Germany)", "as the Commission of Inquiry recommended (A/HRC/25/63 para. 89(s))",
            ])
        // Importing the sample's sheets again changes nothing.
        for (sheet, kind) in [
            ("recommendations.csv", "recommendations"), ("assessments.csv", "assessments"),
            ("our-recommendations.csv", "our-recommendations"),
        ] {
            result = try cli.run(["import", (sample as NSString).appendingPathComponent(sheet)], cwd: demo)
            #expect(result.stdout.contains("\(kind): 0 added, 0 updated"), "\(result.stdout) \(result.stderr)")
        }
    }
}
