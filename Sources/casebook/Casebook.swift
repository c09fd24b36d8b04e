import ArgumentParser
import CasebookCore
import CasebookModel
import Foundation

/// The `casebook` command: builds accountability cases for crimes against humanity.
@main
struct Casebook: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "casebook",
        abstract: "Build a crimes-against-humanity case: witnesses, incidents, actors, and the proof of every legal element.",
        discussion: """
            A case lives in a workspace folder (create one with 'casebook init'). Every command finds \
            its workspace from -C/--workspace, then $CASEBOOK_WORKSPACE, then the current folder and \
            its parents. Ids look like W-1 (witness), T-1 (testimony), I-1 (incident), A-1 (actor), \
            E-1 (evidence item), AL-1 (allegation), AT-1 (attack) and R-1 (recommendation). Dates are YYYY, YYYY-MM or YYYY-MM-DD, or a \
            range such as 2012/2014. Add --json to any command that prints records to get JSON.

            Exit status: 0 success; 1 a check found problems (for example proof gaps with --strict); \
            2 bad input, nothing written; 3 a failure of the machine or the database.
            """,
        version: "0.1.0",
        subcommands: [
            Init.self, Status.self, CaseGroup.self, Crimes.self, Witness.self, Testimony.self, Incident.self, ActorGroup.self,
            History.self,
            Attack.self, Allege.self, Allegation.self, Attribute.self, Cite.self, Link.self, Argue.self, Matrix.self, Evidence.self,
            Custody.self, Key.self,
            Verify.self, Export.self, Import.self, Anchor.self, Demo.self, PassphraseGroup.self, Recommendation.self, UPR.self,
            Jurisdiction.self, DossierGroup.self, ReportGroup.self,
        ]
    )

    /// Runs the command and turns every failure into one line on stderr and the exit codes of design §9.
    static func main() {
        // A full disk or a file-size limit must fail the write (and be reported), not kill the process.
        signal(SIGXFSZ, SIG_IGN)
        var running: (any ParsableCommand.Type)?
        do {
            var command = try parseAsRoot(workspaceOptionMovedLast(Array(CommandLine.arguments.dropFirst())))
            running = type(of: command)
            try command.run()
        } catch let failure as any CasebookFailure {
            fail(FailureText.message(for: failure, in: running), status: failure.category.exitStatus)
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch {
            let status = exitCode(for: error)
            if status == .validationFailure {
                fail(usageLine(for: error), status: FailureCategory.badInput.exitStatus)
            } else if status == .success {
                exit(withError: error)
            } else {
                fail("Casebook stopped unexpectedly: \(error.localizedDescription)", status: FailureCategory.environment.exitStatus)
            }
        }
    }

    /// Lets `-C DIR` come before the subcommand, as in `git -C DIR` and `make -C DIR`, by moving it
    /// to the end where the subcommand's own `--workspace` option reads it.
    static func workspaceOptionMovedLast(_ arguments: [String]) -> [String] {
        guard let first = arguments.first else { return arguments }
        if first == "-C" || first == "--workspace", arguments.count >= 2 {
            return Array(arguments.dropFirst(2)) + [first, arguments[1]]
        }
        if first.hasPrefix("--workspace=") {
            return Array(arguments.dropFirst()) + [first]
        }
        return arguments
    }

    /// ArgumentParser's message for a usage error, folded into one line with its help hint.
    private static func usageLine(for error: any Error) -> String {
        let lines = fullMessage(for: error).split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        var first = lines.first ?? "The command line could not be understood."
        if first.hasPrefix("Error: ") { first.removeFirst("Error: ".count) }
        if !first.hasSuffix(".") { first += "." }
        guard let hint = lines.first(where: { $0.hasPrefix("See '") }) else { return first }
        return "\(first) \(hint)"
    }

    private static func fail(_ message: String, status: Int32) -> Never {
        FileHandle.standardError.write(Data("error: \(TerminalText.escaped(message, keepingLineBreaks: false))\n".utf8))
        Foundation.exit(status)
    }
}
