import ArgumentParser

extension Casebook {
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Export evidence and case records for courts, UN bodies and other tools.",
            subcommands: [ExportBagIt.self, ExportJSON.self])
    }
}
