import CSV
import CasebookCore
import CasebookModel
import CasebookStore
import Foundation

/// Where each column's value sits in a row's fields: one for all the rows of a CSV file, so
/// that 100,000 rows hold 100,000 arrays and not 100,000 dictionaries.
final class ImportColumnIndex: Sendable {
    let positions: [String: Int]

    init(_ columns: [String]) {
        var positions: [String: Int] = [:]
        for (position, column) in columns.enumerated() where !column.isEmpty && positions[column] == nil {
            positions[column] = position
        }
        self.positions = positions
    }
}

/// One source an attack row cites for one of its elements, with what the citation says of it.
struct AttackSourceCell: Sendable {
    var element: String
    var source: String
    var pinpoint: String?
    var note: String?
    var basis: String? = nil
    var credibility: Int? = nil
    var extract: String? = nil
}

/// One record of an import file: its values by column, and the line on which it starts.
struct ImportRow: Sendable {
    /// The line of the file on which the record starts (the header is line 1).
    let line: Int
    /// The text of each field, in the order of `index`.
    private let fields: [String]
    private let index: ImportColumnIndex
    /// An actor's superiors with their own periods, when the JSON gives several.
    var superiors: [(ref: String, from: String?, to: String?)]? = nil
    /// An attack's cited sources, by element, from the JSON.
    var attackSources: [AttackSourceCell]? = nil
    /// An attack's arguments in force, by element, from the JSON.
    var attackArguments: [(element: String, text: String)] = []
    /// A testimony's withdrawn passages, when the JSON export gives them.
    var withdrawals: [(passage: String, reason: String, recordedAt: String?)] = []
    /// An allegation's details (the destination, grounds, limb…), from the JSON's proof matrix.
    var details: AllegationDetails? = nil

    init(line: Int, fields: [String], index: ImportColumnIndex) {
        self.line = line
        self.fields = fields
        self.index = index
    }

    /// A row of its own columns (from JSON, where each record names its members).
    init(line: Int, values: [String: String]) {
        let columns = values.keys.sorted()
        self.init(line: line, fields: columns.map { values[$0] ?? "" }, index: ImportColumnIndex(columns))
    }

    /// The trimmed value of `column`, nil when the column is absent from the file.
    subscript(column: String) -> String? {
        index.positions[column].map { fields[$0].trimmingCharacters(in: .whitespacesAndNewlines) }
    }

    /// The value of `column`, nil when absent or empty.
    func nonEmpty(_ column: String) -> String? {
        guard let value = self[column], !value.isEmpty else { return nil }
        return value
    }
}

/// The rows of one kind read from a file.
struct ImportTable: Sendable {
    let kind: ImportKind
    let columns: [String]
    var rows: [ImportRow]
    /// Header names read as a column of another spelling ("External ID" as `external_id`), as
    /// (the name given, the column), to be said to the user.
    var matched: [(given: String, column: String)] = []
}

/// Reads an import file into tables: CSV through the CSV package, JSON through Foundation.
enum ImportReader {
    /// The tables of `path`, in the order they must be written.
    static func read(_ path: String, shownAs file: String, kind: ImportKind?) throws -> (
        tables: [ImportTable], problems: [ImportProblem]
    ) {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            let reason = FileManager.default.fileExists(atPath: path) ? "it could not be opened" : "there is no such file"
            throw ImportError.unreadable(file: file, reason: reason)
        }
        if data.isEmpty { throw ImportError.emptyFile(file) }
        if data.prefix(8192).contains(0) { throw ImportError.binaryFile(file) }
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard let text = String(data: bytes, encoding: .utf8) else { throw ImportError.notUTF8(file) }
        let trimmed = text.drop { $0.isWhitespace }
        if path.lowercased().hasSuffix(".json") || trimmed.first == "{" || trimmed.first == "[" {
            return try JSONImport.tables(text, file: file, kind: kind ?? ImportKind(fileName: path))
        }
        guard let kind = kind ?? ImportKind(fileName: path) else { throw ImportError.unknownKind(file: file) }
        return try csvTable(text, file: file, kind: kind)
    }

    /// The rows of a CSV text; `;` is the delimiter when the header uses it and no comma.
    static func csvTable(_ text: String, file: String, kind: ImportKind) throws -> (
        tables: [ImportTable], problems: [ImportProblem]
    ) {
        let headerLine = text.prefix { $0 != "\n" && $0 != "\r" }
        let delimiter: UnicodeScalar = headerLine.contains(";") && !headerLine.contains(",") ? ";" : ","
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: false, delimiter: delimiter)
        } catch {
            throw ImportError.unreadable(file: file, reason: "it is not a CSV file")
        }
        guard let header = reader.next() else { throw ImportError.emptyFile(file) }
        // Spreadsheet users write "External ID" or "date-made": matched loosely, and said so.
        var matched: [(given: String, column: String)] = []
        let columns = header.map { given in
            let column = given.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
            let loose = Self.looseColumn(column)
            guard !kind.columns.contains(column), column != "id", kind.columns.contains(loose) else { return column }
            matched.append((given.trimmingCharacters(in: .whitespacesAndNewlines), loose))
            return loose
        }
        var problems: [ImportProblem] = []
        for (position, column) in columns.enumerated() where !column.isEmpty && columns[..<position].contains(column) {
            problems.append(
                ImportProblem(
                    file: file, line: 1, column: column, message: "appears twice in the header; keep one column of that name"))
        }
        var rows: [ImportRow] = []
        let index = ImportColumnIndex(columns)
        var line = 1 + lineBreaks(in: header) + 1
        while let fields = reader.next() {
            let start = line
            line += lineBreaks(in: fields) + 1
            if fields.count == 1, fields[0].trimmingCharacters(in: .whitespaces).isEmpty { continue }
            guard fields.count == columns.count else {
                problems.append(
                    ImportProblem(
                        file: file, line: start, column: "row",
                        message:
                            "has \(fields.count) field\(fields.count == 1 ? "" : "s") but the header has \(columns.count) columns; check for a missing or extra \(delimiter == ";" ? "semicolon" : "comma"), or a quote that is not closed"
                    ))
                continue
            }
            rows.append(ImportRow(line: start, fields: fields, index: index))
        }
        if let error = reader.error { throw ImportError.unreadable(file: file, reason: "\(error)") }
        return ([ImportTable(kind: kind, columns: columns, rows: rows, matched: matched)], problems)
    }

    /// "external id", "External-ID", "external__id" → "external_id": spaces and hyphens as
    /// underscores, one at a time, none at the ends.
    static func looseColumn(_ column: String) -> String {
        column.lowercased().split { $0 == " " || $0 == "-" || $0 == "_" || $0 == "\t" }.joined(separator: "_")
    }

    /// How many line breaks a record's fields hold (a CRLF counts once).
    static func lineBreaks(in fields: [String]) -> Int {
        var count = 0
        for field in fields {
            var previousCR = false
            for scalar in field.unicodeScalars {
                if scalar == "\r" {
                    count += 1
                    previousCR = true
                    continue
                }
                if scalar == "\n", !previousCR { count += 1 }
                previousCR = false
            }
        }
        return count
    }
}
