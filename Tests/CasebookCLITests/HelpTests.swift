import Foundation
import Testing

@Suite("help and usage")
struct HelpTests {
    @Test func binaryIsBuilt() {
        #expect(FileManager.default.isExecutableFile(atPath: CLI.binary.path), "no casebook binary at \(CLI.binary.path)")
    }

    static let commands: [[String]] = [
        [], ["init"], ["status"], ["crimes"], ["witness"], ["witness", "add"], ["witness", "list"], ["witness", "show"],
        ["testimony"], ["testimony", "add"], ["testimony", "list"], ["testimony", "show"], ["incident"],
        ["incident", "add"], ["incident", "list"], ["incident", "show"], ["actor"], ["actor", "add"], ["actor", "update"],
        ["actor", "list"], ["actor", "show"], ["actor", "tree"], ["allege"], ["attribute"], ["cite"], ["link"], ["matrix"],
        ["witness", "reveal"], ["witness", "consent"], ["passphrase"], ["passphrase", "change"], ["evidence"], ["evidence", "add"],
        ["evidence", "list"], ["evidence", "show"], ["evidence", "redact"], ["custody"], ["custody", "log"],
        ["custody", "transfer"],
        ["custody", "head"], ["custody", "export-signatures"], ["key"], ["key", "generate"], ["verify"], ["export"],
        ["export", "bagit"], ["export", "json"], ["anchor"], ["anchor", "request"], ["anchor", "import"],
        ["attack"], ["attack", "add"], ["attack", "update"], ["attack", "show"], ["attack", "list"], ["attack", "cite"],
        ["allegation"], ["allegation", "show"], ["allegation", "update"],
        ["witness", "update"], ["testimony", "update"], ["incident", "update"], ["history"],
        ["import"], ["demo"],
    ]

    /// The commands that correct records teach by example, and say that changes are kept.
    @Test(arguments: [["witness", "update"], ["testimony", "update"], ["incident", "update"], ["actor", "update"], ["history"]])
    func correctingCommandsTeach(_ command: [String]) throws {
        let result = try CLI().run(command + ["--help"])
        let flattened = result.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(result.stdout.contains("OVERVIEW:"))
        #expect(flattened.contains("Example"))
        #expect(flattened.contains("casebook \(command.joined(separator: " ")) "))
        #expect(flattened.contains("history"))
    }

    @Test(arguments: commands)
    func everyCommandExplainsItself(_ command: [String]) throws {
        let cli = try CLI()
        let result = try cli.run(command + ["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("OVERVIEW:") || result.stdout.contains("USAGE:"))
        #expect(result.stderr.isEmpty)
        // Every option and argument carries help text, on its line or on the next, indented one.
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for (index, line) in lines.enumerated() where line.hasPrefix("  ") && !line.hasPrefix("   ") {
            let entry = line.trimmingCharacters(in: .whitespaces)
            guard entry.hasPrefix("-") || entry.hasPrefix("<") else { continue }
            let hasInlineHelp = entry.contains("  ")
            let hasNextLineHelp = index + 1 < lines.count && lines[index + 1].hasPrefix("          ")
            #expect(hasInlineHelp || hasNextLineHelp, "no help for '\(entry)' in \(command)")
        }
    }

    @Test func rootHelpListsTheWorkOfACase() throws {
        let result = try CLI().run(["--help"])
        for word in ["witness", "testimony", "incident", "actor", "allege", "attribute", "cite", "link", "matrix", "Exit status"] {
            #expect(result.stdout.contains(word))
        }
    }

    @Test func witnessAddSaysWhereIdentitiesBelong() throws {
        let result = try CLI().run(["witness", "add", "--help"])
        let flattened = result.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(
            flattened.contains(
                "Put identifying details only in those options: the other fields, like testimony summaries, are stored in clear."))
    }

    @Test func incidentUpdateSaysAlsoInReplacesTheWholeList() throws {
        let result = try CLI().run(["incident", "update", "--help"])
        let flattened = result.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(flattened.contains("JP or JP:1978-07 (art. 12(2)(a))"), "\(flattened)")
        #expect(
            flattened.contains(
                "on update, replaces the whole list recorded (give every part again), and --also-in \"\" clears them"),
            "\(flattened)")
    }
}
