import CasebookCore
import CasebookModel
import CasebookProtection
import CasebookStore
import Foundation

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
    /// The State under review for recommendation rows without one.
    var stateUnderReview: String?

    init(file: String, handler: Handler, passphrase: PassphraseSource) {
        self.file = file
        self.handler = handler
        self.passphrase = passphrase
    }

    var failure: ImportError {
        .problems(Array(problems.prefix(ImportError.listedProblems)), total: problems.count)
    }

    func problem(_ row: ImportRow, _ column: String, _ message: String, failure: (any CasebookFailure)? = nil) {
        problems.append(ImportProblem(file: file, line: row.line, column: column, message: message, failure: failure))
    }

    /// Runs one step of a row, recording a failure as a problem of `column` (or of the column the
    /// error names) instead of stopping the import.
    func attempt<T>(_ row: ImportRow, column: String, _ body: () throws -> T) -> T? {
        do {
            return try body()
        } catch let failure as ImportRowFailure {
            problem(row, failure.column, failure.message, failure: failure.failure)
        } catch let failure as any CasebookFailure {
            problem(row, ImportColumns.column(for: failure) ?? column, failure.description, failure: failure)
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
    /// The typed error the message words, for a front end to word it its own way.
    var failure: (any CasebookFailure)?

    init(column: String, message: String, failure: (any CasebookFailure)? = nil) {
        self.column = column
        self.message = message
        self.failure = failure
    }

    init(column: String, _ failure: any CasebookFailure) {
        self.init(column: column, message: failure.description, failure: failure)
    }
}
