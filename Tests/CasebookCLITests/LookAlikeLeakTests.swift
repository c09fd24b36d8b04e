import Foundation
import Testing

/// A sealed name or date of birth written with look-alike letters (Greek capitals, Lisu, OCR's 1
/// for l), in a form the scan generates (German and French spellings, the given name first or with
/// 씨, the Juche year, French and German month names, ISO date-times): a transcript holding it
/// stays out of the bag, and its redacted copy goes.
@Suite("the leak scan knows look-alikes and other written forms")
struct LookAlikeLeakTests {
    struct Row: CustomTestStringConvertible, Sendable {
        let identity: [String]
        let text: String
        let form: String
        var testDescription: String { text }
    }

    static let rows: [Row] = [
        Row(identity: ["--name", "김철수"], text: "ΚΙΜ CΗΟL-SU testified.", form: "CΗΟL"),
        Row(identity: ["--name", "김철수"], text: "ꓗꓲꓟ Chol-su testified.", form: "Chol"),
        Row(identity: ["--name", "김철수"], text: "ᴋɪᴍ ᴄʜᴏʟ-ꜱᴜ testified.", form: "ᴄʜᴏʟ"),
        Row(identity: ["--name", "김철수"], text: "OCR: Kim Cho1-su testified.", form: "Cho1"),
        Row(identity: ["--name", "김철수"], text: "OCR: K1m Cho1-su testified.", form: "K1m"),
        Row(identity: ["--name", "김철수"], text: "OCR: Kirn Chol-su testified.", form: "Kirn"),
        Row(identity: ["--name", "김철수"], text: "OCR: Kim Cho|-su testified.", form: "Cho|"),
        Row(identity: ["--name", "김철수"], text: "Zeuge Tschol-su Kim aus Hoeryong.", form: "Tschol"),
        Row(identity: ["--name", "김철수"], text: "Le témoin Kim Tchol-sou a parlé.", form: "Tchol"),
        Row(identity: ["--name", "김철수"], text: "철수 씨가 증언했다.", form: "철수"),
        Row(identity: ["--name", "김철수"], text: "증인 철수 김은 말했다.", form: "철수"),
        Row(identity: ["--born", "1975-03-02"], text: "Né le 2 mars 1975 à Hoeryong.", form: "mars 1975"),
        Row(identity: ["--born", "1975-03-02"], text: "geboren am 2. März 1975", form: "März"),
        Row(identity: ["--born", "1975-03-02"], text: "주체64년 3월 2일생", form: "주체64"),
        Row(identity: ["--born", "1975-03-02"], text: "dob: 1975-03-02T00:00:00Z", form: "1975-03-02"),
        Row(identity: ["--born", "1975-03-02"], text: "生于1975年3月2日", form: "1975年"),
        Row(identity: ["--born", "1975-03-02"], text: "b. 75. 3. 2. in Hoeryong", form: "75. 3. 2."),
    ]

    @Test(arguments: rows)
    func theBagRefusesItAndTheRedactedCopyGoes(_ row: Row) throws {
        let cli = try CLI.protectedCase(row.identity, signingKey: true)
        let path = try cli.makeFile("transcript.txt", Array("Q: Who?\nA: \(row.text)\n".utf8))
        #expect(try cli.run(["evidence", "add", path]).status == 0)
        let bag = cli.folder.appendingPathComponent("bag")
        let stopped = try cli.run(["export", "bagit", bag.path], environment: CLI.testPassphrase)
        #expect(stopped.status == 1, "\(row.text): \(stopped.stderr)")
        #expect(stopped.stderr.contains("evidence item E-1 (transcript.txt) contains the protected"), "\(stopped.stderr)")
        #expect(stopped.stderr.contains("of W-1"))
        #expect(!FileManager.default.fileExists(atPath: bag.path))

        let copy = cli.folder.appendingPathComponent("copy.txt")
        let redacted = try cli.run(["evidence", "redact", "E-1", "--out", copy.path], environment: CLI.testPassphrase)
        #expect(redacted.status == 0, "\(redacted.stderr)")
        let text = try String(contentsOf: copy, encoding: .utf8)
        #expect(!text.contains(row.form), "\(text)")
        #expect(text.contains("[REDACTED]"))
        #expect(try cli.run(["export", "bagit", bag.path, "--evidence", "E-2"], environment: CLI.testPassphrase).status == 0)
    }

    @Test func aDifferentNameOrDateStillGoes() throws {
        let cli = try CLI.protectedCase(["--name", "김철수", "--born", "1975-03-02"])
        let text = "Kim Choi-su and 박철수 씨 met on 12 mars 1975; call 010-7532-1975; Kim Jong-un spoke; 철수김치.\n"
        let path = try cli.makeFile("notes.txt", Array(text.utf8))
        #expect(try cli.run(["evidence", "add", path]).status == 0)
        let bag = cli.folder.appendingPathComponent("bag")
        let result = try cli.run(["export", "bagit", bag.path], environment: CLI.testPassphrase)
        #expect(result.status == 0, "\(result.stderr)")
    }
}
