import CasebookModel
import CasebookStore

/// A recommendation the team proposes for the next review, with its SMART check.
public struct OurRecommendation: Codable, Sendable, Equatable {
    /// "OR-n": our recommendations are numbered apart from the register's R-n.
    public let id: String
    public let number: Int64
    public let text: String
    public let theme: String
    /// The earlier recommendation it repeats or builds on.
    public let follows: RecordID?
    /// "as recommended previously (126.45, Chile)", when it follows one.
    public let followsCitation: String?
    public let smart: SMARTCheck
    public let handler: String
    /// The State it is for: the one given, else the State the followed recommendation was made
    /// to; nil when neither is known (then every State's submission makes it, with a warning).
    public var stateUnderReview: String? = nil
}

/// What `upr recommend` was given.
public struct NewOurRecommendation: Sendable, Equatable {
    public var text: String
    public var theme: String
    public var follows: RecordID?
    /// The State it is for, as typed (KP); nil for the State of the recommendation it follows.
    public var stateUnderReview: String? = nil

    public init(text: String, theme: String, follows: RecordID? = nil) {
        self.text = text
        self.theme = theme
        self.follows = follows
    }
}
