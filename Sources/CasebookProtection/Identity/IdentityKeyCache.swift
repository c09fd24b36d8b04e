import CasebookCrypto
import CasebookModel
import Foundation

/// Identity keys already derived for one piece of work that needs the passphrase many times:
/// scrypt is slow on purpose, and an import of many witnesses needs the one key for each.
///
/// Held by the `PassphraseSource` that work was given (`PassphraseSource(remembering:)`) and
/// forgotten with it; never kept anywhere else. A key is found again only for the same
/// passphrase, salt and cost, and is still checked against the case's check value each time.
package final class IdentityKeyCache: Sendable {
    private struct Entry: Sendable {
        let passphrase: String
        let salt: Data
        let parameters: ScryptParameters
        let key: IdentityKey
    }

    private let entries = Collector<[Entry]>([])

    /// The key derived earlier from `passphrase` with this salt and cost, if any.
    package func key(for passphrase: Passphrase, salt: Data, parameters: ScryptParameters) -> IdentityKey? {
        entries.withLock { entries in
            entries.first { $0.passphrase == passphrase.text && $0.salt == salt && $0.parameters == parameters }?.key
        }
    }

    /// Keeps `key`, derived from `passphrase` with this salt and cost, for the rest of the work.
    package func keep(_ key: IdentityKey, for passphrase: Passphrase, salt: Data, parameters: ScryptParameters) {
        let entry = Entry(passphrase: passphrase.text, salt: salt, parameters: parameters, key: key)
        entries.withLock { entries in
            entries.removeAll { $0.passphrase == entry.passphrase && $0.salt == salt && $0.parameters == parameters }
            entries.append(entry)
        }
    }
}
