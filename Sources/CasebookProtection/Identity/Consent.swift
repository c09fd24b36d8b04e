import CasebookModel
import Foundation

/// The kinds of document Casebook writes, by who will read them.
public enum DocumentKind: String, Sendable, CaseIterable {
    /// Confidential ICC material (a dossier or art. 15 communication).
    case iccDossier = "icc"
    /// A UPR stakeholder submission, which becomes public.
    case uprSubmission = "upr"
    /// A public report.
    case publicReport = "public"

    /// The consent scopes, any one of which lets a witness's testimony be cited in this kind of document.
    public var acceptedScopes: Set<ConsentScope> {
        switch self {
        case .iccDossier: [.iccLead, .iccEvidence]
        case .uprSubmission: [.upr, .public]
        case .publicReport: [.public]
        }
    }
}

/// The sources a document may cite, and how many it must leave uncited for the witnesses' protection.
public struct ConsentDecision: Sendable, Equatable {
    public let citable: [RecordID]
    public let withheld: [RecordID]
    /// The citable testimonies (and their transcripts) whose witnesses gave them as information
    /// only (`icc-lead` without `icc-evidence`): an ICC dossier summarises them and never annexes them.
    public let leadOnly: [RecordID]

    package init(citable: [RecordID], withheld: [RecordID], leadOnly: [RecordID] = []) {
        self.citable = citable
        self.withheld = withheld
        self.leadOnly = leadOnly
    }

    /// e.g. "a further 4 testimonies support this, not cited for the witnesses' protection".
    public var withheldSentence: String? { Self.withheldSentence(count: withheld.count) }

    /// The sentence for `count` testimonies left uncited, or nil for none.
    public static func withheldSentence(count: Int) -> String? {
        switch count {
        case ...0: nil
        case 1: "a further testimony supports this, not cited for the witness's protection"
        default: "a further \(count) testimonies support this, not cited for the witnesses' protection"
        }
    }
}
