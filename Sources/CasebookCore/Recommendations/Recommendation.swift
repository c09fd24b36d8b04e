import CasebookModel
import CasebookStore

/// A recommendation of the register, with every assessment of it, oldest first.
///
/// What a submission and a progress report need for each recommendation: how to cite it, the
/// State's response, and the team's latest assessment with the sources it rests on.
public struct Recommendation: Codable, Sendable, Equatable {
    public let id: RecordID
    /// The source document exactly as given ("UPR 3 (2019), A/HRC/42/10", "A/HRC/25/63").
    public let source: String
    /// The number exactly as given ("126.45", "89(b)").
    public let number: String
    /// The recommending State, or the body for a commission's recommendations.
    public let state: String
    public let text: String
    /// Nil for a recommendation no State formally answered (a commission of inquiry's).
    public let response: RecommendationResponse?
    public let themes: [String]
    /// A remark on the record itself, for example that the text is paraphrased.
    public let note: String?
    /// "126.45 (Chile), A/HRC/42/10".
    public let citation: String
    /// The State the recommendation was made to (KP); nil for a record kept from before the
    /// register knew it, until it is given again.
    public var stateUnderReview: String? = nil
    /// The UPR cycle it was made in; nil for a commission's or a treaty body's recommendation.
    public var cycle: Int? = nil
    /// The day it was made (YYYY-MM-DD): nothing before it is evidence of its implementation.
    public var madeOn: String? = nil
    /// Every assessment, oldest first (the last is the current one).
    public internal(set) var assessments: [Assessment]
    /// Every change a later add or import of the same source and number made, oldest first.
    public let changes: [HistoryEntry]

    /// The newest assessment, the one a document reports; nil when none was made.
    public var latestAssessment: Assessment? { assessments.last }

    /// The register as it stood on `date` (YYYY-MM-DD): only the assessments dated that day or
    /// before. A document dated `date` then never reports a later assessment, and writing it again
    /// with the same date gives the same file even after the team has assessed again.
    func asOf(_ date: String) -> Recommendation {
        var recommendation = self
        recommendation.assessments = assessments.filter { $0.date <= date }
        return recommendation
    }
}

/// One dated assessment of a recommendation's implementation, by a handler, with its sources.
public struct Assessment: Codable, Sendable, Equatable {
    public let status: ImplementationStatus
    public let note: String?
    /// The day the assessment speaks for (YYYY-MM-DD).
    public let date: String
    public let handler: String
    /// The testimonies, evidence items and incidents it rests on; empty when it cites none.
    public let sources: [AssessmentSource]
}

/// A source an assessment cites, with a label for people.
public struct AssessmentSource: Codable, Sendable, Equatable {
    public let id: RecordID
    /// "testimony of Witness A, 2019-05-03", "evidence item photo.jpg", "incident Interrogation…".
    public let label: String
    /// Cited as background: it is older than the recommendation, so it says nothing of its implementation.
    public var background: Bool = false
}

/// The fields of `recommendation add` and of an import row.
public struct RecommendationInput: Sendable, Equatable {
    public var source: String
    public var number: String
    public var state: String
    public var text: String
    /// The response word as typed; nil or empty for none.
    public var response: String?
    /// The themes as typed, comma- or semicolon-separated.
    public var themes: String?
    public var note: String?
    /// The State under review as typed (KP); nil to take it from the shipped table of reviews.
    public var stateUnderReview: String?
    /// The UPR cycle as typed; nil to take it from the source ("UPR 3 (2019), …") or the table.
    public var cycle: String?
    /// The day the recommendation was made (YYYY-MM-DD); nil to take it from the table.
    public var madeOn: String?

    public init(
        source: String, number: String, state: String, text: String, response: String? = nil, themes: String? = nil,
        note: String? = nil, stateUnderReview: String? = nil, cycle: String? = nil, madeOn: String? = nil
    ) {
        self.source = source
        self.number = number
        self.state = state
        self.text = text
        self.response = response
        self.themes = themes
        self.note = note
        self.stateUnderReview = stateUnderReview
        self.cycle = cycle
        self.madeOn = madeOn
    }
}

/// Whether saving a recommendation added it, changed it, or found it as it was.
public enum SaveOutcome: String, Codable, Sendable {
    case added, updated, unchanged
}

/// A saved recommendation and what saving it did.
public struct SavedRecommendation: Codable, Sendable, Equatable {
    public let outcome: SaveOutcome
    /// The fields this save changed, in words ("response", "themes"); empty unless updated.
    public let changed: [String]
    public let recommendation: Recommendation
}

/// Which recommendations `recommendation list` shows; nil fields do not filter.
public struct RecommendationFilter: Sendable, Equatable {
    public var source: String?
    public var theme: String?
    public var response: String?

    public init(source: String? = nil, theme: String? = nil, response: String? = nil) {
        self.source = source
        self.theme = theme
        self.response = response
    }
}

/// An assessment to record with `recommendation assess`.
public struct NewAssessment: Sendable, Equatable {
    public var recommendation: RecordID
    public var status: String
    public var note: String?
    /// The day it speaks for; nil means today.
    public var date: String?
    /// T-n, E-n and I-n ids: evidence of what happened since the recommendation was made.
    public var sources: [RecordID]
    /// Sources older than the recommendation, cited as background only.
    public var context: [RecordID]

    public init(
        recommendation: RecordID, status: String, note: String? = nil, date: String? = nil, sources: [RecordID] = [],
        context: [RecordID] = []
    ) {
        self.recommendation = recommendation
        self.status = status
        self.note = note
        self.date = date
        self.sources = sources
        self.context = context
    }
}
