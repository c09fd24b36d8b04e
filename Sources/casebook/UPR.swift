import ArgumentParser

extension Casebook {
    struct UPR: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "upr",
            abstract: "The Universal Periodic Review: the team's own recommendations for the next review, checked for SMART form.",
            subcommands: [UPRRecommend.self, UPRRecommendations.self])
    }
}
