import ArgumentParser

extension Casebook {
    struct DossierGroup: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "dossier",
            abstract: "Write the documents a legal team files with the International Criminal Court.",
            subcommands: [DossierICC.self])
    }
}
