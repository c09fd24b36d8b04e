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
    public func witnessVariants(_ id: RecordID, passphrase: Passphrase?) throws -> IdentityVariants {
        let revealed = try revealWitness(id, passphrase: passphrase)
        let fields = revealed.identity.fields.map { field, value in
            IdentityVariants.Field(
                field: field, label: field.label,
                variants: NameVariants.items(of: value, field: field).flatMap { NameVariants.variants(of: $0, field: field) })
        }
        return IdentityVariants(id: revealed.id, pseudonym: revealed.pseudonym, fields: fields)
    }
}
