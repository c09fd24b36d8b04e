import ArgumentParser

extension Casebook {
    struct UPR: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "upr",
            abstract:
                "The Universal Periodic Review: the stakeholder submission, its word count, and our recommendations for the next review.",
            subcommands: [UPRSubmission.self, UPRRecommend.self, UPRRecommendations.self, UPRCount.self])
    }
}
