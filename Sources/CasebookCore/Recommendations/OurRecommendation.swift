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
}

/// What `upr recommend` was given.
public struct NewOurRecommendation: Sendable, Equatable {
    public var text: String
    public var theme: String
    public var follows: RecordID?

    public init(text: String, theme: String, follows: RecordID? = nil) {
        self.text = text
        self.theme = theme
        self.follows = follows
    }
}
