import CasebookModel
import CasebookStore
import Foundation

/// Everything a UPR stakeholder submission says, gathered from the case in one pass before any
/// rendering, so the Markdown, HTML and Word files cannot disagree and a test can check the
/// content (and the word count) without parsing a document.
///
/// The review looks at two things (HRC resolution 16/21): how the State implemented the
/// recommendations it received, and what happened since. So the submission follows up each
/// previous recommendation with the team's latest assessment and its evidence, reports the
/// incidents of the coverage window, and proposes the team's own recommendations. Testimony is
/// cited only with the witness's consent to UPR or public use; the rest is counted.
public struct UPRSubmission: Codable, Sendable, Equatable {
    public var cover: UPRCover
    public let summary: UPRSummary
    public let methodology: UPRMethodology
    /// Previous recommendations grouped by theme (each under its first theme), themes in alphabetical order.
    public let followUp: [UPRThemeFollowUp]
    /// Incidents in the State in the coverage window, oldest first.
    public let developments: [UPRDevelopment]
    /// The team's recommendations for this review (`upr recommend`) that the submission makes.
    public let recommendations: [UPRProposal]
    /// What the team needs to know and the document does not say.
    public var team = UPRTeamNotes()

    /// Every source an endnote cites, each once, in id order.
    public var citedSources: [RecordID] {
        let all =
            followUp.flatMap { $0.items.flatMap { $0.citations + $0.background } } + developments.flatMap(\.citations)
        return Array(Set(all.flatMap(\.sources))).sorted(by: Case.ordered)
    }

    /// Every evidence item an endnote cites, for the custody log's `accessed` events.
    public var citedEvidence: [RecordID] { citedSources.filter { $0.kind == .evidence } }
}

/// The cover block: who submits, about which State and review. It does not count towards the word limit.
public struct UPRCover: Codable, Sendable, Equatable {
    public let stateCode: String
    public let stateName: String
    public let cycle: Int
    public let session: String?
    /// The submitting organisation first, then the partners of a joint submission.
    public let organizations: [UPROrganization]
    public let joint: Bool
    public let contact: String?
    public let windowStart: String
    public let windowEnd: String
    /// The as-of date, YYYY-MM-DD: what the text knows, not the day it is filed.
    public let date: String
    /// The previous review the window starts from: its cycle and the day its recommendations were made.
    public var previousCycle: Int? = nil
    public var previousReview: String? = nil
    /// Set by the writer: the words counted and the limit, e.g. "2,104 of 2,815".
    public var wordCount: String?
    /// Set by the writer: whether the count includes the endnotes (false: the body alone).
    public var countsEndnotes = true
    /// Set by the writer when a draft over the limit is written anyway.
    public var overLimitStamp: String?
}

/// An organisation on the cover, with a line about it.
public struct UPROrganization: Codable, Sendable, Equatable {
    public let name: String
    /// What it does (the case fact `organization-description` for the submitting organisation).
    public let line: String?
}

/// The figures the executive summary states, and the key words OHCHR asks for.
public struct UPRSummary: Codable, Sendable, Equatable {
    /// The recommendations the State received at its previous review, as the register holds them.
    public let received: Int
    /// Those the team assessed, which the submission follows up.
    public let followedUp: Int
    /// Follow-up by the latest assessment: "not-implemented" → 4, …; "not assessed" for none.
    public let byStatus: [KindCount]
    public let incidents: Int
    public let victims: Int
    public let victimsEstimated: Bool
    public let proposals: Int
    /// The themes of the recommendations followed up and proposed, lower-case, alphabetical.
    public let keywords: [String]
}

/// How the information was gathered, counted from the case.
public struct UPRMethodology: Codable, Sendable, Equatable {
    public let testimonies: Int
    public let witnesses: Int
    public let evidenceItems: Int
    public let testimoniesCited: Int
    public let testimoniesWithheld: Int
    /// How the incidents reported are supported, weighed against the team's standard of proof.
    public var weighing: UPRIncidentWeighing? = nil
}

