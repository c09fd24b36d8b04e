import Foundation
import Testing

extension CLI {
    /// The passphrase every protection test seals its witnesses under.
    static let testPassphrase = ["CASEBOOK_PASSPHRASE": "first passphrase"]

    /// A new case, handled by `kim` at a low scrypt cost, with one witness "Witness A" whose
    /// identity fields are the `identity` options given (for example `--name`, `Kim Chol-su`).
    static func protectedCase(_ identity: [String], signingKey: Bool = false) throws -> CLI {
        var cli = try CLI()
        cli.environment["CASEBOOK_HANDLER"] = "kim"
        cli.environment["CASEBOOK_SCRYPT_LOG2N"] = "12"
        try cli.makeCase()
        if signingKey { #expect(try cli.run(["key", "generate", "--handler", "kim"]).status == 0) }
        let added = try cli.run(["witness", "add", "--pseudonym", "Witness A"] + identity, environment: testPassphrase)
        #expect(added.status == 0, "\(added.stderr)")
        return cli
    }
}
