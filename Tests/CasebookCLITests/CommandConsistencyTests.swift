import Foundation
import Testing

/// The smaller disagreements found while trying the README as a new user (issue 12 §5): each
/// refusal is one clear line that says what is needed, exit 2, nothing written; and the options
/// every command shares are accepted everywhere.
@Suite("commands agree with each other and say what they need")
struct CommandConsistencyTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let args: [String]
        let message: String
        var absent: String? = nil
        var passphrase = false
        var testDescription: String { args.joined(separator: " ") }
    }

    static let sexualViolence =
        "sexual-violence.rape, sexual-violence.sexual-slavery, sexual-violence.enforced-prostitution, "
        + "sexual-violence.forced-pregnancy, sexual-violence.enforced-sterilization or sexual-violence.other."

    static let cases: [Case] = [
        // A group of crimes is answered with every crime of the group, rape and other sexual violence included.
        Case(
            args: ["link", "--source", "T-1", "--incident", "I-1", "--crime", "sexual-violence"],
            message: "'sexual-violence' is a group of crimes (art. 7(1)(g)), not one crime; name one of them: " + sexualViolence),
        Case(
            args: ["allege", "--incident", "I-1", "--crime", "sexual-violance"],
            message: "Did you mean one of the crimes of sexual-violence (art. 7(1)(g))? " + sexualViolence),
        // A negative number of victims reaches the check, which says what a number of victims is.
        Case(
            args: ["incident", "add", "--title", "X", "--date", "2012", "--victims", "-3"],
            message: "'-3' is not a valid number of victims; it cannot be negative: write a whole number, 0 or more."),
        Case(
            args: ["incident", "update", "I-1", "--victims", "-3"],
            message: "'-3' is not a valid number of victims; it cannot be negative: write a whole number, 0 or more."),
        // A date of birth is one exact day: a range is not suggested, it is refused as such.
        Case(
            args: ["witness", "add", "--pseudonym", "B", "--born", "1979/1981"],
            message:
                "The exact date of birth given is a range, but a date of birth is one exact day: write it as YYYY-MM-DD (for example 1975-03-02), and an uncertain year with --birth-year alone.",
            absent: "1979", passphrase: true),
        Case(
            args: ["witness", "update", "W-1", "--born", "1979/1981"], message: "is a range, but a date of birth is one exact day",
            absent: "1981", passphrase: true),
        Case(
            args: ["witness", "add", "--pseudonym", "B", "--born", "1979"],
            message: "lacks the day; a date of birth is one exact day, YYYY-MM-DD, and a year alone goes in --birth-year",
            absent: "1979", passphrase: true),
        // A timestamp reply that is not there is a reply that cannot be read, not evidence.
        Case(
            args: ["anchor", "import", "missing.tsr"],
            message: "The timestamp reply missing.tsr cannot be read: it does not exist. Nothing was stored.",
            absent: "evidence"),
    ]

    @Test(arguments: cases)
    func refusedWithWhatIsNeeded(_ bad: Case) throws {
        var cli = try CLI()
        if bad.passphrase {
            cli.environment["CASEBOOK_PASSPHRASE"] = "a long passphrase only the team knows"
            cli.environment["CASEBOOK_SCRYPT_LOG2N"] = "10"
        }
        try cli.makeSampleCase()
        let before = try cli.databaseDump()
        let result = try cli.run(bad.args)
        #expect(result.status == 2, "exit status \(result.status); stderr: \(result.stderr)")
        #expect(result.errorLines.count == 1, "stderr should be one line: \(result.stderr)")
        #expect(result.stderr.hasPrefix("error: "))
        #expect(result.stderr.contains(bad.message), "stderr: \(result.stderr)")
        if let absent = bad.absent { #expect(!result.stderr.contains(absent), "stderr: \(result.stderr)") }
        #expect(result.stdout.isEmpty)
        #expect(try cli.databaseDump() == before, "the database changed")
    }

    @Test func custodyTransferFallsBackToTheHandlerLikeEveryCommand() throws {
        var cli = try CLI()
        try cli.makeEvidenceCase()  // $CASEBOOK_HANDLER is kim, who has a signing key
        let transfer = try cli.run(["custody", "transfer", "E-1", "--to", "OHCHR Seoul", "--reason", "analysis"])
        #expect(transfer.status == 0, "\(transfer.stderr)")
        #expect(transfer.stdout == "Recorded custody event 5: E-1 transferred to OHCHR Seoul by kim (signed).\n")
        #expect(try cli.sqlite("SELECT handler FROM custody_event WHERE action = 'transferred'") == "kim\n")
        // --by still names someone else, and without either the login name is used, as for --handler.
        let named = try cli.run(["custody", "transfer", "E-1", "--to", "Court", "--by", "lee"])
        #expect(named.stdout.contains("by lee."), "\(named.stderr)")
        let login = try cli.run(
            ["custody", "transfer", "E-2", "--to", "Court"],
            environment: ["CASEBOOK_HANDLER": "", "USER": "park", "LOGNAME": "park"])
        #expect(login.stdout.contains("by park."), "\(login.stderr)")
    }

    @Test func crimesTakesTheWorkspaceOptionLikeEveryCommand() throws {
        let cli = try CLI()
        try cli.makeCase()
        let plain = try cli.run(["crimes", "torture"], cwd: cli.folder)
        #expect(plain.status == 0)
        for args in [
            ["crimes", "-C", "case", "torture"], ["crimes", "--workspace", "case", "torture"],
            ["crimes", "torture", "-C", cli.workspace.path],
        ] {
            let result = try cli.run(args, cwd: cli.folder)
            #expect(result.status == 0, "\(args): \(result.stderr)")
            #expect(result.stdout == plain.stdout)
        }
        #expect(try cli.run(["crimes", "-C", "case"], cwd: cli.folder).stdout.contains("torture"))
    }
}
