import Foundation
import Testing

/// Every bad input to the update and history commands: one clear line on stderr, exit 2, the
/// database byte for byte unchanged, and never a sealed value repeated.
@Suite("bad updates are refused and change nothing")
struct UpdateBadInputTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let args: [String]
        let message: String
        /// Text that must not appear anywhere in the output (a sealed value).
        var absent: String? = nil
        var testDescription: String { args.joined(separator: " ") }
    }

    static let cases: [Case] = [
        Case(
            args: ["witness", "update", "W-1"],
            message: "Nothing to change: give 'casebook witness update W-1' at least one option to change"),
        Case(
            args: ["testimony", "update", "T-1"],
            message: "Nothing to change: give 'casebook testimony update T-1' at least one option"),
        Case(
            args: ["incident", "update", "I-1"],
            message: "Nothing to change: give 'casebook incident update I-1' at least one option"),
        Case(args: ["actor", "update", "A-1"], message: "Nothing to change: give 'casebook actor update A-1' at least one option"),
        Case(args: ["witness", "update", "W-9", "--origin", "Ryanggang"], message: "There is no witness W-9 in this case"),
        Case(
            args: ["witness", "update", "T-1", "--origin", "Ryanggang"],
            message: "witness update needs a witness (W-n), but T-1 is a testimony"),
        Case(args: ["witness", "update", "W-1", "--sex", "female"], message: "'female' is not a valid sex; write F, M or X"),
        Case(
            args: ["witness", "update", "W-1", "--consent", "icc-evidence,everyone"],
            message: "'everyone' is not a valid consent scope"),
        Case(args: ["witness", "update", "W-1", "--left", "1960"], message: "it cannot be before the birth year 1975"),
        Case(args: ["witness", "update", "W-1", "--birth-year", "1850"], message: "'1850' is not a valid birth year"),
        Case(args: ["witness", "update", "W-1", "--pseudonym", "  "], message: "The pseudonym must not be empty"),
        Case(
            args: ["witness", "update", "W-1", "--birth-year", "1976", "--born", "1975-02-30"],
            message:
                "The exact date of birth given is not a real date; check the month and the day. It is sealed, so it is not repeated here.",
            absent: "1975-02-30"),
        Case(
            args: ["witness", "update", "W-1", "--born", "1975-03"], message: "The exact date of birth given lacks the day",
            absent: "1975-03"),
        Case(
            args: ["witness", "update", "W-1", "--born", "2 March 1975"], message: "is not a date in the form YYYY-MM-DD",
            absent: "March"),
        Case(
            args: ["witness", "add", "--pseudonym", "B", "--born", "1975-02-30"],
            message: "The exact date of birth given is not a real date", absent: "1975-02-30"),
        Case(
            args: ["witness", "add", "--pseudonym", "B", "--born", "1975-13-02"], message: "is not a real date", absent: "1975-13"),
        Case(args: ["testimony", "update", "T-1", "--date", "2019-02-30"], message: "'2019-02-30' is not a real date"),
        Case(
            args: ["testimony", "update", "T-1", "--date", "last spring"],
            message: "'last spring' is not a date Casebook understands"),
        Case(args: ["testimony", "update", "T-1", "--witness", "W-9"], message: "There is no witness W-9"),
        Case(
            args: ["testimony", "update", "T-1", "--witness", "A-1"],
            message: "--witness needs a witness (W-n), but A-1 is an actor"),
        Case(args: ["testimony", "update", "T-9", "--place", "Seoul"], message: "There is no testimony T-9"),
        Case(args: ["incident", "update", "I-1", "--date", "2014/2012"], message: "ends before it starts"),
        Case(args: ["incident", "update", "I-1", "--country", "KPR"], message: "'KPR' is not a valid country code"),
        Case(args: ["incident", "update", "I-1", "--lat", "40"], message: "--lat and --lon must be given together"),
        Case(args: ["incident", "update", "I-1", "--lat", "100", "--lon", "20"], message: "it must be between -90 and 90"),
        Case(args: ["incident", "update", "I-1", "--victims=-3"], message: "it cannot be negative"),
        Case(
            args: ["incident", "update", "I-1", "--estimated"], message: "but I-1 has no number of victims; give --victims N too"),
        Case(args: ["incident", "update", "I-1", "--title", ""], message: "The incident title must not be empty"),
        Case(args: ["incident", "update", "I-9", "--title", "X"], message: "There is no incident I-9"),
        Case(args: ["actor", "update", "A-1", "--kind", "army"], message: "write person or institution"),
        Case(args: ["actor", "update", "A-9", "--position", "Chief"], message: "There is no actor A-9"),
        Case(
            args: ["history", "AL-1"],
            message:
                "casebook history needs a witness (W-n) or a testimony (T-n) or an incident (I-n) or an actor (A-n) or an evidence item (E-n)"
        ),
        Case(args: ["history", "E-1"], message: "There is no evidence item E-1 in this case."),
        Case(args: ["history", "W-9"], message: "There is no witness W-9"),
        Case(args: ["history", "W1"], message: "'W1' is not a record id"),
        Case(
            args: ["witness", "update", "W-1", "--origin", "Onsong", "--handler", "../x"],
            message: "'../x' cannot be used as a handler name"),
        Case(
            args: ["witness", "update", "W-1", "--pseudonym", "Witness A", "--no-such-option"],
            message: "Unknown option '--no-such-option'"),
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
        if let absent = bad.absent { #expect(!result.stderr.contains(absent), "the sealed value was echoed: \(result.stderr)") }
        #expect(try cli.databaseDump() == before, "the database changed")
    }
}
