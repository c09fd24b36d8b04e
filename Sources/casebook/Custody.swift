import ArgumentParser

extension Casebook {
    struct Custody: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Read and extend the chain-of-custody log.",
            discussion: """
                The custody log is one append-only chain for the whole case: each event records its \
                sequence number, the evidence item, the action, the handler, the UTC time, the \
                object's SHA-256, a note, and the previous event's hash, and is identified by the \
                SHA-256 of all of these. Changing, deleting or reordering any event breaks the chain, \
                which 'casebook verify' reports.
                """,
            subcommands: [CustodyLog.self, CustodyTransfer.self, CustodyHead.self, CustodyExportSignatures.self])
    }
}
