import ArgumentParser
import CasebookCore

extension Casebook {
    struct EvidenceStripMetadata: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "strip-metadata",
            abstract: "Make a copy of a photo or document without its metadata, and add it as evidence linked to the original.",
            discussion: """
                Photos and documents carry text about themselves: the author or artist, a caption, \
                keywords, the city or GPS position where a photo was taken, who last edited a \
                document. 'evidence show' lists them. This command writes a copy without them: for a \
                JPEG, without its EXIF, XMP, IPTC and comment segments (the image data is kept as \
                it is); for a PNG, without its text, EXIF and time chunks; for a Word, Excel or \
                PowerPoint file, with its document properties (creator, last modified by, title, \
                subject, keywords, company, manager) emptied. The copy is read back to check that \
                no metadata is left, written to --out (default: out/E-n-no-metadata.EXT in the \
                workspace, readable only by you), and added as a new evidence item with a \
                'metadata-stripped' custody event naming the original and its SHA-256. The original \
                is kept unchanged. TIFF and PDF files are refused: Casebook cannot rewrite them yet.
                """)

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var handler: HandlerOptions

        @Argument(help: ArgumentHelp("The photo or document, for example E-2.", valueName: "item"))
        var id: String
        @Option(help: "Where to write the copy (a new file). Default: out/E-n-no-metadata.EXT in the workspace.")
        var out: String?

        func run() throws {
            let item = try parseID(id, .evidence, option: "evidence strip-metadata")
            let summary = try workspace.openCase().stripMetadata(item, to: out, handler: try handler.resolve())
            try output.emit(summary, text: MetadataWords.stripped)
        }
    }
}
