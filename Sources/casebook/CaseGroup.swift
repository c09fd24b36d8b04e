import ArgumentParser

extension Casebook {
    struct CaseGroup: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "case",
            abstract:
                "Record the facts about the case that the documents need: organisation, situation, period, admissibility notes, requests.",
            subcommands: [CaseSet.self, CaseShow.self])
    }
}
