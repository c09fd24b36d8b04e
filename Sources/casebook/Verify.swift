import ArgumentParser
import CasebookCore
import Foundation

extension Casebook {
    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Prove that no evidence file and no custody event has changed.",
            discussion: """
                Re-hashes every stored evidence file, re-computes the custody chain from its first \
                event, checks every signature and timestamp, and reports each problem with the item or \
                event it concerns: object changed, object missing, unknown object in the store, \
                evidence record changed, event edited, event deleted, events reordered, signature \
                invalid or missing, key missing or replaced, evidence item deleted, consent differs \
                from the log, anchor missing or changed. Exit status 0 when everything is intact (a \
                'verified' event is then logged), 1 when anything is not.

                Without outside anchors verify proves that the case is consistent with itself; \
                --trusted-keys, --tsa-ca and --expect-head tie it to what your team keeps elsewhere.
                """)

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var handler: HandlerOptions

        @Option(help: "How many files to hash at once. Default: the number of processor cores.")
        var jobs: Int = ProcessInfo.processInfo.activeProcessorCount
        @Flag(help: "Re-check SHA-512 as well as SHA-256 (slower).")
        var allDigests = false
        @Option(help: ArgumentHelp("Public keys or fingerprints your team keeps outside the case ('key export'); any signing key not listed is a problem.", valueName: "file"))
        var trustedKeys: String?
        @Option(name: .customLong("tsa-ca"), help: ArgumentHelp("The timestamping authority's CA certificate(s), PEM, to check every timestamp's signature and chain.", valueName: "file"))
        var tsaCA: String?
        @Option(help: ArgumentHelp("A custody head hash you wrote down earlier; verify fails if it is no longer in the log.", valueName: "hash"))
        var expectHead: String?

        func run() throws {
            let report = try workspace.openCase().verify(
                VerifyOptions(
                    jobs: max(1, jobs), allDigests: allDigests, handler: try handler.resolve(), trustedKeysFile: trustedKeys,
                    authorityFile: tsaCA, expectedHead: expectHead))
            try output.emit(report, text: EvidenceText.verify)
            if !report.intact { throw ExitCode(FailureCategory.checkFailed.exitStatus) }
        }
    }
}
