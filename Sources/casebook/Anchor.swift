import ArgumentParser

extension Casebook {
    struct Anchor: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Timestamp the custody log with an RFC 3161 timestamping authority.",
            discussion: """
                'anchor request FILE' writes a request for the current head of the custody log; send it \
                to a timestamping authority (for example with curl and the authority's instructions) and \
                save the reply. 'anchor import REPLY.tsr' checks that the reply covers an event of this \
                log and keeps it. From then on 'verify' reports which part of the log each timestamp \
                proves existed, unchanged, at its time.
                """,
            subcommands: [AnchorRequest.self, AnchorImport.self])
    }
}
