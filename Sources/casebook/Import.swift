import ArgumentParser
import CasebookCore
import CasebookInterchange
import CasebookModel
import Foundation

extension ImportKind: ExpressibleByArgument {}

extension Casebook {
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Import witnesses, testimonies, incidents, actors, links, evidence, attacks or recommendations from a CSV or JSON file, all or nothing.",
            discussion: """
                CSV files are UTF-8 (with or without a BOM), with a header of lower-case snake_case \
                columns: the options of each 'add' command (see the README). ';' is the delimiter when \
                the header uses it. JSON files are those 'casebook export json' writes. The kind comes \
                from --kind, else the JSON, else the file name (incidents.csv). Rows name other records \
                by external id or by id (W-3). Importing the same file again updates the records it \
                names, adds none, and records each change in the history. Any bad row refuses the whole \
                file, with every problem listed as FILE:LINE: column: problem (exit 2, nothing written). \
                Identity columns (name, other_names, contact, born, identity_notes, risk_notes) are sealed and need \
                the passphrase.

                Examples:
                  casebook import witnesses.csv
                  casebook import notes.csv --kind testimonies
                  casebook import case.json
                """)

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var handler: HandlerOptions

        @Argument(help: ArgumentHelp("The CSV or JSON file to import.", valueName: "file"))
        var file: String

        @Option(
            help: ArgumentHelp(
                "What the file holds: witnesses, testimonies, incidents, actors, links, evidence, attacks, recommendations, assessments or our-recommendations.",
                valueName: "kind"))
        var kind: ImportKind?

        func run() throws {
            let onTerminal = isatty(STDERR_FILENO) == 1
            let request = ImportRequest(
                path: file, kind: kind, handler: try handler.resolve(), passphrase: PassphrasePrompt.source,
                progress: onTerminal ? ImportProgressLine.report : nil)
            let summary: ImportSummary
            do {
                summary = try workspace.openCase().importFile(request)
            } catch let error as ImportError {
                if onTerminal { ImportProgressLine.clear() }
                guard case .problems = error else { throw error }
                FileHandle.standardError.write(Data((TerminalText.escaped(FailureText.importWords(error)) + "\n").utf8))
                throw ExitCode(FailureCategory.badInput.exitStatus)
            }
            if onTerminal { ImportProgressLine.clear() }
            printWarnings(summary.warnings.filter { !$0.contains("in clear") }.map(Self.labelled))
            try output.emit(summary) { summary in
                let parts = summary.kinds.map {
                    "\($0.kind.rawValue): \($0.added) added, \($0.updated) updated, \($0.unchanged) unchanged"
                }
                return "Imported \(summary.file): \(parts.joined(separator: "; "))."
            }
            printWarnings(summary.warnings.filter { $0.contains("in clear") }.map(Self.labelled))
        }

        /// A warning marked as one, so that it is not read as a refusal (it has the same
        /// FILE:LINE: column: form as the problems that refuse an import).
        static func labelled(_ warning: String) -> String {
            warning.lowercased().hasPrefix("warning:") ? warning : "warning: " + warning
        }
    }
}

/// A progress line on stderr for large files, only on a terminal.
enum ImportProgressLine {
    static let report: @Sendable (Int, Int) -> Void = { done, total in
        guard total > 10_000, done % 1_000 == 0 || done == total else { return }
        FileHandle.standardError.write(Data("\rImporting: \(done) of \(total) records".utf8))
    }

    static func clear() {
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
