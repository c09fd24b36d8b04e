import CasebookCore
import CasebookModel
import CasebookProtection
import CasebookStore
import Foundation

/// The checks of each column that need no other record, run on a row before it is written so
/// that a row with several bad columns has each of them listed. The same validators as the
/// commands use; what depends on other records (references, a pseudonym already used) is found
/// when the row is written.
enum ImportChecks {
    /// Every problem of the row's own columns.
    static func problems(_ row: ImportRow, _ kind: ImportKind) -> [ImportRowFailure] {
        var failures: [ImportRowFailure] = []
        func check(_ column: String, _ body: (String) throws -> Void) {
            guard let value = row[column] else { return }
            do {
                try body(value)
            } catch let failure as ImportRowFailure {
                failures.append(failure)
            } catch {
                failures.append(ImportRowFailure(column: column, message: "\(error)", failure: error as? any CasebookFailure))
            }
        }
        func required(_ column: String, _ label: String) {
            check(column) { value in
                if value.isEmpty { throw ImportRowFailure(column: column, message: "is empty; the \(label) is required") }
            }
        }
        func whole(_ column: String, year label: String? = nil) {
            check(column) { _ in
                let value = try Case.integer(row, column)
                if let label { _ = try Validate.year(value, label) }
            }
        }
        func date(_ column: String) { check(column) { _ in _ = try Case.date(row, column) } }
        switch kind {
        case .witnesses:
            required("pseudonym", "pseudonym")
            check("sex") { _ = try AppDatabase.checkSex($0) }
            whole("birth_year", year: "birth year")
            whole("left", year: "year of leaving")
            check("consent") { _ = try ConsentScope.parseList($0) }
            check("born") { value in if !value.isEmpty { try AppDatabase.checkIdentityValue(.born, value) } }
        case .testimonies:
            date("date")
        case .incidents:
            required("title", "incident title")
            date("date")
            check("country") { _ = try AppDatabase.checkCountry($0) }
            check("latitude") { _ in _ = try Case.decimal(row, "latitude") }
            check("longitude") { _ in _ = try Case.decimal(row, "longitude") }
            check("victims") { _ in try AppDatabase.checkVictims(try Case.integer(row, "victims")) }
            check("victims_estimated") { _ in _ = try Case.flag(row, "victims_estimated") }
        case .actors:
            required("name", "actor name")
            check("kind") { value in if !value.isEmpty { _ = try ActorKind.parse(value) } }
            check("nationality") { _ = try AppDatabase.checkCountry($0) }
        case .links:
            check("crime") { _ = try RomeStatute.crime($0) }
            check("mode") { value in if !value.isEmpty { _ = try RomeStatute.mode(value) } }
        case .attacks:
            required("title", "attack title")
            check("period") { value in if !value.isEmpty { _ = try DateSpan(parsing: value) } }
        case .recommendations:
            required("source", "source document")
            required("number", "recommendation number")
            required("state", "recommending State")
            required("text", "recommendation text")
            check("text") { try RecommendationError.checkLength($0) }
            check("response") { value in if !value.isEmpty { _ = try RecommendationResponse.parse(value) } }
        case .assessments:
            required("source", "source document")
            required("number", "recommendation number")
            check("status") { _ = try ImplementationStatus.parse($0) }
            date("date")
        case .ourRecommendations:
            required("text", "recommendation text")
            required("theme", "theme")
        case .evidence:
            break
        }
        return failures
    }
}
