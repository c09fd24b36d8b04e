import CasebookModel
import CasebookStore
import Foundation

/// One changed field, as an update reports it and the history keeps it.
public struct FieldChange: Codable, Sendable, Equatable {
    /// The field's stable key, such as `birth-year` (the option that changes it).
    public let field: String
    /// The field in the users' words, such as "birth year".
    public let label: String
    /// The value before, or nil when it was empty (always nil for a sealed field).
    public let old: String?
    /// The value after, or nil when it is now empty (always nil for a sealed field).
    public let new: String?
    /// Whether the field is a sealed identity field, of which only the change is told.
    public let sealed: Bool

    package init(field: String, label: String, old: String?, new: String?, sealed: Bool) {
        self.field = field
        self.label = label
        self.old = old
        self.new = new
        self.sealed = sealed
    }

    /// The change as one plain-English sentence, such as `Birth year changed from "1975" to "1976".`
    public var sentence: String {
        let name = label.prefix(1).uppercased() + label.dropFirst()
        if sealed { return "\(name) changed (sealed, so the value is not shown)." }
        switch (old, new) {
        case (nil, let new?): return "\(name) set to \(Self.quoted(new))."
        case (let old?, nil): return "\(name) cleared (it was \(Self.quoted(old)))."
        case (let old?, let new?): return "\(name) changed from \(Self.quoted(old)) to \(Self.quoted(new))."
        case (nil, nil): return "\(name) changed."
        }
    }

    static func quoted(_ value: String) -> String {
        "\"" + value.replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " ") + "\""
    }
}

/// What an update command did: the record's id, each field it changed, and the record now.
public struct RecordUpdate<Record: Codable & Sendable & Equatable>: Codable, Sendable, Equatable {
    public let id: RecordID
    public let changes: [FieldChange]
    public let record: Record
}

/// One recorded change to a record: who, when, which field, and the values unless sealed.
public struct HistoryEntry: Codable, Sendable, Equatable {
    /// UTC, to the second: `2026-11-29T01:26:45Z`.
    public let time: String
    public let handler: String
    public let field: String
    public let label: String
    public let old: String?
    public let new: String?
    public let sealed: Bool

    public init(time: String, handler: String, field: String, label: String, old: String?, new: String?, sealed: Bool) {
        self.time = time
        self.handler = handler
        self.field = field
        self.label = label
        self.old = old
        self.new = new
        self.sealed = sealed
    }
}

/// Every recorded change to one record, oldest first.
public struct RecordHistory: Codable, Sendable, Equatable {
    public let id: RecordID
    public let changes: [HistoryEntry]

    public init(id: RecordID, changes: [HistoryEntry]) {
        self.id = id
        self.changes = changes
    }
}

extension AppDatabase {
    /// Appends `changes` of `record` to the history, inside the caller's transaction.
    static func appendHistory(_ changes: [FieldChange], of record: RecordID, handler: Handler, in tx: StoreTransaction) throws {
        let now = timestampNow()
        for change in changes {
            var row = RecordHistoryRecord(
                recordKind: record.kind.rawValue, recordNumber: record.number, field: change.field,
                oldValue: change.sealed ? nil : change.old, newValue: change.sealed ? nil : change.new,
                sealed: change.sealed, handler: handler.name, changedAt: now)
            try tx.insert(&row)
        }
    }

    /// Every recorded change to a witness, testimony, incident or actor, oldest first.
    package func history(of record: RecordID) throws -> RecordHistory {
        let kinds: [RecordKind] = [.witness, .testimony, .incident, .actor, .evidence]
        guard kinds.contains(record.kind) else { throw RecordError.wrongKind(record, expected: kinds, role: .subject) }
        return try readTransaction { tx in
            try tx.requireExists(record)
            if record.kind == .evidence {
                return RecordHistory(
                    id: record,
                    changes: try tx.evidenceChanges(of: record.number).map {
                        HistoryEntry(
                            time: $0.changedAt, handler: $0.handler, field: $0.field,
                            label: TrackedField.label($0.field, of: .evidence), old: $0.oldValue, new: $0.newValue, sealed: false)
                    })
            }
            let rows = try tx.history(of: record)
            return RecordHistory(
                id: record,
                changes: rows.map {
                    HistoryEntry(
                        time: $0.changedAt, handler: $0.handler, field: $0.field,
                        label: TrackedField.label($0.field, of: record.kind),
                        old: $0.oldValue, new: $0.newValue, sealed: $0.sealed)
                })
        }
    }
}
