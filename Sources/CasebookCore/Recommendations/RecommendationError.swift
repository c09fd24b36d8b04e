import CasebookModel
import CasebookStore

/// Input about the recommendations register that cannot be accepted. Nothing is written when one is thrown.
public enum RecommendationError: CasebookFailure, Equatable {
    /// A response word that is not supported, noted or partially-supported.
    case unknownResponse(String, suggestions: [String])
    /// A status word that is not one of the four assessments.
    case unknownStatus(String, suggestions: [String])
    /// A recommendation text longer than the register keeps.
    case textTooLong(characters: Int)
    /// A source cited for an assessment that is not a testimony, evidence item or incident.
    case notAnAssessmentSource(RecordID)
    /// No recommendation has this number in this source document.
    case notInRegister(source: String, number: String)

    public var category: FailureCategory { .badInput }

    /// The longest recommendation text kept, in characters.
    public static let maximumText = 5_000

    /// Refuses a text over the limit. Characters are counted as Unicode code points, as the
    /// database's own check counts them, so a text the check accepts is never refused by SQLite.
    package static func checkLength(_ text: String) throws(RecommendationError) {
        let characters = text.unicodeScalars.count
        if characters > maximumText { throw .textTooLong(characters: characters) }
    }

    public var description: String {
        switch self {
        case .unknownResponse(let word, let suggestions):
            "'\(word)' is not a response Casebook knows\(Self.didYouMean(suggestions)); write supported, noted or partially-supported (or leave it out for a commission's recommendation)."
        case .unknownStatus(let word, let suggestions):
            "'\(word)' is not an assessment Casebook knows\(Self.didYouMean(suggestions)); write not-implemented, partially-implemented, implemented or unclear."
        case .textTooLong(let characters):
            "The recommendation text has \(characters) characters, more than the 5,000 kept; give the text of the recommendation alone (put commentary in an assessment note). Nothing was written."
        case .notAnAssessmentSource(let id):
            "An assessment cites testimonies (T-n), evidence items (E-n) or incidents (I-n), but \(id) is \(id.kind.nounWithArticle)."
        case .notInRegister(let source, let number):
            "There is no recommendation \(number) of \(source) in the register."
        }
    }

    private static func didYouMean(_ suggestions: [String]) -> String {
        suggestions.isEmpty ? "" : " (did you mean \(suggestions.joined(separator: " or "))?)"
    }
}
