import ArgumentParser
import CasebookCore

extension Casebook {
    struct ExportBagIt: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "bagit",
            abstract: "Write a BagIt bag (RFC 8493) of evidence items with their chain of custody.",
            discussion: """
                The bag holds each item under data/ (named by its id and original name), SHA-256 and \
                SHA-512 manifests, bag-info.txt with the case title and the custody log's head, and \
                the custody log of the exported items in custody/ as JSON and CSV, with the whole \
                case's log, every event's signed bytes and signature, the public keys and the \
                timestamp replies. The recipient can check it with any BagIt tool (for example \
                'python3 -m bagit --validate DIR'), and without Casebook by running the commands in \
                the bag's VERIFY.txt, in which every file name is quoted. Each stored copy is \
                re-hashed as it is exported; an 'exported' custody event is recorded per item. The \
                folder must be new or empty.

                Everything the bag's tag files say is checked for witness identities before \
                anything is written, and so is the text of every text item (a transcript), decoded \
                first if it is HTML, XML, JSON, RTF or an e-mail, and the metadata of every photo \
                and document (author, caption, GPS position ...). An item that names a witness \
                stops the export unless you name it in --include-identifying; an item whose text \
                could not be fully read, and one whose metadata holds a GPS position or names a \
                person, is named in a warning ('evidence strip-metadata' makes a copy without it).
                """)

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var handler: HandlerOptions
        @OptionGroup var leakScan: LeakScanFlag

        @Argument(help: ArgumentHelp("The folder for the bag (new or empty).", valueName: "dir"))
        var directory: String
        @Option(help: "Only these items, comma-separated, for example E-1,E-4. Default: every item.")
        var evidence: String?
        @Option(
            help: ArgumentHelp(
                "Items to include even if their text or metadata names a witness, comma-separated (for a bag meant for a court under seal). Each is recorded in the custody log. Otherwise an item that names a witness stops the export: put its redacted copy, or its copy without metadata, in the bag instead.",
                valueName: "E-1,..."))
        var includeIdentifying: String?

        func run() throws {
            let items = try evidence.map { list in
                try list.split(separator: ",").map { try parseID(String($0), .evidence, option: "--evidence") }
            }
            var options = try leakScan.options
            options.includeIdentifying =
                try includeIdentifying.map { list in
                    try list.split(separator: ",").map { try parseID(String($0), .evidence, option: "--include-identifying") }
                } ?? []
            let summary = try workspace.openCase().exportBagIt(
                to: directory, items: items, handler: try handler.resolve(), leakScan: options)
            try output.emit(summary) {
                "Wrote a BagIt bag of \($0.items.count) item(s) (\($0.payloadBytes) bytes) to \($0.folder).\nCustody log head: event \($0.custodyHead.sequence), \($0.custodyHead.hash)"
            }
            printWarnings(summary.warnings + MetadataWords.warnings(summary.metadataNotices, what: "the bag"))
        }
    }
}
