import Foundation
import GRDB

/// What `import` was asked to do.
public struct ImportRequest: Sendable {
    /// The file to read.
    public var path: String
    /// The kind of its records, when the JSON or the file name does not say.
    public var kind: ImportKind?
    public var handler: Handler
    /// Asked for only when rows hold identity columns.
    public var passphrase: PassphraseSource
    /// Called after each record with (done, total), for a progress line.
    public var progress: (@Sendable (Int, Int) -> Void)?

    public init(
        path: String, kind: ImportKind? = nil, handler: Handler, passphrase: PassphraseSource = .none,
        progress: (@Sendable (Int, Int) -> Void)? = nil
    ) {
        self.path = path
        self.kind = kind
        self.handler = handler
        self.passphrase = passphrase
        self.progress = progress
    }
}

/// How many records of one kind an import added, updated and left as they were.
public struct ImportCounts: Codable, Sendable, Equatable {
    public let kind: ImportKind
    public var added = 0
    public var updated = 0
    public var unchanged = 0
}

/// What an import did.
public struct ImportSummary: Codable, Sendable, Equatable {
    public let file: String
    public let kinds: [ImportCounts]
    public var added: Int { kinds.reduce(0) { $0 + $1.added } }
    public var updated: Int { kinds.reduce(0) { $0 + $1.updated } }
    public var unchanged: Int { kinds.reduce(0) { $0 + $1.unchanged } }
    /// Unknown columns, left-out citations, and the reminder that the file holds identities in clear.
    public let warnings: [String]

    enum CodingKeys: String, CodingKey { case file, kinds, added, updated, unchanged, warnings }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(file, forKey: .file)
        try container.encode(kinds, forKey: .kinds)
        try container.encode(added, forKey: .added)
        try container.encode(updated, forKey: .updated)
        try container.encode(unchanged, forKey: .unchanged)
        try container.encode(warnings, forKey: .warnings)
    }

    public init(file: String, kinds: [ImportCounts], warnings: [String]) {
        self.file = file
        self.kinds = kinds
        self.warnings = warnings
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        file = try container.decode(String.self, forKey: .file)
        kinds = try container.decode([ImportCounts].self, forKey: .kinds)
        warnings = try container.decode([String].self, forKey: .warnings)
    }
}

extension OpenCase {
    /// Imports a CSV or JSON file all or nothing: every row is checked and written through the
    /// same methods as the commands one record at a time (so updates land in the history), in one
    /// transaction; any problem rolls it all back and is reported as `FILE:LINE: column: problem`.
    public func importFile(_ request: ImportRequest) throws -> ImportSummary {
        let file = request.path
        var (tables, problems) = try ImportReader.read(request.path, shownAs: file, kind: request.kind)
        var warnings: [String] = []
        for table in tables {
            let (headerProblems, headerWarnings) = Self.checkHeader(table, file: file)
            problems += headerProblems
            warnings += headerWarnings
            problems += Self.duplicateKeys(table, file: file)
        }
        let identityRows = tables.filter { $0.kind == .witnesses }.flatMap(\.rows)
            .filter { row in IdentityField.allCases.contains { row.nonEmpty($0.column) != nil } }.count
        var passphrase = PassphraseSource.none
        if identityRows > 0 && problems.isEmpty {
            guard let given = try request.passphrase.passphrase() else {
                throw ImportError.passphraseNeeded(file: file, rows: identityRows)
            }
            passphrase = PassphraseSource { given }
            // A wrong passphrase is refused once, before any row, rather than on every witness.
            if try database.read({ db in try ProtectionRecord.fetchOne(db, key: 1) }) != nil {
                _ = try database.identityKey(given, creating: false)
            }
        }
        if tables.contains(where: { $0.kind == .evidence }) {
            return try importEvidence(tables, problems: problems, warnings: warnings, request: request)
        }
        let total = tables.reduce(0) { $0 + $1.rows.count }
        let context = ImportContext(file: file, handler: request.handler, passphrase: passphrase)
        context.problems = problems
        tables = tables.map { $0.kind == .actors ? Self.superiorsFirst($0) : $0 }
        let counts: [ImportCounts] = try database.inOneTransaction {
            var counts: [ImportCounts] = []
            var done = 0
            for table in tables {
                var count = ImportCounts(kind: table.kind)
                for row in table.rows {
                    if let outcome = context.attempt(row, column: "row", { try self.apply(row, kind: table.kind, context: context) }) {
                        switch outcome {
                        case .added: count.added += 1
                        case .updated: count.updated += 1
                        case .unchanged: count.unchanged += 1
                        }
                    }
                    done += 1
                    request.progress?(done, total)
                    if context.problems.count > ImportError.listedProblems * 4 { break }
                }
                if table.kind == .links { self.applyPendingDetails(context) }
                counts.append(count)
            }
            if !context.problems.isEmpty { throw context.failure }
            return counts
        }
        warnings += context.warnings
        if identityRows > 0 {
            warnings.append(
                "\(file) still holds \(identityRows) witness identit\(identityRows == 1 ? "y" : "ies") in clear; the case keeps them sealed, but the file does not: keep it as securely as the case, or destroy it.")
        }
        return ImportSummary(file: file, kinds: counts, warnings: warnings)
    }

