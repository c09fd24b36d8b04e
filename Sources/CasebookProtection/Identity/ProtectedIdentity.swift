import CasebookModel

/// One protected identity string, with the witness and field it belongs to.
public struct ProtectedIdentity: Sendable, Equatable {
    public let witness: RecordID
    public let field: IdentityField
    public let value: String

    public init(witness: RecordID, field: IdentityField, value: String) {
        self.witness = witness
        self.field = field
        self.value = value
    }
}
