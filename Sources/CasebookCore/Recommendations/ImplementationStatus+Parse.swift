import CasebookModel
import Foundation

extension ImplementationStatus {
    /// Parses a status word, suggesting the allowed ones when it is not one of them.
    public static func parse(_ text: String) throws(RecommendationError) -> ImplementationStatus {
        let word = text.trimmingCharacters(in: .whitespaces).lowercased()
        if let status = ImplementationStatus(rawValue: word) { return status }
        throw .unknownStatus(text, suggestions: Suggestions.closest(to: word, among: allCases.map(\.rawValue)))
    }
}
