import CasebookModel
import CasebookStore
import Foundation

/// The words of one top-level section of a submission, for the over-limit message.
public struct SectionWords: Codable, Sendable, Equatable {
    public let title: String
    public let words: Int

    public init(title: String, words: Int) {
        self.title = title
        self.words = words
    }
}

/// Why a UPR submission could not be built or written; each names the problem and what to do.
public enum UPRSubmissionError: CasebookFailure, Equatable {
    /// `--state` is not an ISO 3166-1 alpha-2 code.
    case unknownState(String, suggestions: [String])
    /// `--cycle` is zero or negative.
    case badCycle(Int)
    /// `--partners` without `--joint`, or `--joint` with no partner named.
    case partnersNeedJoint
    case jointNeedsPartners
    /// Nothing to report: no incident in that State in the window and no recommendation about it.
    case nothingToSubmit(state: String, from: String, to: String)
    /// A period covered that ends after the as-of date: the text cannot know what came later.
    case periodAfterAsOf(end: String, asOf: String)
    /// A deadline that is not one day.
    case badDeadline(String)
    /// `--word-limit` is zero or negative.
    case badWordLimit(Int)
    /// The submission is longer than the limit: nothing was written.
    case overWordLimit(words: Int, limit: Int, sections: [SectionWords])

    public var category: FailureCategory {
        switch self {
        case .overWordLimit: .checkFailed
        default: .badInput
        }
    }

    public var description: String {
        switch self {
        case .unknownState(let code, let suggestions):
            "'\(code)' is not a country code Casebook knows\(suggestions.isEmpty ? "" : " (did you mean \(suggestions.joined(separator: " or "))?)"); give the State under review as its two-letter ISO code, for example KP."
        case .badCycle(let cycle):
            "The review cycle must be from 1 to \(RecommendationError.highestCycle), not \(cycle); the fourth cycle is 4."
        case .partnersNeedJoint:
            "Partners are named only for a joint submission: make it joint, or leave out the partners."
        case .jointNeedsPartners:
            "A joint submission lists every organisation submitting it: name the partners."
        case .nothingToSubmit(let state, let from, let to):
            "There is nothing to submit about \(state): the case records no incident there between \(from) and \(to), and no recommendation about it (neither in the register nor of ours). Choose another State or window, or record the incidents and recommendations first."
        case .periodAfterAsOf(let end, let asOf):
            "The period covered ends on \(end), after the date the submission speaks as of (\(asOf)); end it on or before that date, or give a later as-of date."
        case .badDeadline(let text):
            "'\(text)' is not a day: give the submission deadline as YYYY-MM-DD (OHCHR publishes it for each session)."
        case .badWordLimit(let limit):
            "The word limit must be a positive number of words, not \(limit)."
        case .overWordLimit(let words, let limit, let sections):
            "\(Self.overLimit(words: words, limit: limit, sections: sections)). Shorten the longest sections, or write a draft anyway (its first page is then stamped)."
        }
    }

    /// The count, the limit and the words per section, longest first, without the full stop.
    package static func overLimit(words: Int, limit: Int, sections: [SectionWords]) -> String {
        "The submission has \(grouped(words)) words, over the limit of \(grouped(limit)) by \(grouped(words - limit)); nothing was written. Words per section, longest first: "
            + sections.sorted { $0.words != $1.words ? $0.words > $1.words : $0.title < $1.title }
            .map { "\($0.title) \(grouped($0.words))" }.joined(separator: "; ")
    }

    static func grouped(_ n: Int) -> String { Thousands.grouped(n) }
}
