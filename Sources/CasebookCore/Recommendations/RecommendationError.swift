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
    /// No State under review given, and the shipped table does not know the source document.
    case noStateUnderReview(source: String)
    /// A State under review that is not an ISO 3166-1 alpha-2 code.
    case unknownStateUnderReview(String, suggestions: [String])
    /// A cycle that is not a positive whole number.
    case badCycle(String)
    /// No date the recommendation was made given, and the shipped table does not know the review.
    case noDateMade(source: String)
    /// A date made that is not one day.
    case badDateMade(String)
    /// Sources cited as evidence of implementation that speak only of what came before the
    /// recommendation was made.
    case olderThanRecommendation(citation: String, madeOn: String, sources: [DatedSource])
    /// A later source given as background, which documents would print as earlier events.
    case laterGivenAsBackground(citation: String, madeOn: String, sources: [DatedSource])
    /// One source both cited as evidence and given as background.
    case citedAndContext(RecordID)
    /// An assessment dated after today.
    case assessedInFuture(date: String, today: String)
    /// A date made after today.
    case dateMadeInFuture(String, today: String)
    /// A cycle that contradicts the source ("UPR 3 (2019), …") or the shipped table (nil: not a UPR document).
    case cycleContradicts(source: String, cycle: Int, known: Int?)
    /// An assessment dated before the recommendation was made.
    case assessedBeforeMade(citation: String, madeOn: String, date: String)

    public var category: FailureCategory { .badInput }

    /// The highest UPR cycle accepted: the first began in 2008, and each lasts about four and a half years.
    public static let highestCycle = 20

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
        case .noStateUnderReview(let source):
            "The register needs the State each recommendation was made to, and \(source) is not a review Casebook knows: give the State under review as its two-letter ISO code, for example KP."
        case .unknownStateUnderReview(let code, let suggestions):
            "'\(code)' is not a country code Casebook knows\(Self.didYouMean(suggestions)); give the State under review as its two-letter ISO code, for example KP."
        case .badCycle(let text):
            "'\(text)' is not a UPR cycle: give its number, from 1 to \(Self.highestCycle) (the third cycle is 3)."
        case .noDateMade(let source):
            "Casebook does not know when the recommendations of \(source) were made: give the date (YYYY-MM-DD), the Working Group report's adoption or the report's own date. Evidence older than a recommendation says nothing about its implementation, so the date is needed."
        case .badDateMade(let text):
            "'\(text)' is not a day: give the date the recommendation was made as YYYY-MM-DD."
        case .laterGivenAsBackground(let citation, let madeOn, let sources):
            "\(citation) was made on \(madeOn), and \(sources.map { "\($0.id) (\($0.dated))" }.joined(separator: ", ")) may speak of what came after it: cite \(sources.count == 1 ? "it" : "them") as evidence, not as background (background is what came before). Nothing was written."
        case .citedAndContext(let id):
            "\(id) is given both as evidence and as background; give it once. Nothing was written."
        case .assessedInFuture(let date, let today):
            "An assessment cannot speak for \(date), after today (\(today)). Nothing was written."
        case .dateMadeInFuture(let date, let today):
            "A recommendation cannot have been made on \(date), after today (\(today)). Nothing was written."
        case .cycleContradicts(let source, let cycle, let known):
            known.map { "\(source) is of UPR cycle \($0), not \(cycle); leave the cycle out or correct it. Nothing was written." }
                ?? "\(source) is not a UPR review, so its recommendations have no cycle; leave the cycle out. Nothing was written."
        case .assessedBeforeMade(let citation, let madeOn, let date):
            "\(citation) was made on \(madeOn), so an assessment of its implementation cannot speak for \(date): give a date on or after \(madeOn). Nothing was written."
        case .olderThanRecommendation(let citation, let madeOn, let sources):
            "\(citation) was made on \(madeOn), but \(sources.map { "\($0.id) (\($0.dated))" }.joined(separator: ", ")) \(sources.count == 1 ? "speaks" : "speak") only of what came before, so cannot show how it was implemented; cite \(sources.count == 1 ? "it" : "them") as background instead, or cite sources of later events. Nothing was written."
        }
    }

    private static func didYouMean(_ suggestions: [String]) -> String {
        suggestions.isEmpty ? "" : " (did you mean \(suggestions.joined(separator: " or "))?)"
    }
}
