import CasebookModel
import CasebookProtection
import CasebookStore
import Foundation

extension AppDatabase {
    /// The one place that decides, for a kind of document, which sources may be cited: a
    /// testimony only if its witness's consent covers that document; evidence items always
    /// (they are cited by their own description, and redacted copies exist for transcripts),
    /// except a testimony's own transcript, which goes with its testimony.
    package func consentDecision(for document: DocumentKind, sources: [RecordID]) throws -> ConsentDecision {
        try readTransaction { tx in
            var citable: [RecordID] = []
            var withheld: [RecordID] = []
            var leadOnly: [RecordID] = []
            func scopes(_ consent: String) -> Set<ConsentScope> { Set(ConsentScope.storedList(consent)) }
            func covered(_ consent: String) -> Bool { !scopes(consent).isDisjoint(with: document.acceptedScopes) }
            // Information only: given for the ICC Prosecutor's leads, not as evidence.
            func lead(_ consent: String) -> Bool {
                let granted = scopes(consent)
                return document == .iccDossier && granted.contains(.iccLead) && !granted.contains(.iccEvidence)
            }
            for source in sources {
                switch source.kind {
                case .testimony:
                    let consent = try tx.consentOfWitness(ofTestimony: source.number)
                    if covered(consent) {
                        citable.append(source)
                        if lead(consent) { leadOnly.append(source) }
                    } else {
                        withheld.append(source)
                    }
                case .evidence:
                    // A testimony's own transcript is that testimony: cited only with its witness's consent.
                    let consents = try tx.consentsOfWitnesses(withTranscript: source.number)
                    if consents.allSatisfy(covered) {
                        citable.append(source)
                        // An item from a witness who gave information only (provided by them, a copy
                        // or redaction of their transcript, derived from their interview) is theirs too.
                        if try tx.consentsBehind(evidence: source.number).contains(where: lead) { leadOnly.append(source) }
                    } else {
                        withheld.append(source)
                    }
                default:
                    citable.append(source)
                }
            }
            return ConsentDecision(citable: citable, withheld: withheld, leadOnly: leadOnly)
        }
    }
}
