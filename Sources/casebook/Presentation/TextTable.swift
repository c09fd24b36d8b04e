import CasebookCore
import CasebookModel
import CasebookStore
import Foundation

/// A plain-text table with aligned columns, for lists printed to a terminal.
struct TextTable: Sendable {
    var headers: [String]
    var rows: [[String]]

    /// The table as lines of text; long cells are cut to keep rows on one line.
    func render(maxCellWidth: Int = 60) -> String {
        let cut = { (cell: String) -> String in
            let flat = TerminalText.escaped(cell, keepingLineBreaks: false)
            return flat.count > maxCellWidth ? String(flat.prefix(maxCellWidth - 1)) + "…" : flat
        }
        let all = ([headers] + rows).map { $0.map(cut) }
        var widths = [Int](repeating: 0, count: headers.count)
        for row in all {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], cell.count)
            }
        }
        return all.map { row in
            row.enumerated().map { index, cell in
                index == row.count - 1 ? cell : cell.padding(toLength: widths[index], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }.joined(separator: "\n")
    }
}

/// Lines of "Label: value" for `show` commands, skipping absent values.
struct FieldList {
    private var fields: [(String, String)] = []

    mutating func add(_ label: String, _ value: String?) {
        guard let value, !value.isEmpty else { return }
        fields.append((label, TerminalText.escaped(value, keepingLineBreaks: false)))
    }

    func render() -> String {
        let width = fields.map(\.0.count).max() ?? 0
        return fields.map { label, value in
            (label + ":").padding(toLength: width + 1, withPad: " ", startingAt: 0) + " " + value
        }.joined(separator: "\n")
    }
}
