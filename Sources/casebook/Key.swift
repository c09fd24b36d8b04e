import ArgumentParser

extension Casebook {
    struct Key: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Manage handlers' signing keys.", subcommands: [KeyGenerate.self, KeyExport.self])
    }
}
