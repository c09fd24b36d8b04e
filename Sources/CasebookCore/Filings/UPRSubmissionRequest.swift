import CasebookModel
import CasebookStore
import Foundation

/// What a UPR stakeholder submission covers: the State under review, the review (cycle and
/// session), who submits, the coverage window and the date it speaks as of.
public struct UPRSubmissionRequest: Sendable {
    /// The State under review, as an ISO 3166-1 alpha-2 code (KP).
    public var state: String
    /// The review the submission is for (4 for the fourth cycle).
    public var cycle: Int
    /// The Working Group session, as the team writes it (47, or "47th session, November 2024").
    public var session: String?
    /// A coalition submission: the partners are listed at the start and the word limit doubles.
    public var joint: Bool
    public var partners: [String]
    /// The coverage window (YYYY, YYYY-MM or YYYY-MM-DD); by default from the previous review to `asOf`.
    public var from: String?
    public var to: String?
    /// The submission's date (YYYY-MM-DD); nothing in it depends on the clock.
    public var asOf: String
    /// The day submissions for the session close (YYYY-MM-DD); a later as-of date is warned about.
    public var deadline: String? = nil
    /// Make the team's recommendations the SMART check found incomplete as well.
    public var includeUnsmart = false

    public init(
        state: String, cycle: Int, session: String? = nil, joint: Bool = false, partners: [String] = [], from: String? = nil,
        to: String? = nil, asOf: String
    ) {
        self.state = state
        self.cycle = cycle
        self.session = session
        self.joint = joint
        self.partners = partners
        self.from = from
        self.to = to
        self.asOf = asOf
    }

    /// The window in days: the one given, or from the previous review (the day its recommendations
    /// were made) to the as-of date: stakeholders report on what happened since. With no previous
    /// review known, the four years before the as-of date (OHCHR asks that facts not pre-date
    /// them). A `from` before the previous review is kept, with a warning for the team.
    func window(previousReview: String?) throws -> (start: String, end: String, warnings: [String]) {
        let given = try Case.period(from: from, to: to)
        let end = given.map { to == nil ? asOf : $0.end } ?? asOf
        let fallback = previousReview ?? Self.fourYearsBefore(end)
        let start = given.map { from == nil ? fallback : $0.start } ?? fallback
        if start > end { throw DossierError.reversedPeriod(from: from ?? start, to: to ?? end) }
        var warnings: [String] = []
        if from != nil, let previousReview, start < previousReview {
            warnings.append(
                "The period covered starts on \(start), before the previous review (\(previousReview)): stakeholders report on what happened since the previous review, and earlier facts were before the reviewers then."
            )
        }
        return (start, end, warnings)
    }

    /// "2024-11-01" → "2020-11-01" (29 February → 28 February).
    static func fourYearsBefore(_ day: String) -> String {
        guard let year = Int(day.prefix(4)) else { return day }
        var rest = String(day.dropFirst(4))
        if rest == "-02-29" { rest = "-02-28" }
        return String(format: "%04d", year - 4) + rest
    }
}
