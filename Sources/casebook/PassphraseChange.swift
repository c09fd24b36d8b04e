import ArgumentParser
import CasebookCore

extension Casebook {
    struct PassphraseChange: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "change",
            abstract: "Re-seal every witness identity under a new passphrase, all or nothing.",
            discussion: """
                The current passphrase comes from $CASEBOOK_PASSPHRASE or the terminal, the new one \
                from $CASEBOOK_NEW_PASSPHRASE or the terminal (asked twice). Every identity is \
                re-sealed in one transaction: if anything fails or the command is interrupted, the \
                old passphrase still opens everything.
                """)

        @OptionGroup var workspace: WorkspaceOptions

        func run() throws {
            let database = try workspace.openDatabase()
            guard let old = try PassphrasePrompt.source.passphrase() else {
                throw ProtectionError.passphraseNeeded("Changing the passphrase")
            }
            guard let new = try PassphrasePrompt.newPassphrase() else {
                throw ProtectionError.passphraseNeeded("Changing the passphrase (the new one)")
            }
            let count = try database.changePassphrase(from: old, to: new)
            print("Re-sealed \(count) identity field(s) under the new passphrase.")
        }
    }
}
