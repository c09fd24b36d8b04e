import ArgumentParser
import CasebookCore

extension Casebook {
    struct ExportJSON: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "json",
            abstract: "Write the whole case as one JSON file (witnesses by pseudonym only).",
            discussion: """
                The file holds the case's witnesses (pseudonyms and non-identifying facts), \
                testimonies, incidents, actors, the proof matrix, the evidence index and the custody \
                log. Sealed identities are never exported, and the whole text is checked for them \
                before the file is written. The file must not exist yet; it is created readable \
                only by you.
                """)

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var handler: HandlerOptions
        @OptionGroup var leakScan: LeakScanFlag

        @Argument(help: ArgumentHelp("The file to write, for example case.json.", valueName: "file"))
        var file: String

        func run() throws {
            let summary = try workspace.openCase().exportJSON(
                to: file, handler: try handler.resolve(), leakScan: try leakScan.options)
            try output.emit(summary) { "Wrote the case to \($0.file) (\($0.bytes) bytes)." }
            printWarnings(summary.warnings + MetadataWords.warnings(summary.metadataNotices, what: "the JSON export"))
        }
    }
}
