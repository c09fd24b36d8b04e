import ArgumentParser
import Testing

@testable import casebook

/// In-process parse tests, after swift-argument-parser's own helpers (issue 8 §5): every command
/// is reached by `Casebook.parseAsRoot` with the least it needs, without starting a process.
@Suite("parsing in process")
struct ParseTests {
    /// Every command under `casebook`, found by walking `subcommands`, so a new command is covered
    /// (and must be added to `minimalArguments`) without anyone remembering to list it here.
    static var commands: [String: any ParsableCommand.Type] {
        var found: [String: any ParsableCommand.Type] = [:]
        func walk(_ command: any ParsableCommand.Type, path: [String]) {
            found[path.joined(separator: " ")] = command
            for sub in command.configuration.subcommands {
                walk(sub, path: path + [sub._commandName])
            }
        }
        walk(Casebook.self, path: [])
        return found
    }

    static let paths: [String] = commands.keys.sorted()

    /// The least each command accepts: its required arguments and options, keyed by the command's
    /// path after `casebook` ("" is `casebook` itself). A new command fails `everyCommandIsInTheTable`
    /// until it is added here.
    static let minimalArguments: [String: [String]] = [
        "": [],
        "actor": [],
        "actor add": ["--name", "State Security Department", "--kind", "institution"],
        "actor list": [],
        "actor show": ["A-1"],
        "actor tree": [],
        "actor update": ["A-1"],
        "allegation": [],
        "case": [],
        "case set": ["situation"],
        "case show": [],
        "allegation show": ["AL-1"],
        "allegation update": ["AL-1"],
        "allege": ["--incident", "I-1", "--crime", "torture"],
        "anchor": [],
        "argue": ["AL-1", "context.knowledge"],
        "anchor import": ["head.tsr"],
        "anchor request": ["head.tsq"],
        "attack": [],
        "attack add": ["--title", "Attack on persons seen as a threat"],
        "attack cite": ["AT-1", "--source", "T-1", "--element", "attack.policy"],
        "attack list": [],
        "attack show": ["AT-1"],
        "attack update": ["AT-1"],
        "attribute": ["--allegation", "AL-1", "--actor", "A-1", "--mode", "ordering"],
        "cite": ["--allegation", "AL-1", "--source", "T-1"],
        "crimes": [],
        "custody": [],
        "custody export-signatures": ["signatures"],
        "custody head": [],
        "custody log": [],
        "custody transfer": ["E-1", "--to", "OHCHR Seoul"],
        "demo": [],
        "evidence": [],
        "evidence add": ["photo.jpg"],
        "evidence update": ["E-1", "--reliability", "B"],
        "evidence list": [],
        "evidence redact": ["E-4", "--out", "redacted.txt"],
        "evidence show": ["E-1"],
        "evidence strip-metadata": ["E-1"],
        "export": [],
        "export bagit": ["bag"],
        "export json": ["case.json"],
        "history": ["W-1"],
        "import": ["witnesses.csv"],
        "incident": [],
        "incident add": ["--title", "Public execution", "--date", "2012"],
        "incident list": [],
        "incident show": ["I-1"],
        "incident update": ["I-1"],
        "init": ["case", "--title", "DPRK: political prison camps"],
        "key": [],
        "key export": ["--handler", "kim"],
        "key generate": ["--handler", "kim"],
        "link": ["--source", "T-1", "--incident", "I-1", "--crime", "torture"],
        "matrix": [],
        "passphrase": [],
        "passphrase change": [],
        "recommendation": [],
        "jurisdiction": [],
        "dossier": [],
        "dossier icc": [],
        "recommendation add": [
            "--source", "UPR 3 (2019), A/HRC/42/10", "--number", "126.45", "--state", "Chile", "--text", "Ratify CAT.",
        ],
        "recommendation assess": ["R-1", "--status", "not-implemented"],
        "recommendation import": ["recommendations.csv"],
        "recommendation list": [],
        "recommendation show": ["R-1"],
        "report": [],
        "report progress": [],
        "status": [],
        "testimony": [],
        "testimony add": ["--witness", "W-1", "--date", "2015"],
        "testimony list": [],
        "testimony show": ["T-1"],
        "testimony update": ["T-1"],
        "testimony retract": ["T-1", "--passage", "para. 2", "--reason", "Corrected later"],
        "upr": [],
        "upr count": ["submission.docx"],
        "upr submission": ["--state", "KP", "--cycle", "4"],
        "upr recommend": ["--text", "Release all political prisoners within 12 months.", "--theme", "detention"],
        "upr recommendations": [],
        "verify": [],
        "witness": [],
        "witness add": ["--pseudonym", "A"],
        "witness consent": ["W-1", "--set", "icc-evidence"],
        "witness list": [],
        "witness reveal": ["W-1"],
        "witness show": ["W-1"],
        "witness update": ["W-1"],
        "witness variants": ["W-1"],
    ]

    static func words(_ path: String) -> [String] {
        path.split(separator: " ").map(String.init)
    }

    static func isUsageError(_ error: (any Error)?) -> Bool {
        guard let error else { return false }
        return Casebook.exitCode(for: error) == .validationFailure
    }

