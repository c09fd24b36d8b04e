import ArgumentParser

extension Casebook {
    struct ReportGroup: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "report",
            abstract: "Write reports on the case for the team and its partners.",
            subcommands: [ReportProgress.self])
    }
}
