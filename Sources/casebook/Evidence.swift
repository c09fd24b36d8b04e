import ArgumentParser

extension Casebook {
    struct Evidence: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add evidence files under a verifiable chain of custody, and list them.",
            subcommands: [
                EvidenceAdd.self, EvidenceUpdate.self, EvidenceList.self, EvidenceShow.self, EvidenceRedact.self,
                EvidenceStripMetadata.self,
            ])
    }
}
