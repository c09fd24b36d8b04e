import Foundation

/// The human-readable forms of updates and of a record's history.
public enum HistoryText {
    /// What an update did: one plain-English line per changed field, under the record it changed.
    public static func update<Record>(_ update: RecordUpdate<Record>, name: String) -> String {
        guard !update.changes.isEmpty else {
            return "Nothing changed: \(update.id) \(name) already had the values given."
        }
        return (["Updated \(update.id) \(name):"] + update.changes.map { "  " + $0.sentence }).joined(separator: "\n")
    }

    /// A record's history as a table, oldest change first; sealed values are never shown.
    public static func history(_ history: RecordHistory) -> String {
        guard !history.changes.isEmpty else {
            return "No changes recorded for \(history.id) since it was created."
        }
        let table = TextTable(
            headers: ["When (UTC)", "Handler", "Field", "Old value", "New value"],
            rows: history.changes.map { entry in
                if entry.sealed { return [entry.time, entry.handler, entry.label, "(sealed)", "(sealed)"] }
                return [entry.time, entry.handler, entry.label, entry.old ?? "(empty)", entry.new ?? "(empty)"]
            }
        ).render()
        var lines = ["History of \(history.id): \(history.changes.count) change(s).", table]
        if history.changes.contains(where: \.sealed) {
            lines.append("A sealed identity field is recorded only as changed; its values are never kept here.")
        }
        return lines.joined(separator: "\n")
    }
}
