import ArgumentParser
import CasebookCore
import CasebookModel
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
                invalid or missing, key missing or replaced, key not trusted, evidence item deleted, \
                consent differs from the log, sealed identity differs from the log (a witness's \
                sealed name or contact deleted or replaced outside Casebook), witness deleted or not \
                in the log (a witness's record removed or added outside Casebook), anchor missing, \
                changed or not in the log, timestamp reply damaged, timestamp authority not \
                verified, key not in the log, trusted key never seen in the log, signed with another \
                handler's key, event rewritten, unknown action, time goes backwards or in the \
                future, object not read-only or linked elsewhere. Exit status 0 when everything is intact (a \
                'verified' event is then logged), 1 when anything is not.

                Without outside anchors verify proves that the case is consistent with itself; \
                --trusted-keys, --tsa-ca and --expect-head tie it to what your team keeps elsewhere. \
                The private keys live in the workspace, so whoever holds the workspace can re-sign \
                a rewritten log: only these outside anchors catch that.

                The trusted-keys file ties each key to its handler, in any of these forms: a line \
                'HANDLER FINGERPRINT' (64 hex digits); a PEM public key after a line \
                '# handler: NAME' (as 'key export' writes it); or PEM keys in a file named \
                HANDLER.pem. A bare fingerprint is trusted for any handler. Any other line that \
                starts with '#' is a comment, and nothing on it is trusted. A key signing events of a \
                handler other than its own is reported, and so is a trusted key of a handler with \
                events in the case that appears nowhere in its log.
                """)

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var handler: HandlerOptions

        @Option(help: "How many files to hash at once. Default: the number of processor cores.")
        var jobs: Int = ProcessInfo.processInfo.activeProcessorCount
        @Flag(help: "Re-check SHA-512 as well as SHA-256 (slower).")
        var allDigests = false
        @Option(
            help: ArgumentHelp(
                "Public keys or fingerprints your team keeps outside the case, each tied to its handler ('key export'; see below); any signing key not listed is a problem.",
                valueName: "file"))
        var trustedKeys: String?
        @Option(
            name: .customLong("tsa-ca"),
            help: ArgumentHelp(
                "The timestamping authority's CA certificate(s), PEM, to check every timestamp's signature and chain.",
                valueName: "file"))
        var tsaCA: String?
        @Option(
            help: ArgumentHelp(
                "A custody head hash you wrote down earlier; verify fails if it is no longer in the log.", valueName: "hash"))
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
