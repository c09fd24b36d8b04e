import CasebookCore
import CasebookProtection
import Foundation

/// Where commands get the case passphrase: `$CASEBOOK_PASSPHRASE`, else a prompt on the terminal
/// with echo off. Never a command-line argument, which other users could read from the process list.
enum PassphrasePrompt {
    /// The passphrase source for commands that may need it.
    static var source: PassphraseSource {
        PassphraseSource {
            if let text = ProcessInfo.processInfo.environment["CASEBOOK_PASSPHRASE"] { return try Passphrase(text) }
            guard let text = ask("Case passphrase: ") else { return nil }
            return try Passphrase(text)
        }
    }

    /// The passphrase for checking notes that enter the custody log: `$CASEBOOK_PASSPHRASE`, else
    /// (when there are notes to check) asked on the terminal.
    static func forCustodyNotes(asking: Bool) -> PassphraseSource {
        PassphraseSource {
            if let text = ProcessInfo.processInfo.environment["CASEBOOK_PASSPHRASE"] { return try Passphrase(text) }
            guard asking, let text = ask("Case passphrase, to check these notes for witness names: ") else { return nil }
            return try Passphrase(text)
        }
    }

    /// The new passphrase for `passphrase change`: `$CASEBOOK_NEW_PASSPHRASE`, else asked twice.
    static func newPassphrase() throws -> Passphrase? {
        if let text = ProcessInfo.processInfo.environment["CASEBOOK_NEW_PASSPHRASE"] { return try Passphrase(text) }
        guard let first = ask("New passphrase: ") else { return nil }
        guard let second = ask("New passphrase again: "), second == first else { throw ProtectionError.passphraseMismatch }
        return try Passphrase(first)
    }

    /// Reads a line from the terminal with echo off; nil when there is no terminal.
    static func ask(_ prompt: String) -> String? {
        let tty = open("/dev/tty", O_RDWR | O_NOCTTY)
        guard tty >= 0 else { return nil }
        defer { close(tty) }
        var original = termios()
        guard tcgetattr(tty, &original) == 0 else { return nil }
        var silent = original
        silent.c_lflag &= ~tcflag_t(ECHO)
        _ = write(tty, prompt, prompt.utf8.count)
        _ = tcsetattr(tty, TCSAFLUSH, &silent)
        defer {
            _ = tcsetattr(tty, TCSAFLUSH, &original)
            _ = write(tty, "\n", 1)
        }
        var bytes: [UInt8] = []
        var byte: UInt8 = 0
        while read(tty, &byte, 1) == 1, byte != UInt8(ascii: "\n") { bytes.append(byte) }
        return String(decoding: bytes, as: UTF8.self)
    }
}
