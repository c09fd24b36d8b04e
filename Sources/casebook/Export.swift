import ArgumentParser

extension Casebook {
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Export evidence in standard packages for courts and UN bodies.", subcommands: [ExportBagIt.self])
    }
}
