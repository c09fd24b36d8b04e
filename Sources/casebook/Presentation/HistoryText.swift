import CasebookCore
import CasebookModel
import CasebookStore
import Foundation

/// The human-readable forms of updates and of a record's history.
enum HistoryText {
    /// What an update did: one plain-English line per changed field, under the record it changed.
    static func update<Record>(_ update: RecordUpdate<Record>, name: String) -> String {
        guard !update.changes.isEmpty else {
            return "Nothing changed: \(update.id) \(name) already had the values given."
        }
        return (["Updated \(update.id) \(name):"] + update.changes.map { "  " + $0.sentence }).joined(separator: "\n")
    }

    /// A record's history as a table, oldest change first; sealed values are never shown.
    static func history(_ history: RecordHistory) -> String {
        table(history.changes, of: history.id.description)
    }

    /// The case facts' history, oldest change first (`casebook history case`).
    static func caseHistory(_ history: CaseHistory) -> String {
        guard !history.changes.isEmpty else {
            return "No case facts have been set yet. Set one with 'casebook case set FIELD VALUE'."
        }
        // Long notes are told on one line each, as the update sentences tell them.
        let flat = history.changes.map {
            HistoryEntry(
                time: $0.time, handler: $0.handler, field: $0.field, label: $0.label, old: $0.old.map(oneLine),
                new: $0.new.map(oneLine), sealed: $0.sealed)
        }
        return table(flat, of: "the case facts")
    }

    private static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            .joined(separator: " ")
    }

    private static func table(_ changes: [HistoryEntry], of name: String) -> String {
        guard !changes.isEmpty else {
            return "No changes recorded for \(name) since it was created."
        }
        let table = TextTable(
            headers: ["When (UTC)", "Handler", "Field", "Old value", "New value"],
            rows: changes.map { entry in
                if entry.sealed { return [entry.time, entry.handler, entry.label, "(sealed)", "(sealed)"] }
                return [entry.time, entry.handler, entry.label, entry.old ?? "(empty)", entry.new ?? "(empty)"]
            }
        ).render()
        var lines = ["History of \(name): \(changes.count) change(s).", table]
        if changes.contains(where: \.sealed) {
            lines.append("A sealed identity field is recorded only as changed; its values are never kept here.")
        }
        return lines.joined(separator: "\n")
    }
}
