import Foundation
import Testing

/// Every bad input the workspace issue names: one clear line on stderr, exit 2, nothing written.
@Suite("bad input is refused and changes nothing")
struct BadInputTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let args: [String]
        let message: String
        var testDescription: String { args.joined(separator: " ") }
    }

    static let cases: [Case] = [
        Case(args: ["allege", "--incident", "I-1", "--crime", "torure"], message: "Did you mean torture?"),
        Case(args: ["cite", "--allegation", "AL-1", "--source", "T-1", "--element", "torture.9"], message: "There is no element with the key 'torture.9'"),
        Case(args: ["attribute", "--allegation", "AL-1", "--actor", "A-1", "--mode", "orderin"], message: "Did you mean ordering?"),
        Case(args: ["testimony", "add", "--witness", "W-99", "--date", "2019"], message: "There is no witness W-99"),
        Case(args: ["cite", "--allegation", "AL-1", "--source", "A-1"], message: "--source needs a testimony (T-n) or an evidence item (E-n), but A-1 is an actor"),
        Case(args: ["link", "--source", "W-1", "--incident", "I-1", "--crime", "murder"], message: "but W-1 is a witness"),
        Case(args: ["incident", "add", "--title", "X", "--date", "2013-13-40"], message: "'2013-13-40' is not a real date"),
        Case(args: ["testimony", "add", "--witness", "W-1", "--date", "yesterday"], message: "'yesterday' is not a date Casebook understands"),
        Case(args: ["incident", "add", "--title", "X", "--date", "2014/2012"], message: "ends before it starts"),
        Case(args: ["actor", "update", "A-1", "--superior", "A-1"], message: "A-1 cannot be its own superior"),
        Case(args: ["actor", "update", "A-1", "--superior", "A-2"], message: "the command hierarchy would become a loop"),
        Case(args: ["cite", "--allegation", "AL-1", "--source", "T-1", "--element", "murder.1"], message: "is not an element of torture"),
        Case(args: ["link", "--source", "T-1", "--incident", "I-1", "--crime", "torture", "--element", "murder.1"], message: "is not an element of torture"),
        Case(args: ["allege", "--incident", "I-1", "--crime", "torture"], message: "I-1 is already alleged to be torture, as AL-1; nothing was created"),
        Case(args: ["witness", "add", "--pseudonym", "  "], message: "The pseudonym must not be empty"),
        Case(args: ["incident", "add", "--title", "", "--date", "2012"], message: "The incident title must not be empty"),
        Case(args: ["witness", "add", "--pseudonym", "B", "--consent", "icc,everyone"], message: "'everyone' is not a valid consent scope"),
        Case(args: ["actor", "add", "--name", "X", "--kind", "army"], message: "write person or institution"),
        Case(args: ["cite", "--allegation", "AL-1", "--source", "T-1", "--actor", "A-1"], message: "AL-1 is not attributed to A-1"),
        Case(args: ["link", "--source", "T-1", "--incident", "I-1", "--crime", "torture", "--element", "torture.1", "--actor", "A-2", "--mode", "direct", "--pinpoint", "para. 12"], message: "already cited"),
        Case(args: ["link", "--source", "T-9", "--incident", "I-1", "--crime", "murder", "--actor", "A-1", "--mode", "ordering"], message: "There is no testimony T-9"),
        Case(args: ["attribute", "--allegation", "AL-1", "--actor", "A-1", "--mode", "incitement"], message: "no mode of liability 'incitement'"),
        Case(args: ["witness", "show", "W1"], message: "'W1' is not a record id"),
        Case(args: ["matrix", "--actor", "A-7"], message: "There is no actor A-7"),
        Case(args: ["witness", "add", "--pseudonym", "B", "--no-such-option"], message: "Unknown option '--no-such-option'"),
    ]

    @Test(arguments: cases)
    func refused(_ bad: Case) throws {
        let cli = try CLI()
        try cli.makeSampleCase()
        let before = try cli.databaseDump()
        let result = try cli.run(bad.args)
        #expect(result.status == 2, "exit status \(result.status); stderr: \(result.stderr)")
        #expect(result.errorLines.count == 1, "stderr should be one line: \(result.stderr)")
        #expect(result.stderr.hasPrefix("error: "))
        #expect(result.stderr.contains(bad.message), "stderr: \(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(try cli.databaseDump() == before, "the database changed")
    }
}