    /// The workspace a parsed command was given, or nil when it takes no `-C`.
    static func workspaceOption(of command: any ParsableCommand) -> (takesOne: Bool, value: String?) {
        for child in Mirror(reflecting: command).children {
            if let group = child.value as? OptionGroup<WorkspaceOptions> {
                return (true, group.wrappedValue.workspace)
            }
        }
        return (false, nil)
    }

    @Test func walkFindsNestedCommands() {
        #expect(Self.commands.count > 50, "found only \(Self.commands.keys.sorted())")
        #expect(Self.commands["witness add"] == Casebook.WitnessAdd.self)
        #expect(Self.commands["custody export-signatures"] == Casebook.CustodyExportSignatures.self)
    }

    @Test func everyCommandIsInTheTable() {
        for path in Self.paths where Self.minimalArguments[path] == nil {
            Issue.record(
                "'casebook \(path)' has no entry in ParseTests.minimalArguments: add its required arguments and options there.")
        }
        for path in Self.minimalArguments.keys.sorted() where Self.commands[path] == nil {
            Issue.record(
                "ParseTests.minimalArguments names 'casebook \(path)', which is not a command: remove or rename the entry.")
        }
    }

    @Test(arguments: paths)
    func parsesWithItsMinimalArguments(_ path: String) throws {
        let expected = try #require(Self.commands[path])
        let arguments = try #require(
            Self.minimalArguments[path],
            "'casebook \(path)' has no entry in ParseTests.minimalArguments: add its required arguments and options there.")
        let parsed = try Casebook.parseAsRoot(Self.words(path) + arguments)
        #expect(type(of: parsed) == expected, "'casebook \(path)' parsed as \(type(of: parsed)), not \(expected)")
        // An entry lists only what is required: without it the command is refused as a usage error.
        if !arguments.isEmpty {
            let error = #expect(throws: (any Error).self, "'casebook \(path)' parsed without \(arguments)") {
                try Casebook.parseAsRoot(Self.words(path))
            }
            #expect(Self.isUsageError(error), "not a usage error: \(String(describing: error))")
        }
    }

    /// `-C DIR` before the subcommand (as `git -C`), moved last by `workspaceOptionMovedLast`, and after it.
    @Test(arguments: paths)
    func workspaceOptionBeforeOrAfterTheCommand(_ path: String) throws {
        let arguments = try #require(Self.minimalArguments[path])
        let command = Self.words(path) + arguments
        let plain = try Casebook.parseAsRoot(command)
        let takesWorkspace = Self.workspaceOption(of: plain).takesOne
        let placements: [[String]] = [
            ["-C", "/cases/dprk"] + command,
            ["--workspace", "/cases/dprk"] + command,
            ["--workspace=/cases/dprk"] + command,
            command + ["-C", "/cases/dprk"],
            command + ["--workspace", "/cases/dprk"],
        ]
        for placement in placements {
            let moved = Casebook.workspaceOptionMovedLast(placement)
            if takesWorkspace {
                let parsed = try Casebook.parseAsRoot(moved)
                #expect(type(of: parsed) == type(of: plain), "\(placement)")
                #expect(Self.workspaceOption(of: parsed).value == "/cases/dprk", "\(placement)")
            } else {
                let error = #expect(throws: (any Error).self, "'casebook \(path)' takes no workspace, yet parsed \(placement)") {
                    try Casebook.parseAsRoot(moved)
                }
                #expect(Self.isUsageError(error), "\(placement): not a usage error: \(String(describing: error))")
            }
        }
    }

    @Test func workspaceOptionPlacement() throws {
        let before = try Casebook.parseAsRoot(Casebook.workspaceOptionMovedLast(["-C", "/cases/dprk", "witness", "show", "W-1"]))
        let show = try #require(before as? Casebook.WitnessShow)
        #expect(show.workspace.workspace == "/cases/dprk")
        #expect(show.id == "W-1")
        let after = try #require(try Casebook.parseAsRoot(["status", "-C", "/cases/dprk"]) as? Casebook.Status)
        #expect(after.workspace.workspace == "/cases/dprk")
        // Only the first words are moved: without the move, the root command has no -C of its own.
        #expect(Casebook.workspaceOptionMovedLast(["status", "-C", "x"]) == ["status", "-C", "x"])
        #expect(Casebook.workspaceOptionMovedLast(["-C"]) == ["-C"])
        let error = #expect(throws: (any Error).self) { try Casebook.parseAsRoot(["-C", "/cases/dprk", "status"]) }
        #expect(Self.isUsageError(error))
    }

    static let invalid: [[String]] = [
        ["witnes", "list"],  // unknown command
        ["status", "--bogus"],  // unknown option
        ["status", "extra"],  // unexpected argument
        ["incident", "add", "--title", "X"],  // missing required --date
        ["incident", "add", "--title", "X", "--date", "2012", "--victims", "many"],  // not a number
        ["actor", "show"],  // missing argument
        ["witness", "consent", "W-1", "--set"],  // option without its value
        ["matrix", "--crime"],
        ["-C"],
    ]

    @Test(arguments: invalid)
    func invalidInvocationsAreUsageErrors(_ arguments: [String]) {
        let error = #expect(throws: (any Error).self, "\(arguments) parsed") {
            try Casebook.parseAsRoot(Casebook.workspaceOptionMovedLast(arguments))
        }
        #expect(Self.isUsageError(error), "\(arguments): not a usage error: \(String(describing: error))")
    }
}
