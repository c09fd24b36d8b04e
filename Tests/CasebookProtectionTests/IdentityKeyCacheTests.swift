import Foundation
import Testing

@testable import CasebookCrypto
@testable import CasebookProtection

/// The identity keys an import keeps, held by its passphrase source rather than by the thread.
@Suite("identity keys kept for one import")
struct IdentityKeyCacheTests {
    @Test func aKeyIsFoundOnlyForTheSamePassphraseSaltAndCost() throws {
        let cache = IdentityKeyCache()
        let passphrase = try Passphrase("correct horse battery staple")
        let parameters = ScryptParameters(log2N: 10, r: 8, p: 1)
        let salt = Data(repeating: 7, count: 16)
        #expect(cache.key(for: passphrase, salt: salt, parameters: parameters) == nil)
        let key = try IdentityCipher.deriveKey(passphrase: passphrase.text, salt: Array(salt), parameters: parameters)
        cache.keep(key, for: passphrase, salt: salt, parameters: parameters)
        #expect(cache.key(for: passphrase, salt: salt, parameters: parameters) === key)
        #expect(cache.key(for: try Passphrase("another passphrase"), salt: salt, parameters: parameters) == nil)
        #expect(cache.key(for: passphrase, salt: Data(repeating: 8, count: 16), parameters: parameters) == nil)
        #expect(cache.key(for: passphrase, salt: salt, parameters: ScryptParameters(log2N: 11, r: 8, p: 1)) == nil)
    }

    @Test func onlyARememberingSourceKeepsKeys() throws {
        let passphrase = try Passphrase("correct horse battery staple")
        #expect(PassphraseSource { passphrase }.keys == nil)
        let remembering = PassphraseSource(remembering: passphrase)
        #expect(remembering.keys != nil)
        #expect(try remembering.passphrase()?.text == passphrase.text)
    }
}
