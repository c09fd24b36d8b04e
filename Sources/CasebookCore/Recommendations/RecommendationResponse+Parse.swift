import CasebookModel
import Foundation

extension RecommendationResponse {
    /// Parses a response word, suggesting the allowed ones when it is not one of them.
    public static func parse(_ text: String) throws(RecommendationError) -> RecommendationResponse {
        let word = text.trimmingCharacters(in: .whitespaces).lowercased()
        if let response = RecommendationResponse(rawValue: word) { return response }
        throw .unknownResponse(text, suggestions: Suggestions.closest(to: word, among: allCases.map(\.rawValue)))
    }
}
