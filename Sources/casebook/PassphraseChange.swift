import ArgumentParser
import CasebookCore
import CasebookProtection

extension Casebook {
    struct PassphraseChange: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "change",
            abstract: "Re-seal every witness identity under a new passphrase, all or nothing.",
            discussion: """
                The current passphrase comes from $CASEBOOK_PASSPHRASE or the terminal, the new one \
                from $CASEBOOK_NEW_PASSPHRASE or the terminal (asked twice). Every identity is \
                re-sealed in one transaction: if anything fails or the command is interrupted, the \
                old passphrase still opens everything. Each witness's re-sealed fields are recorded \
                in the custody log (a hash of each, never a value), so verify can tell if one is \
                later deleted.

                A new passphrase must have at least 12 characters that are not mostly one character \
                or a short group repeated, a run along the alphabet, the digits or the keyboard, or \
                a common password; and, if shorter than 16 characters, must mix two kinds of character (small \
                letters, capitals, digits, spaces or punctuation). Several unrelated words, such as \
                'river stone lantern', pass easily.
                """)

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var handler: HandlerOptions

        func run() throws {
            let openCase = try workspace.openCase()
            guard let old = try PassphrasePrompt.source.passphrase() else {
                throw ProtectionError.passphraseNeeded("Changing the passphrase")
            }
            guard let new = try PassphrasePrompt.newPassphrase() else {
                throw ProtectionError.newPassphraseNeeded
            }
            let count = try openCase.changePassphrase(from: old, to: new, handler: try handler.resolve())
            print("Re-sealed \(count) identity field(s) under the new passphrase.")
        }
    }
}
