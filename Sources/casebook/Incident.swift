import ArgumentParser

extension Casebook {
    struct Incident: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record and list incidents: what happened, when, where and to whom.",
            subcommands: [IncidentAdd.self, IncidentUpdate.self, IncidentList.self, IncidentShow.self])
    }
}
