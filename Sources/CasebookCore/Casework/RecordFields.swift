import CasebookModel
import CasebookProtection

/// One field of a record as every part of Casebook names it: the key the history stores (and
/// the `update` option that changes it), the options and import columns that set it, and its
/// name for people. Written once, here, so that `update`, import and the history agree: a new
/// field is added to this list, and the tests check that the command line and import follow.
package struct RecordField: Sendable {
    /// The history's stable key: `victim-group`.
    package let key: String
    /// The name people read: "victim group".
    package let label: String
    /// The `update` options that change it (`--lat` and `--lon` for the coordinates).
    package let options: [String]
    /// The import columns that set it (`latitude`, `longitude`); none for a field import leaves alone.
    package let columns: [String]
    /// Sealed: the history records that it changed, never its values.
    package let sealed: Bool

    init(_ key: String, _ label: String, options: [String]? = nil, columns: [String]? = nil, sealed: Bool = false) {
        self.key = key
        self.label = label
        self.options = options ?? [key]
        self.columns = columns ?? [key.replacingOccurrences(of: "-", with: "_")]
        self.sealed = sealed
    }
}

/// The fields of each kind of record that can be updated, in the order changes are told.
package enum RecordFields {
    package static func of(_ kind: RecordKind) -> [RecordField] {
        switch kind {
        case .witness: witness
        case .testimony: testimony
        case .incident: incident
        case .actor: actor
        case .evidence: evidence
        default: []
        }
    }

    /// The import columns of a kind of record: its external id, then the columns of its fields.
    package static func importColumns(of kind: RecordKind) -> [String] {
        ["external_id"] + of(kind).flatMap(\.columns)
    }

    static let witness: [RecordField] =
        [
            RecordField("pseudonym", "pseudonym"), RecordField("sex", "sex"), RecordField("birth-year", "birth year"),
            RecordField("origin", "region of origin"), RecordField("left", "year of leaving"), RecordField("consent", "consent"),
        ] + IdentityField.allCases.map { RecordField($0.historyKey, $0.label, sealed: true) }

    static let testimony: [RecordField] = [
        RecordField("witness", "witness"), RecordField("date", "interview date"), RecordField("interviewer", "interviewer"),
        RecordField("place", "place of interview"), RecordField("language", "language"), RecordField("summary", "summary"),
        RecordField("reliability-grade", "source reliability", options: ["reliability"], columns: ["reliability"]),
        // The notes keep the key "reliability" they had when they were the only reliability field,
        // so older history reads the same.
        RecordField("reliability", "reliability notes", options: ["reliability-note"], columns: ["reliability_note"]),
        RecordField("transcript", "transcript", columns: []),
    ]

    /// What the team judges about an evidence item; the file and its provenance are in the
    /// custody log and are never updated.
    static let evidence: [RecordField] = [
        RecordField("reliability-grade", "source reliability", options: ["reliability"], columns: ["reliability"]),
        RecordField("reliability", "reliability notes", options: ["reliability-note"], columns: ["reliability_note"]),
        RecordField("provided-by", "provided by"), RecordField("derived-from", "derived from"),
    ]

    static let incident: [RecordField] = [
        RecordField("title", "title"), RecordField("date", "date"), RecordField("place", "place"),
        RecordField("country", "country code"),
        RecordField("coordinates", "coordinates", options: ["lat", "lon"], columns: ["latitude", "longitude"]),
        RecordField("victims", "number of victims", options: ["victims", "estimated"], columns: ["victims", "victims_estimated"]),
        RecordField("victim-group", "victim group"), RecordField("description", "description"),
        RecordField("continuing", "continuing until", options: ["continuing", "end"]), RecordField("also-in", "also in"),
    ]

    static let actor: [RecordField] = [
        RecordField("name", "name"), RecordField("kind", "kind"), RecordField("position", "position or rank"),
        RecordField("aliases", "aliases", options: ["alias"]),
        RecordField(
            "superiors", "superiors", options: ["superior", "from", "to", "remove-superior"], columns: ["superior", "from", "to"]),
        RecordField("nationality", "nationality"),
    ]
}

extension IdentityField {
    /// The key the history uses: the command-line option that changes the field.
    var historyKey: String { self == .notes ? "identity-notes" : rawValue }

    /// The change of this sealed field, which never carries its values.
    var sealedChange: FieldChange {
        FieldChange(field: historyKey, label: label, old: nil, new: nil, sealed: true)
    }
}
