import CasebookModel
import CasebookStore

extension Case {
    /// Every witness the custody log speaks of (their add and each consent change, as
    /// `consent-changed` events; each sealing, as `identity-sealed`) must still have its record:
    /// `DELETE FROM witness` with sqlite3 otherwise passed unnoticed, taking the witness's consent
    /// and the last trace of their sealed identity with it. The reverse is reported too: a witness
    /// numbered after the first one whose add was logged, whose own add is not in the log, was
    /// added outside Casebook. (One with a consent other than `none` is already reported by
    /// `checkConsent`.)
    static func checkWitnesses(_ snapshot: VerifySnapshot) -> [VerifyProblem] {
        var firstEvent: [Int64: Int64] = [:]
        var firstLoggedAdd: Int64?
        for event in snapshot.events {
            var witness: Int64?
            if event.action == CustodyAction.consentChanged.rawValue, let consent = ConsentEvent(event) {
                witness = consent.witness.number
                if let witness, consent.reason == .added { firstLoggedAdd = min(firstLoggedAdd ?? witness, witness) }
            } else if event.action == CustodyAction.identitySealed.rawValue {
                witness = event.detailFields["witness"].flatMap({ ConsentEvent.witness($0)?.number })
            }
            if let witness, firstEvent[witness] == nil { firstEvent[witness] = event.sequence }
        }
        var problems: [VerifyProblem] = []
        for (witness, sequence) in firstEvent.sorted(by: { $0.key < $1.key }) where snapshot.consent[witness] == nil {
            problems.append(
                VerifyProblem(
                    kind: .witnessDeleted, subject: "W-\(witness)",
                    message: "the custody log records this witness (from event \(sequence)), but their record is gone"))
        }
        if let firstLoggedAdd {
            for (witness, consent) in snapshot.consent.sorted(by: { $0.key < $1.key })
            where witness > firstLoggedAdd && firstEvent[witness] == nil && Self.sameConsent(consent, "none") {
                problems.append(
                    VerifyProblem(
                        kind: .witnessUnlogged, subject: "W-\(witness)",
                        message: "this witness's record is in the case, but the custody log has no record of adding them"))
            }
        }
        return problems
    }
}
