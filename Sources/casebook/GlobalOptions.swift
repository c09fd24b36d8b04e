import ArgumentParser
import CasebookCore
import CasebookModel
import CasebookProtection
import CasebookStore
import Foundation

/// The options every command that works on a case accepts.
struct WorkspaceOptions: ParsableArguments {
    @Option(
        name: [.customShort("C"), .customLong("workspace")],
        help: ArgumentHelp(
            "The case workspace folder. Default: $CASEBOOK_WORKSPACE, else the current folder or the nearest parent that holds a case.",
            valueName: "dir"))
    var workspace: String?

    /// Finds the workspace and opens its case, once for the whole command: the one way in.
    func openCase() throws -> Case {
        try located().open()
    }

    /// The workspace, after warning on stderr if its files can be read by other users.
    private func located() throws -> Workspace {
        let found = try Workspace.locate(explicit: workspace)
        printWarnings(found.permissionWarnings())
        return found
    }
}

/// `--json`, for commands that print records.
struct OutputOptions: ParsableArguments {
    @Flag(help: "Print JSON instead of text, for scripts.")
    var json = false

    /// Prints `value` as JSON, or the text `describe` gives for it.
    func emit<T: Encodable>(_ value: T, text describe: (T) -> String) throws {
        print(json ? try JSONOutput.encode(value) : TerminalText.escaped(describe(value)))
    }
}

/// Parses an id typed for `option`, insisting on one of `kinds`.
func parseID(_ text: String, _ kinds: RecordKind..., option: String) throws -> RecordID {
    let id = try RecordID(parsing: text)
    guard kinds.contains(id.kind) else { throw WrongKindOfRecord(id: id, expected: kinds, given: option) }
    return id
}

/// `--handler`, for commands that write to the custody log.
struct HandlerOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Who is doing this, as the custody log will name them (letters, digits, . _ - @). Default: $CASEBOOK_HANDLER, else your login name. If this handler has a signing key, the custody events are signed with it.",
            valueName: "name"))
    var handler: String?

    func resolve() throws -> Handler {
        try Handler.resolve(handler)
    }
}

/// Writes `lines` to standard error, one per line.
func printWarnings(_ lines: [String]) {
    for line in lines { FileHandle.standardError.write(Data((TerminalText.escaped(line) + "\n").utf8)) }
}

/// `--no-leak-scan` and `--allow`, for commands that write files out of the case.
struct LeakScanFlag: ParsableArguments {
    @Flag(
        help: ArgumentHelp(
            "Write even though the text cannot be checked for witness identities, when you do not have the passphrase. Prints a warning and is recorded in the custody log. With $CASEBOOK_PASSPHRASE set, the check runs all the same."
        ))
    var noLeakScan = false

    @Option(
        name: .customLong("allow"),
        help: ArgumentHelp(
            "Let one witness's field appear in this write, for a false positive (for example a name that is also a place the report must give): W-1:name, W-1:other-names. Repeat for several. Each is recorded in the custody log.",
            valueName: "witness:field"))
    var allow: [String] = []

    var options: LeakScanOptions {
        get throws {
            // With --no-leak-scan the passphrase is used only if it is already in the environment:
            // the user said they do not have it, so they are not asked for it.
            let source =
                noLeakScan
                ? PassphraseSource { try ProcessInfo.processInfo.environment["CASEBOOK_PASSPHRASE"].map { try Passphrase($0) } }
                : PassphrasePrompt.source
            return LeakScanOptions(passphrase: source, skip: noLeakScan, waived: try allow.map(LeakWaiver.init(parsing:)))
        }
    }
}

/// `--allow` for commands whose notes enter the custody log (`evidence add`, `custody transfer`).
struct CustodyNoteAllowance: ParsableArguments {
    @Option(
        name: .customLong("allow"),
        help: ArgumentHelp(
            "Let one witness's field appear in these notes, for a false positive (a name that is also a place): W-1:name. Repeat for several. Each is recorded in the custody log.",
            valueName: "witness:field"))
    var allow: [String] = []

    @Flag(
        help: ArgumentHelp(
            "Write the notes even though they cannot be checked for witness identities, when you do not have the passphrase. Prints a warning and is recorded in the custody log. With $CASEBOOK_PASSPHRASE set, the check runs all the same."
        ))
    var noLeakScan = false

    /// The check for notes about to enter the custody log.
    func check(askingAtTerminal asking: Bool) throws -> CustodyNoteCheck {
        CustodyNoteCheck(
            passphrase: PassphrasePrompt.forCustodyNotes(asking: asking && !noLeakScan),
            waived: try allow.map(LeakWaiver.init(parsing:)), skip: noLeakScan)
    }
}
