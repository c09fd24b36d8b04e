import Testing

@testable import CasebookCore
@testable import CasebookInterchange

@Suite("import reader")
struct ImportReaderTests {
    @Test("a record's line is where it starts, counting line breaks inside quoted fields")
    func lines() throws {
        let text = "title,date\n\"a\r\nb\",2012\nc,2013\n\n\"x, \"\"y\"\"\",2014\n"
        let (tables, problems) = try ImportReader.csvTable(text, file: "f.csv", kind: .incidents)
        #expect(problems.isEmpty)
        #expect(tables[0].rows.map(\.line) == [2, 4, 6])
        #expect(tables[0].rows[2]["title"] == "x, \"y\"")
    }

    @Test("the kind comes from the file name")
    func kindFromName() {
        #expect(ImportKind(fileName: "/a/2024-incidents.csv") == .incidents)
        #expect(ImportKind(fileName: "Witness list.csv") == .witnesses)
        #expect(ImportKind(fileName: "sheet.csv") == nil)
    }

    @Test("';' is the delimiter when the header uses it")
    func semicolon() throws {
        let (tables, _) = try ImportReader.csvTable("title;date\nA, B;2012\n", file: "f.csv", kind: .incidents)
        #expect(tables[0].rows[0]["title"] == "A, B")
    }

    @Test("a column named twice in the header is a problem of line 1")
    func duplicateColumn() throws {
        let (_, problems) = try ImportReader.csvTable("title,date,title\nA,2012,B\n", file: "f.csv", kind: .incidents)
        #expect(problems.map(\.description) == ["f.csv:1: title: appears twice in the header; keep one column of that name"])
    }
}
