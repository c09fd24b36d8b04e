import CasebookModel
import CasebookProtection
import CasebookStore
import Foundation

/// A field whose changes the history tracks, with its stable key and its name for people.
struct TrackedField: Sendable {
    let key: String
    let label: String
    var sealed = false

    /// The tracked fields of each kind of record that can be updated, in the order changes are told.
    static func fields(of kind: RecordKind) -> [TrackedField] {
        switch kind {
        case .witness: witness
        case .testimony: testimony
        case .incident: incident
        case .actor: actor
        default: []
        }
    }

    static let witness: [TrackedField] =
        [
            TrackedField(key: "pseudonym", label: "pseudonym"), TrackedField(key: "sex", label: "sex"),
            TrackedField(key: "birth-year", label: "birth year"), TrackedField(key: "origin", label: "region of origin"),
            TrackedField(key: "left", label: "year of leaving"), TrackedField(key: "consent", label: "consent"),
        ] + IdentityField.allCases.map { TrackedField(key: $0.historyKey, label: $0.label, sealed: true) }

    static let testimony: [TrackedField] = [
        TrackedField(key: "witness", label: "witness"), TrackedField(key: "date", label: "interview date"),
        TrackedField(key: "interviewer", label: "interviewer"), TrackedField(key: "place", label: "place of interview"),
        TrackedField(key: "language", label: "language"), TrackedField(key: "summary", label: "summary"),
        TrackedField(key: "reliability", label: "reliability notes"), TrackedField(key: "transcript", label: "transcript"),
    ]

    static let incident: [TrackedField] = [
        TrackedField(key: "title", label: "title"), TrackedField(key: "date", label: "date"),
        TrackedField(key: "place", label: "place"), TrackedField(key: "country", label: "country code"),
        TrackedField(key: "coordinates", label: "coordinates"), TrackedField(key: "victims", label: "number of victims"),
        TrackedField(key: "victim-group", label: "victim group"), TrackedField(key: "description", label: "description"),
        TrackedField(key: "continuing", label: "continuing until"), TrackedField(key: "also-in", label: "also in"),
    ]

    static let actor: [TrackedField] = [
        TrackedField(key: "name", label: "name"), TrackedField(key: "kind", label: "kind"),
        TrackedField(key: "position", label: "position or rank"), TrackedField(key: "aliases", label: "aliases"),
        TrackedField(key: "superiors", label: "superiors"), TrackedField(key: "nationality", label: "nationality"),
    ]

    /// The label for a stored key; the key itself if a later version wrote one this one does not know.
    static func label(_ key: String, of kind: RecordKind) -> String {
        fields(of: kind).first { $0.key == key }?.label ?? key
    }

    /// The changes between two snapshots (field key → value, absent meaning empty), in field order.
    static func changes(_ kind: RecordKind, before: [String: String], after: [String: String]) -> [FieldChange] {
        fields(of: kind).compactMap { field in
            let old = before[field.key]
            let new = after[field.key]
            guard old != new else { return nil }
            return FieldChange(field: field.key, label: field.label, old: old, new: new, sealed: false)
        }
    }
}

extension IdentityField {
    /// The key the history uses: the command-line option that changes the field.
    var historyKey: String { self == .notes ? "identity-notes" : rawValue }

    /// The change of this sealed field, which never carries its values.
    var sealedChange: FieldChange {
        FieldChange(field: historyKey, label: label, old: nil, new: nil, sealed: true)
    }
}