/// The incidents a submission reports, counted by the weight of the sources for the conduct each
/// is alleged to be (the first element of its crime, as the matrix and the dossier weigh it): a
/// UPR summary has no room for elements, but the secretariat weighs how well each fact is sourced.
public struct UPRIncidentWeighing: Codable, Sendable, Equatable {
    public let rule: ProofRule
    public let incidents: Int
    /// Incidents whose conduct is supported to the standard.
    public let meetingTheStandard: Int
    /// Incidents whose conduct rests on one independent source.
    public let singleSource: Int
    /// Incidents whose conduct has sources, none of them first-hand.
    public let noFirstHand: Int
    /// Incidents with no source for the conduct yet.
    public let noSource: Int

    /// `conduct`: for each incident, the best weighing of the conduct element among its
    /// allegations (nil when none has a source).
    public init(rule: ProofRule, conduct: [Corroboration?]) {
        self.rule = rule
        let weights = conduct.compactMap { $0 }.filter { $0.status != .gap }
        incidents = conduct.count
        meetingTheStandard = weights.filter { $0.status == .meets }.count
        singleSource = weights.filter { $0.groups.count == 1 }.count
        noFirstHand = weights.filter { $0.firstHandGroups == 0 }.count
        noSource = conduct.count - weights.count
    }

    /// The strongest of several weighings: one that meets the standard, then the most independent
    /// sources, then the most first-hand ones.
    public static func strongest(_ weights: [Corroboration]) -> Corroboration? {
        weights.max { a, b in
            (a.status == .meets ? 1 : 0, a.groups.count, a.firstHandGroups) < (
                b.status == .meets ? 1 : 0, b.groups.count, b.firstHandGroups
            )
        }
    }
}

/// The previous recommendations on one theme.
public struct UPRThemeFollowUp: Codable, Sendable, Equatable {
    public let theme: String
    public let items: [UPRFollowUpItem]
}

/// One previous recommendation, how the State responded, and the team's latest assessment.
public struct UPRFollowUpItem: Codable, Sendable, Equatable {
    public let id: RecordID
    /// "126.45 (Chile)".
    public let citation: String
    /// The Working Group report's symbol, "A/HRC/42/10".
    public let document: String
    /// The recommendation's text, for the annex.
    public let text: String
    public let response: RecommendationResponse?
    public let status: ImplementationStatus?
    public let assessedOn: String?
    public let note: String?
    /// The assessment's sources of events after the recommendation was made, as endnotes
    /// (testimony only with the witness's consent).
    public let citations: [DossierCitation]
    /// Testimonies the assessment rests on that cannot be cited.
    public let withheld: Int
    /// Sources older than the recommendation: background, never evidence of its implementation.
    public var background: [DossierCitation] = []
}

/// One incident of the coverage window: a new development since the last review.
public struct UPRDevelopment: Codable, Sendable, Equatable {
    public let id: RecordID
    public let title: String
    public let date: String
    public let place: String?
    public let victims: Int?
    public let victimsEstimated: Bool
    public let victimGroup: String?
    public let description: String?
    public let citations: [DossierCitation]
    public let withheld: Int
}

/// One of the team's recommendations, with what the SMART check found (for the team, not the document).
public struct UPRProposal: Codable, Sendable, Equatable {
    public let id: String
    public let theme: String
    public let text: String
    /// "as recommended previously (126.45, Chile)", or "as the Commission of Inquiry recommended
    /// (A/HRC/25/63 para. 89(s))" for a recommendation made outside the UPR.
    public let follows: String?
    public let smartFindings: [String]
}

/// What the team learns from writing a submission that the submission itself does not say.
public struct UPRTeamNotes: Codable, Sendable, Equatable {
    /// Incidents in the State that ended before the window (before the previous review): left out.
    public var incidentsBeforeWindow = 0
    /// The team's recommendations left out because the SMART check found parts missing.
    public var leftOut: [UPRProposal] = []
    /// Things to check before filing: the window, the deadline, the register.
    public var warnings: [String] = []
    /// Which records each endnote stands for, in the order the endnotes appear.
    public var endnoteSources: [UPREndnoteSource] = []
}

/// One endnote's words and the records behind them, for the custody log.
public struct UPREndnoteSource: Codable, Sendable, Equatable {
    public let text: String
    public let sources: [RecordID]
}
