import CasebookModel
import CasebookStore
/// The State's response to a UPR recommendation, as the Working Group report or its addendum gives it.
///
/// The Council's practice knows two (`supported`, `noted`); some States still answer "partially
/// supported", so it is kept as its own value rather than forced into one of the two. A
/// commission of inquiry's recommendations get no formal response: theirs is absent (nil).
public enum RecommendationResponse: String, CaseIterable, Codable, Sendable {
    case supported, noted
    case partiallySupported = "partially-supported"

    /// Parses a response word, suggesting the allowed ones when it is not one of them.
    public static func parse(_ text: String) throws(RecommendationError) -> RecommendationResponse {
        let word = text.trimmingCharacters(in: .whitespaces).lowercased()
        if let response = RecommendationResponse(rawValue: word) { return response }
        throw .unknownResponse(text, suggestions: Suggestions.closest(to: word, among: allCases.map(\.rawValue)))
    }
}

/// How far a recommendation was implemented, in the team's assessment.
public enum ImplementationStatus: String, CaseIterable, Codable, Sendable {
    case notImplemented = "not-implemented"
    case partiallyImplemented = "partially-implemented"
    case implemented
    case unclear

    /// Parses a status word, suggesting the allowed ones when it is not one of them.
    public static func parse(_ text: String) throws(RecommendationError) -> ImplementationStatus {
        let word = text.trimmingCharacters(in: .whitespaces).lowercased()
        if let status = ImplementationStatus(rawValue: word) { return status }
        throw .unknownStatus(text, suggestions: Suggestions.closest(to: word, among: allCases.map(\.rawValue)))
    }
}
