import CasebookModel
import CasebookStore
import Foundation

/// Where each recommendation of the register stands, source by source ("ten years after the
/// Commission of Inquiry: what was done"): counts by the State's response and by the team's
/// latest assessment, every recommendation with its evidence, and the assessments a reader
/// should not yet rely on (those that cite no evidence, and recommendations never assessed).
public struct ProgressReport: Codable, Sendable, Equatable {
    public let title: String
    public let organization: String?
    /// The as-of date, YYYY-MM-DD.
    public let date: String
    /// The source asked for (`--source`), nil for the whole register.
    public let only: String?
    public let sources: [ProgressSource]

    /// Every evidence item cited, for the custody log's `accessed` events.
    public var citedEvidence: [RecordID] {
        Array(Set(sources.flatMap { $0.rows.flatMap { $0.citations.flatMap(\.sources) } }.filter { $0.kind == .evidence }))
            .sorted(by: Case.ordered)
    }
}

/// One source document of the register (a Working Group report, a commission's report).
public struct ProgressSource: Codable, Sendable, Equatable {
    /// As the register gives it, "UPR 3 (2019), A/HRC/42/10".
    public let source: String
    /// "supported" → 3, …; "no formal response" for a commission's recommendations.
    public let byResponse: [KindCount]
    /// "not-implemented" → 5, …, "not assessed".
    public let byStatus: [KindCount]
    public let rows: [ProgressRow]
    /// Recommendations whose latest assessment cites no evidence.
    public let withoutEvidence: [ProgressRow]
    public let neverAssessed: [ProgressRow]
}

/// One recommendation as the report's table shows it.
public struct ProgressRow: Codable, Sendable, Equatable {
    public let id: RecordID
    /// "126.45 (Chile), A/HRC/42/10".
    public let citation: String
    public let text: String
    public let response: RecommendationResponse?
    public let status: ImplementationStatus?
    public let assessedOn: String?
    public let note: String?
    /// The latest assessment's sources (testimony only with the witness's consent to public use).
    public let citations: [DossierCitation]
    public let withheld: Int
    /// How many sources of events after the recommendation the latest assessment cites, cited or withheld.
    public let sourceCount: Int
    /// Sources of events before the recommendation was made: background, never evidence of its implementation.
    public var background: [DossierCitation] = []
}
