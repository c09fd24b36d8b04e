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
        Case(
            args: ["cite", "--allegation", "AL-1", "--source", "T-1", "--element", "torture.9"],
            message: "There is no element with the key 'torture.9'"),
        Case(
            args: ["attribute", "--allegation", "AL-1", "--actor", "A-1", "--mode", "orderin"], message: "Did you mean ordering?"),
        Case(args: ["testimony", "add", "--witness", "W-99", "--date", "2019"], message: "There is no witness W-99"),
        Case(
            args: ["cite", "--allegation", "AL-1", "--source", "A-1"],
            message: "--source needs a testimony (T-n) or an evidence item (E-n), but A-1 is an actor"),
        Case(args: ["link", "--source", "W-1", "--incident", "I-1", "--crime", "murder"], message: "but W-1 is a witness"),
        Case(args: ["incident", "add", "--title", "X", "--date", "2013-13-40"], message: "'2013-13-40' is not a real date"),
        Case(
            args: ["testimony", "add", "--witness", "W-1", "--date", "yesterday"],
            message: "'yesterday' is not a date Casebook understands"),
        Case(args: ["incident", "add", "--title", "X", "--date", "2014/2012"], message: "ends before it starts"),
        Case(args: ["incident", "add", "--title", "X", "--date", "2999-01"], message: "an incident cannot begin after today"),
        Case(args: ["incident", "update", "I-1", "--date", "2999"], message: "an incident cannot begin after today"),
        Case(args: ["actor", "update", "A-1", "--superior", "A-1"], message: "A-1 cannot be its own superior"),
        Case(args: ["actor", "update", "A-1", "--superior", "A-2"], message: "the command hierarchy would become a loop"),
        Case(
            args: ["cite", "--allegation", "AL-1", "--source", "T-1", "--element", "murder.1"],
            message: "is not an element of torture"),
        Case(
            args: ["link", "--source", "T-1", "--incident", "I-1", "--crime", "torture", "--element", "murder.1"],
            message: "is not an element of torture"),
        Case(
            args: ["allege", "--incident", "I-1", "--crime", "torture"],
            message: "I-1 is already alleged to be torture, as AL-1; nothing was created"),
        Case(args: ["witness", "add", "--pseudonym", "  "], message: "The pseudonym must not be empty"),
        Case(args: ["incident", "add", "--title", "", "--date", "2012"], message: "The incident title must not be empty"),
        Case(
            args: ["witness", "add", "--pseudonym", "B", "--consent", "icc-evidence,everyone"],
            message: "'everyone' is not a valid consent scope"),
        Case(args: ["actor", "add", "--name", "X", "--kind", "army"], message: "write person or institution"),
        Case(
            args: ["cite", "--allegation", "AL-1", "--source", "T-1", "--actor", "A-1"], message: "AL-1 is not attributed to A-1"),
        Case(
            args: [
                "link", "--source", "T-1", "--incident", "I-1", "--crime", "torture", "--element", "torture.1", "--actor", "A-2",
                "--mode", "direct", "--pinpoint", "para. 12",
            ], message: "already cited"),
        Case(
            args: ["link", "--source", "T-9", "--incident", "I-1", "--crime", "murder", "--actor", "A-2", "--mode", "ordering"],
            message: "There is no testimony T-9"),
        Case(
            args: ["attribute", "--allegation", "AL-1", "--actor", "A-1", "--mode", "incitement"],
            message: "no mode of liability 'incitement'"),
        Case(args: ["witness", "show", "W1"], message: "'W1' is not a record id"),
        Case(args: ["matrix", "--actor", "A-7"], message: "There is no actor A-7"),
        Case(args: ["witness", "add", "--pseudonym", "B", "--no-such-option"], message: "Unknown option '--no-such-option'"),
        // Issue 11: the attack, allegation details, and the elements of the modes of liability.
        Case(args: ["attack", "add", "--title", " "], message: "The attack title must not be empty"),
        Case(args: ["attack", "add", "--title", "X", "--period", "2014/2012"], message: "ends before it starts"),
        Case(args: ["attack", "show", "AT-9"], message: "There is no attack AT-9 in this case. Run 'casebook attack list'"),
        Case(args: ["attack", "update", "AL-1", "--title", "X"], message: "needs an attack (AT-n), but AL-1 is an allegation"),
        Case(
            args: ["attack", "cite", "AT-9", "--source", "T-1", "--element", "attack.policy"], message: "There is no attack AT-9"),
        Case(
            args: ["attack", "cite", "AT-1", "--source", "T-1", "--element", "attack.polcy"], message: "Did you mean attack.policy?"
        ),
        Case(
            args: ["allegation", "update", "AL-1", "--limb", "a"],
            message: "--limb applies to enforced disappearance only, but AL-1 is alleged as torture"),
        Case(args: ["allegation", "update", "AL-1", "--destination", "CN"], message: "--destination applies to deportation only"),
        Case(args: ["allegation", "update", "AL-1", "--destination", "China"], message: "'China' is not a valid country code"),
        Case(args: ["allegation", "update", "AL-1", "--grounds", "political"], message: "--grounds applies to persecution only"),
        Case(
            args: ["allegation", "update", "AL-1", "--grounds", "politcal"],
            message: "'politcal' is not a valid ground of persecution"),
        Case(args: ["allegation", "update", "AL-1", "--limb", "c"], message: "'c' is not a valid limb"),
        Case(args: ["allegation", "update", "AL-1", "--attack", "AT-3"], message: "There is no attack AT-3"),
        Case(
            args: ["allegation", "update", "AL-1", "--attack", "A-3"],
            message: "--attack needs an attack (AT-n), but A-3 is an actor"),
        Case(args: ["allegation", "update", "AL-1", "--abandoned", "gave up"], message: "add --attempt (art. 25(3)(f))"),
        Case(
            args: ["allegation", "update", "AL-1", "--crime", "murder"],
            message: "only deportation and forcible-transfer can be exchanged"),
        Case(args: ["allegation", "update", "AL-9", "--attempt"], message: "There is no allegation AL-9"),
        Case(args: ["allegation", "show", "AL-9"], message: "There is no allegation AL-9"),
        Case(
            args: ["cite", "--allegation", "AL-1", "--source", "T-1", "--element", "superior.knowledge"],
            message: "name the actor it concerns with --actor A-n"),
        Case(
            args: ["cite", "--allegation", "AL-1", "--source", "T-1", "--actor", "A-2", "--element", "command.knowledge"],
            message: "is not an element of the modes A-2 is attributed under"),
        Case(
            args: [
                "link", "--source", "T-1", "--incident", "I-1", "--crime", "torture", "--actor", "A-2", "--mode", "direct",
                "--element", "superior.knowledge",
            ], message: "is not an element of the modes A-2 is attributed under"),
        Case(
            args: ["cite", "--allegation", "AL-1", "--source", "T-1", "--actor", "A-2", "--element", "direct.conduc"],
            message: "Did you mean direct.conduct?"),
        Case(args: ["crimes", "--find", "juggling"], message: "No conduct in the index matches 'juggling'"),
        Case(args: ["crimes", "--find", " "], message: "Give words for the conduct to look up"),
        // The review of issue 11.
        Case(
            args: ["incident", "add", "--title", "X", "--date", "2012", "--country", "XX"],
            message: "'XX' is not a valid country code; give an officially assigned two-letter ISO 3166-1 code"),
        Case(
            args: ["incident", "add", "--title", "X", "--date", "2012", "--country", "UK"],
            message: "'UK' is not a valid country code"),
        Case(
            args: ["incident", "add", "--title", "X", "--date", "2012", "--country", "EU"],
            message: "'EU' is not a valid country code"),
        Case(
            args: ["allegation", "update", "AL-1", "--attempt", "--no-attempt"],
            message: "--attempt and --no-attempt contradict each other; give one. Nothing was changed."),
        Case(
            args: ["allegation", "update", "AL-1", "--abandoned", "he stopped"],
            message: "--abandoned needs --attempt: abandonment concerns an attempt"),
        Case(
            args: ["allegation", "update", "AL-1", "--attempt", "--abandoned", "he stopped"],
            message: "--abandoned needs --actor A-n: abandonment frees only the person who abandoned (art. 25(3)(f))"),
        Case(
            args: ["allegation", "update", "AL-1", "--actor", "A-2"],
            message: "--actor on 'allegation update' names the person who abandoned the attempt"),
        Case(args: ["allegation", "update", "AL-1"], message: "Nothing to change for AL-1"),
        Case(args: ["allegation", "update", "AL-1", "--grounds", ",,"], message: "',,' has an empty ground of persecution"),
        Case(
            args: ["attack", "cite", "AT-1", "--source", "T-1", "--element", "torture.1"],
            message:
                "'torture.1' is not an element of an attack; its elements are attack.course-of-conduct, attack.civilian-population, attack.policy, attack.widespread-or-systematic."
        ),
        Case(
            args: ["crimes", "torture", "--find", "beating"], message: "Give either a crime or mode key, or --find WORDS, not both."
        ),
        Case(args: ["crimes", "--find", "x"], message: "'x' is too short to look up; give at least 3 letters"),
        Case(
            args: ["crimes", "superior.knowledge"],
            message: "is an element of the mode of liability superior; run 'casebook crimes superior'"),
        Case(
            args: ["cite", "--allegation", "AL-1", "--source", "T-1", "--element", "attempt.substantial-step"],
            message: "concerns an attempt, and AL-1 is not marked attempted"),
        Case(
            args: ["attack", "cite", "AT-9", "--source", "T-1", "--element", "attack.policy", "--basis", "gossip"],
            message: "'gossip' is not a valid basis of knowledge"),
        Case(
            args: ["allegation", "update", "AL-1", "--attempt", "--actor", "A-1", "--abandoned", "x"],
            message: "AL-1 is not attributed to A-1"),
        Case(
            args: ["cite", "--allegation", "AL-1", "--source", "T-1", "--basis", "rumour"],
            message: "'rumour' is not a valid basis of knowledge; write first-hand, hearsay, documentary, expert, open-source."),
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
