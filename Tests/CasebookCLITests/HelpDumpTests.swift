import Foundation
import Testing

/// The help test driven by `casebook --experimental-dump-help` (issue 8 §5): swift-argument-parser's
/// own description of every command, read as JSON instead of scraping the help layout.
@Suite("help from the dump")
struct HelpDumpTests {
    /// The parts of swift-argument-parser's `ToolInfoV0` this test reads.
    struct Command: Decodable {
        let commandName: String
        let abstract: String?
        let arguments: [Argument]?
        let subcommands: [Command]?
    }

    struct Argument: Decodable {
        let kind: String
        let valueName: String?
        let abstract: String?
        let shouldDisplay: Bool
        let preferredName: Name?
        var label: String { preferredName.map { $0.kind == "short" ? "-\($0.name)" : "--\($0.name)" } ?? "<\(valueName ?? "?")>" }
    }

    struct Name: Decodable {
        let kind: String
        let name: String
    }

    struct ToolInfo: Decodable {
        let serializationVersion: Int
        let command: Command
    }

    /// Every command in the dump, keyed by its path after `casebook` ("" is `casebook` itself).
    /// ArgumentParser's own `help` subcommand is left out: it is not ours to document.
    static func commands(in root: Command) -> [String: Command] {
        var found: [String: Command] = [:]
        func walk(_ command: Command, path: [String]) {
            found[path.joined(separator: " ")] = command
            for sub in command.subcommands ?? [] where !(path.isEmpty && sub.commandName == "help") {
                walk(sub, path: path + [sub.commandName])
            }
        }
        walk(root, path: [])
        return found
    }

    static func dump() throws -> ToolInfo {
        let result = try CLI().run(["--experimental-dump-help"])
        try #require(result.status == 0, "exit status \(result.status); stderr: \(result.stderr)")
        return try JSONDecoder().decode(ToolInfo.self, from: Data(result.stdout.utf8))
    }

    @Test func everyCommandAndOptionExplainsItself() throws {
        let info = try Self.dump()
        #expect(info.serializationVersion == 0)
        #expect(info.command.commandName == "casebook")
        let commands = Self.commands(in: info.command)
        // The dump describes the same commands the parse tests walk, no more and no fewer.
        #expect(commands.keys.sorted() == ParseTests.paths)
        for (path, command) in commands.sorted(by: { $0.key < $1.key }) {
            let name = "casebook \(path)".trimmingCharacters(in: .whitespaces)
            #expect(!(command.abstract ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "'\(name)' has no abstract")
            for argument in command.arguments ?? [] where argument.shouldDisplay {
                #expect(
                    !(argument.abstract ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty,
                    "'\(name)': \(argument.label) has no help")
            }
        }
    }

    @Test func everyCommandThatWorksOnACaseTakesTheWorkspace() throws {
        let commands = Self.commands(in: try Self.dump().command)
        for path in ["status", "witness add", "custody log", "export bagit", "crimes", "verify"] {
            let command = try #require(commands[path], "no '\(path)' in the dump")
            let names = (command.arguments ?? []).compactMap(\.preferredName?.name)
            #expect(names.contains("workspace"), "'casebook \(path)' takes no --workspace: \(names)")
        }
    }
}
