import CasebookModel

/// The history's view of `RecordFields`: the label of a stored key, and what changed between two
/// snapshots of a record.
enum TrackedField {
    /// The label for a stored key; the key itself if a later version wrote one this one does not know.
    static func label(_ key: String, of kind: RecordKind) -> String {
        if kind == .testimony && key == withdrawnPassage { return withdrawnPassageLabel }
        return RecordFields.of(kind).first { $0.key == key }?.label ?? key
    }

    /// The history's key for a passage the witness withdrew (`testimony retract`): not a field
    /// that can be updated, so not among `RecordFields`.
    static let withdrawnPassage = "withdrawn-passage"
    static let withdrawnPassageLabel = "passage withdrawn by the witness"

    /// The changes between two snapshots (field key → value, absent meaning empty), in field order.
    static func changes(_ kind: RecordKind, before: [String: String], after: [String: String]) -> [FieldChange] {
        RecordFields.of(kind).compactMap { field in
            let old = before[field.key]
            let new = after[field.key]
            guard old != new else { return nil }
            return FieldChange(field: field.key, label: field.label, old: old, new: new, sealed: false)
        }
    }
}
