import CasebookModel
import CasebookStore
import Foundation

/// One of the case-level facts the documents need, by the name `casebook case set` takes.
///
/// An art. 15 communication opens with who sends it and how to reach them, names the situation
/// and the period, and argues admissibility (complementarity, gravity) before its requests; the
/// team records each once, here, instead of in every document.
public enum CaseFact: String, CaseIterable, Sendable, Codable {
    case title
    case organization
    case organizationDescription = "organization-description"
    case contact
    case situation
    case period
    case complementarity
    case gravity
    case requests
    case confidentiality
    case standard
    case contactChannel = "contact-channel"
    case victimsViews = "victims-views"
    case uprDeadline = "upr-deadline"
    case thresholdReasonableBasis = "threshold.reasonable-basis"
    case thresholdReasonableGrounds = "threshold.reasonable-grounds"
    case thresholdSubstantialGrounds = "threshold.substantial-grounds"
    case thresholdBeyondReasonableDoubt = "threshold.beyond-reasonable-doubt"

    /// The name typed after `case set`, such as `organization-description`.
    public var key: String { rawValue }

    /// The fact in the users' words, for messages and the history ("organisation's description").
    public var label: String {
        switch self {
        case .title: "case title"
        case .organization: "organisation"
        case .organizationDescription: "organisation's description"
        case .contact: "contact"
        case .situation: "situation"
        case .period: "period covered"
        case .complementarity: "complementarity notes"
        case .gravity: "gravity notes"
        case .requests: "requests to the Prosecutor"
        case .confidentiality: "confidentiality notice"
        case .standard: "standard of proof"
        case .contactChannel: "channel for contacting witnesses"
        case .victimsViews: "victims' views"
        case .uprDeadline: "UPR submission deadline"
        default: "threshold for \(thresholdStandard?.name ?? "?")"
        }
    }

    /// One line of plain-English help, as `case set --help` lists it.
    public var help: String {
        switch self {
        case .title: "The case's title, on every document's cover (cannot be cleared)."
        case .organization: "The organisation filing the case."
        case .organizationDescription: "Who the organisation is and what it does, in a few sentences."
        case .contact: "How the Prosecutor's office can reach the team (a contact point, not a witness)."
        case .situation: "The situation's name, for example \"Democratic People's Republic of Korea\"."
        case .period: "The period the case covers: a date or a range such as 1990/2024."
        case .complementarity: "Domestic proceedings about these crimes, or their absence (art. 17)."
        case .gravity: "Notes on the gravity of the crimes: scale, nature, manner, impact (art. 17(1)(d))."
        case .requests: "What the team asks of the Prosecutor, for example to open a preliminary examination."
        case .confidentiality: "The confidentiality notice printed on the documents."
        case .contactChannel:
            "How the Prosecutor's office may reach a witness who agreed to be contacted (icc-contact): through whom in the team, never the witness's own details."
        case .victimsViews:
            "The victims' wish to make representations if the Prosecutor seeks to investigate (art. 15(3), rule 50), as the dossier's requests state it."
        case .uprDeadline:
            "The day submissions for the next UPR session close (YYYY-MM-DD), as OHCHR publishes it: a submission speaking as of a later day is warned about."
        case .standard:
            "The standard of proof the team works to, which the matrix and the documents weigh each element against: reasonable-basis, reasonable-grounds (the default), substantial-grounds or beyond-reasonable-doubt."
        default:
            "What an element needs to meet \(thresholdStandard?.name ?? "?"), instead of the default \"\(thresholdStandard?.threshold.description ?? "")\"; terms left out take the default."
        }
    }

    /// The standard whose threshold this fact sets, for the `threshold.…` facts.
    public var thresholdStandard: ProofStandard? {
        switch self {
        case .thresholdReasonableBasis: .reasonableBasis
        case .thresholdReasonableGrounds: .reasonableGrounds
        case .thresholdSubstantialGrounds: .substantialGrounds
        case .thresholdBeyondReasonableDoubt: .beyondReasonableDoubt
        default: nil
        }
    }

    /// What applies while the fact is not set, for `case show`; nil when nothing does.
    public var whenNotSet: String? {
        switch self {
        case .standard: "\(ProofRule.standardDefault.standard.rawValue) applies"
        default: thresholdStandard.map { "the default applies: \($0.threshold)" }
        }
    }

    /// Whether the fact can be cleared with an empty value (every one but the title).
    public var isOptional: Bool { self != .title }

    /// The fact a typed name means: its key, in any case, with "organisation" spelled either way.
    public static func parse(_ text: String) throws(CaseFactError) -> CaseFact {
        let typed = text.trimmingCharacters(in: .whitespaces).lowercased().replacingOccurrences(of: "_", with: "-")
            .replacingOccurrences(of: "organisation", with: "organization")
        guard let fact = CaseFact(rawValue: typed) else {
            throw .unknownField(text, suggestions: Suggestions.closest(to: typed, among: allCases.map(\.key)))
        }
        return fact
    }
}
