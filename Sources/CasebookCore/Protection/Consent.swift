import CasebookModel
import CasebookStore
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
        case .iccDossier: [.icc]
        case .uprSubmission: [.upr, .public]
        case .publicReport: [.public]
        }
    }
}

/// The sources a document may cite, and how many it must leave uncited for the witnesses' protection.
public struct ConsentDecision: Sendable, Equatable {
    public let citable: [RecordID]
    public let withheld: [RecordID]

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

extension AppDatabase {
    /// The one place that decides, for a kind of document, which sources may be cited: a
    /// testimony only if its witness's consent covers that document; evidence items always
    /// (they are cited by their own description, and redacted copies exist for transcripts),
    /// except a testimony's own transcript, which goes with its testimony.
    package func consentDecision(for document: DocumentKind, sources: [RecordID]) throws -> ConsentDecision {
        try readTransaction { tx in
            var citable: [RecordID] = []
            var withheld: [RecordID] = []
            func covered(_ consent: String) -> Bool {
                !Set((try? ConsentScope.parseList(consent)) ?? []).isDisjoint(with: document.acceptedScopes)
            }
            for source in sources {
                switch source.kind {
                case .testimony:
                    let consent = try tx.consentOfWitness(ofTestimony: source.number)
                    if covered(consent) { citable.append(source) } else { withheld.append(source) }
                case .evidence:
                    // A testimony's own transcript is that testimony: cited only with its witness's consent.
                    let consents = try tx.consentsOfWitnesses(withTranscript: source.number)
                    if consents.allSatisfy(covered) { citable.append(source) } else { withheld.append(source) }
                default:
                    citable.append(source)
                }
            }
            return ConsentDecision(citable: citable, withheld: withheld)
        }
    }
}
