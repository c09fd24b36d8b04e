import CasebookModel
import CasebookProtection
import CasebookStore

/// What the leak scan looks for on behalf of one witness, so that a team can see, before it
/// relies on the scan, which spellings of a name it will stop (`casebook witness variants`).
/// The list comes from the same function the scan uses: what is shown is what is matched.
public struct IdentityVariants: Codable, Sendable, Equatable {
    /// The spellings looked for in one identity field.
    public struct Field: Codable, Sendable, Equatable {
        public let field: IdentityField
        public let label: String
        public let variants: [NameVariant]
    }

    public let id: RecordID
    public let pseudonym: String
    public let fields: [Field]
}

extension AppDatabase {
    /// The spellings the leak scan looks for, for one witness; needs the passphrase.
    package func witnessVariants(_ id: RecordID, passphrase: Passphrase?) throws -> IdentityVariants {
        let revealed = try revealWitness(id, passphrase: passphrase)
        let fields = revealed.identity.fields.filter { !NameVariants.items(of: $1, field: $0).isEmpty }.map { field, value in
            IdentityVariants.Field(
                field: field, label: field.label,
                variants: NameVariants.items(of: value, field: field).flatMap { NameVariants.variants(of: $0, field: field) })
        }
        return IdentityVariants(id: revealed.id, pseudonym: revealed.pseudonym, fields: fields)
    }
}

extension Case {
    /// Opens a witness's identity for `witness reveal`, and records in the custody log who saw
    /// which fields and when (never the values), so that a team can answer "who looked at this
    /// witness's identity".
    public func revealWitness(_ id: RecordID, passphrase: Passphrase?, handler: Handler) throws -> RevealedWitness {
        let revealed = try database.revealWitness(id, passphrase: passphrase)
        try logIdentityAccess(id, fields: revealed.identity.fields.map(\.0), what: "identity revealed", handler: handler)
        return revealed
    }

    /// The spellings the leak scan looks for, for `witness variants`; logged like a reveal.
    public func witnessVariants(_ id: RecordID, passphrase: Passphrase?, handler: Handler) throws -> IdentityVariants {
        let variants = try database.witnessVariants(id, passphrase: passphrase)
        try logIdentityAccess(id, fields: variants.fields.map(\.field), what: "spellings of the identity shown", handler: handler)
        return variants
    }

    private func logIdentityAccess(_ id: RecordID, fields: [IdentityField], what: String, handler: Handler) throws {
        guard !fields.isEmpty else { return }
        try requireUsableKey(for: handler)
        _ = try database.writeTransaction { tx in
            try appendCustody(
                [
                    NewCustodyEvent(
                        action: .identityRevealed, handler: handler,
                        note: "\(id): \(what) (\(fields.map(\.label).joined(separator: ", ")))")
                ],
                in: tx)
        }
    }
}