    /// Missing required columns are problems; unknown columns are warnings and are ignored.
    static func checkHeader(_ table: ImportTable, file: String) -> ([ImportProblem], [String]) {
        var problems: [ImportProblem] = []
        var warnings: [String] = []
        for column in table.kind.required where !table.columns.contains(column) {
            problems.append(ImportProblem(
                file: file, line: 1, column: column,
                message: "is required in a file of \(table.kind.rawValue), but the header has no such column (it has: \(table.columns.joined(separator: ", ")))"))
        }
        for column in table.columns where !table.kind.columns.contains(column) && column != "id" {
            let suggestion = Suggestions.closest(to: column, among: table.kind.columns).first.map { " (did you mean \($0)?)" } ?? ""
            warnings.append("\(file):1: \(column): is not a column of \(table.kind.rawValue)\(suggestion); it was ignored.")
        }
        return (problems, warnings)
    }

    /// External ids used twice in one file.
    static func duplicateKeys(_ table: ImportTable, file: String) -> [ImportProblem] {
        var seen: [String: Int] = [:]
        var problems: [ImportProblem] = []
        for row in table.rows {
            guard let key = row.nonEmpty("external_id") else { continue }
            if let first = seen[key] {
                problems.append(ImportProblem(
                    file: file, line: row.line, column: "external_id",
                    message: "'\(key)' is already the external id of the record on line \(first); each record needs its own"))
            } else {
                seen[key] = row.line
            }
        }
        return problems
    }

    /// The actors ordered so that each comes after the superiors the file defines.
    static func superiorsFirst(_ table: ImportTable) -> ImportTable {
        var keyed: [String: Int] = [:]
        for (index, row) in table.rows.enumerated() {
            if let key = row.nonEmpty("external_id") { keyed[key] = index }
            if let id = row.nonEmpty("id") { keyed[id.uppercased()] = index }
        }
        var placed: Set<Int> = []
        var visiting: Set<Int> = []
        var order: [ImportRow] = []
        func place(_ index: Int) {
            if placed.contains(index) || visiting.contains(index) { return }
            visiting.insert(index)
            let row = table.rows[index]
            let refs = row.superiors?.map(\.ref) ?? row.nonEmpty("superior").map { [$0] } ?? []
            for ref in refs {
                if let superior = keyed[ref] ?? keyed[ref.uppercased()] { place(superior) }
            }
            visiting.remove(index)
            placed.insert(index)
            order.append(row)
        }
        for index in table.rows.indices { place(index) }
        var sorted = table
        sorted.rows = order
        return sorted
    }
}

/// Whether a row added a record, changed one, or found it as it was.
enum ImportOutcome { case added, updated, unchanged }

/// What an import has learnt so far: the records its rows made (by their keys in the file), and
/// the problems found.
final class ImportContext {
    let file: String
    let handler: Handler
    let passphrase: PassphraseSource
    var problems: [ImportProblem] = []
    var warnings: [String] = []
    /// Keys of the file (external ids, and in JSON the records' own ids) → the record in the case.
    var fileKeys: [RecordKind: [String: RecordID]] = [:]
    /// Allegation details from a JSON file, set once all its allegations exist.
    var pendingDetails: [(row: ImportRow, allegation: RecordID, details: AllegationDetails)] = []

    init(file: String, handler: Handler, passphrase: PassphraseSource) {
        self.file = file
        self.handler = handler
        self.passphrase = passphrase
    }

    var failure: ImportError {
        .problems(Array(problems.prefix(ImportError.listedProblems)), total: problems.count)
    }

    func problem(_ row: ImportRow, _ column: String, _ message: String) {
        problems.append(ImportProblem(file: file, line: row.line, column: column, message: message))
    }

    /// Runs one step of a row, recording a failure as a problem of `column` (or of the column the
    /// error names) instead of stopping the import.
    func attempt<T>(_ row: ImportRow, column: String, _ body: () throws -> T) -> T? {
        do {
            return try body()
        } catch let failure as ImportRowFailure {
            problem(row, failure.column, failure.message)
        } catch let failure as any CasebookFailure {
            problem(row, ImportColumns.column(for: failure) ?? column, failure.description)
        } catch {
            problem(row, column, "\(error)")
        }
        return nil
    }
}

/// A problem with one column of one row, found while reading it.
struct ImportRowFailure: Error {
    let column: String
    let message: String
}
