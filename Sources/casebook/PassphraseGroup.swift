import ArgumentParser

extension Casebook {
    struct PassphraseGroup: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "passphrase", abstract: "Manage the case passphrase that seals witness identities.",
            subcommands: [PassphraseChange.self])
    }
}
