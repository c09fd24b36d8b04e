import CasebookModel
import CasebookProtection
import CasebookStore
import Foundation

extension AppDatabase {
    /// The one place that decides, for a kind of document, which sources may be cited: a
    /// testimony only if its witness's consent covers that document; an evidence item only if
    /// the consent of every witness behind it does (the witness whose interview it transcribes,
    /// who provided it, or whose account it derives from, through its redacted and derived
    /// copies), and always when no witness stands behind it.
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
                    // A witness's transcript, sketch or recording is theirs: cited only with their
                    // consent, and as information only when that is what they gave.
                    let consents = try tx.consentsBehind(evidence: source.number)
                    if consents.allSatisfy(covered) {
                        citable.append(source)
                        if consents.contains(where: lead) { leadOnly.append(source) }
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
