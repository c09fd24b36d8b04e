import CasebookCore
import CasebookModel
import CasebookStore
import Foundation

/// The human-readable forms of the case facts, as `case show` and `case set` print them.
///
/// Every fact is listed, set or not, so a team sees at a glance what a document would still lack.
enum CaseFactsText {
    /// Every fact under its name, "(not set)" for an empty one; long notes keep their lines.
    static func facts(_ facts: CaseFacts) -> String {
        // Aligned on the everyday facts; the long threshold names are followed by one space.
        let width = CaseFact.allCases.filter { $0.thresholdStandard == nil }.map(\.key.count).max() ?? 0
        var lines: [String] = []
        for fact in CaseFact.allCases {
            let label = (fact.key + ":").padding(toLength: max(width + 1, fact.key.count + 1), withPad: " ", startingAt: 0) + " "
            var value = facts.value(of: fact) ?? "(not set\(fact.whenNotSet.map { "; \($0)" } ?? ""))"
            if fact == .period, let earliest = facts.periodEarliest, let latest = facts.periodLatest {
                value += " (\(earliest) to \(latest))"
            }
            let indent = String(repeating: " ", count: label.count)
            let valueLines = value.split(separator: "\n", omittingEmptySubsequences: false).map {
                String($0.hasSuffix("\r") ? $0.dropLast() : $0)
            }
            lines.append(label + (valueLines.first ?? ""))
            lines += valueLines.dropFirst().map { $0.isEmpty ? "" : indent + $0 }
        }
        return lines.joined(separator: "\n")
    }

    /// What `case set` did, in one sentence.
    static func update(_ update: CaseFactsUpdate) -> String {
        guard let change = update.changes.first else {
            return "Nothing changed: the case facts already had that value."
        }
        return "Updated the case: " + change.sentence
    }
}
