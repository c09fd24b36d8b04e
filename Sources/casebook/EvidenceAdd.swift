import ArgumentParser
import CasebookCore
import CasebookModel
import Foundation

extension Casebook {
    struct EvidenceAdd: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Add files as evidence: each is hashed, copied read-only into the case, and logged.",
            discussion: """
                Each file is read once: its SHA-256 and SHA-512 are computed while it is copied into \
                the evidence store, where it is kept read-only under the name of its SHA-256. Only then \
                is the item recorded, with an 'ingested' custody event. A file whose content is already \
                held is not stored twice: the new acquisition is logged against the existing item.

                A folder needs --recursive; links inside it that point outside it are not followed. \
                A file that changes while it is read is refused (the others are kept). A pipe, \
                device or socket named on the command line is refused; inside a folder it is passed \
                over and listed. Exit status 2 when any file was refused, 3 when the disk failed.

                The text a photo or document carries about itself (EXIF, XMP, IPTC, PNG text, PDF \
                and Office properties: author, caption, GPS position ...) is read and kept with the \
                item: 'evidence show' lists it, and every export checks it for witness identities. A \
                file whose content and name say different types (a transcript behind a JPEG header) \
                is warned of, and the leak scan reads it as text.

                The description, source and acquirer stay in the custody log for good and travel in \
                every bag, so in a case with sealed witness identities they are first checked for \
                them (with $CASEBOOK_PASSPHRASE, or the passphrase asked at a terminal) and refused if \
                they name a witness: refer to witnesses by pseudonym. A file whose own name names a \
                witness is added under that name and warned of.
                """)

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var handler: HandlerOptions

        @Argument(help: ArgumentHelp("The files (or, with --recursive, folders) to add.", valueName: "file"))
        var files: [String]
        @Flag(help: "Add every file inside the folders named.")
        var recursive = false
        @Option(help: "What kind of evidence this is, for example photo, video, document, satellite-image, transcript.")
        var kind: String?
        @Option(help: "What the files show.")
        var description: String?
        @Option(help: "Where the files came from, for example \"Witness A's phone\" or a web address.")
        var source: String?
        @Option(help: "Who acquired the files (collected them in the field or received them).")
        var acquiredBy: String?
        @Option(help: "When they were acquired: a date (2024-03-01) or a UTC time (2024-03-01T09:30:00Z).")
        var acquiredAt: String?
        @Option(help: "How many files to hash at once. Default: the number of processor cores.")
        var jobs: Int = ProcessInfo.processInfo.activeProcessorCount
        @OptionGroup var reliability: ReliabilityFields
        @Option(
            help: ArgumentHelp(
                "The witness who handed the files over or whom they record (a photo, a sketch, a recording): W-n, or a testimony T-n for its witness. They are then counted with that witness's testimonies, never as corroboration of them.",
                valueName: "witness"))
        var providedBy: String?
        @Option(
            help: ArgumentHelp(
                "The testimony or item the files relay (a report quoting an interview, a story based on a testimony): T-n or E-n. They are then counted with it, never as corroboration of it.",
                valueName: "source"))
        var derivedFrom: String?
        @OptionGroup var allowance: CustodyNoteAllowance

        func run() throws {
            var request = IngestRequest(
                paths: files.map(RawPath.fromArgument), recursive: recursive, kind: kind, description: description,
                source: source, acquiredBy: acquiredBy, acquiredAt: acquiredAt, handler: try handler.resolve(),
                jobs: max(1, jobs))
            request.noteCheck = try allowance.check(askingAtTerminal: hasNotes)
            request.reliability = try reliability.grade() ?? nil
            request.reliabilityNote = reliability.reliabilityNote
            request.providedBy = try providedBy.map { try parseID($0, .witness, .testimony, option: "--provided-by") }
            request.derivedFrom = try derivedFrom.map { try parseID($0, .testimony, .evidence, option: "--derived-from") }
            let openCase = try workspace.openCase()
            let bar = ProgressBar(enabled: !output.json && isatty(STDERR_FILENO) == 1)
            let report = try openCase.ingest(request, progress: bar.update)
            bar.finish()
            try output.emit(report, text: EvidenceText.ingest)
            printWarnings(EvidenceText.ingestWarnings(report))
            if let category = report.failureCategory { throw ExitCode(category.exitStatus) }
        }

        /// Whether the user wrote any words of their own that will enter the custody log.
        var hasNotes: Bool {
            [description, source, acquiredBy].contains { !($0 ?? "").trimmingCharacters(in: .whitespaces).isEmpty }
        }
    }
}

/// A progress bar on stderr for long ingests, shown only on a terminal.
final class ProgressBar: Sendable {
    let enabled: Bool
    let start = Date()

    init(enabled: Bool) {
        self.enabled = enabled
    }

    @Sendable func update(_ progress: IngestProgress) {
        guard enabled, Date().timeIntervalSince(start) > 0.5 else { return }
        FileHandle.standardError.write(
            Data(("\r" + EvidenceText.progressLine(progress, elapsed: Date().timeIntervalSince(start)) + "\u{1B}[K").utf8))
    }

    func finish() {
        guard enabled, Date().timeIntervalSince(start) > 0.5 else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
