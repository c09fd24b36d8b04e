import CasebookModel
import CasebookStore
import Foundation

/// Normalising and checking of typed values, shared by every kind of record.
package enum Validate {
    /// Trimmed text that must not be empty.
    static func required(_ value: String, _ field: String) throws(RecordError) -> String {
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw .emptyField(field) }
        return trimmed
    }

    /// Trimmed text, or nil when absent or blank.
    package static func optional(_ value: String?) -> String? {
        guard let trimmed = value?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else {
            return nil
        }
        return trimmed
    }

    /// A year between 1900 and the current year.
    package static func year(_ value: Int?, _ field: String) throws(RecordError) -> Int? {
        guard let value else { return nil }
        let current = Calendar(identifier: .gregorian).component(.year, from: Date())
        guard (1900...current).contains(value) else {
            throw .invalidValue(field: field, value: String(value), accepted: "give a year between 1900 and \(current)")
        }
        return value
    }
}
