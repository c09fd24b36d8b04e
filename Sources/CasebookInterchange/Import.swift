import CasebookCore
import CasebookModel
import CasebookProtection
import CasebookStore
import Foundation

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
    /// The State under review for recommendation rows that do not name one (ISO code).
    public var stateUnderReview: String?

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

extension Case {
    /// Imports a CSV or JSON file all or nothing: every row is checked and written through the
    /// same methods as the commands one record at a time (so updates land in the history), in one
    /// transaction; any problem rolls it all back and is reported as `FILE:LINE: column: problem`.
    public func importFile(_ request: ImportRequest) throws -> ImportSummary {
        let file = request.path
        var (tables, problems) = try ImportReader.read(request.path, shownAs: file, kind: request.kind)
        var warnings: [String] = []
        for table in tables {
            warnings += table.matched.map { "\(file):1: \"\($0.given)\" was read as the column \($0.column)." }
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
            // The import holds the key it derives, so scrypt runs once, not once per witness.
            passphrase = PassphraseSource(remembering: given)
            // A wrong passphrase is refused once, before any row, rather than on every witness.
            // A weak one that would become the case's passphrase, likewise.
            if try database.readTransaction({ tx in try tx.fetchOne(ProtectionRecord.self, key: 1) }) != nil {
                _ = try database.identityKey(given, creating: false, keys: passphrase.keys)
            } else {
                try PassphraseStrength.check(given)
            }
        }
        if tables.contains(where: { $0.kind == .evidence }) {
            return try importEvidence(tables, problems: problems, warnings: warnings, request: request)
        }
        let total = tables.reduce(0) { $0 + $1.rows.count }
        let context = ImportContext(file: file, handler: request.handler, passphrase: passphrase)
        context.stateUnderReview = request.stateUnderReview
        context.problems = problems
        tables = tables.map { $0.kind == .actors ? Self.superiorsFirst($0) : $0 }
        let counts: [ImportCounts] = try database.inOneTransaction { batchDatabase in
            // The case bound to the one transaction: every write below joins it.
            let batch = Case(workspace, database: batchDatabase)
            var counts: [ImportCounts] = []
            var done = 0
            for table in tables {
                var count = ImportCounts(kind: table.kind)
                for row in table.rows {
                    let failures = ImportChecks.problems(row, table.kind)
                    if !failures.isEmpty {
                        for failure in failures { context.problem(row, failure.column, failure.message, failure: failure.failure) }
                        done += 1
                        continue
                    }
                    if let outcome = context.attempt(
                        row, column: "row", { try batch.apply(row, kind: table.kind, context: context) })
                    {
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
                if table.kind == .links { batch.applyPendingDetails(context) }
                counts.append(count)
            }
            if !context.problems.isEmpty { throw context.failure }
            return counts
        }
        warnings += context.warnings
        if identityRows > 0 {
            warnings.append(
                "\(file) still holds \(identityRows) witness identit\(identityRows == 1 ? "y" : "ies") in clear; the case keeps them sealed, but the file does not: keep it as securely as the case, or destroy it."
            )
        }
        return ImportSummary(file: file, kinds: counts, warnings: warnings)
    }

    /// Missing required columns are problems; unknown columns are warnings and are ignored.
    static func checkHeader(_ table: ImportTable, file: String) -> ([ImportProblem], [String]) {
        var problems: [ImportProblem] = []
        var warnings: [String] = []
        for column in table.kind.required where !table.columns.contains(column) {
            problems.append(
                ImportProblem(
                    file: file, line: 1, column: column,
                    message:
                        "is required in a file of \(table.kind.rawValue), but the header has no such column (it has: \(table.columns.joined(separator: ", ")))"
                ))
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
                problems.append(
                    ImportProblem(
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
