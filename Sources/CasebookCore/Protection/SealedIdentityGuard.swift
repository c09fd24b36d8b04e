import CasebookModel
import CasebookStore
import Foundation

extension OpenCase {
    /// Refuses any export while a sealed field the log records is gone or replaced: the leak
    /// scan would no longer look for it, and the name could leave the case unnoticed.
    func requireLoggedSealingIntact() throws {
        let differences = try database.readTransaction { tx in
            Self.sealingDifferences(
                events: try tx.custodyEvents(action: CustodyAction.identitySealed.rawValue),
                rows: try tx.sealedIdentities()
            ).differences
        }
        let gone = differences.filter { $0.kind != .unlogged }
        guard let first = gone.first else { return }
        throw ProtectionError.sealedIdentityGone(
            witness: RecordID(.witness, first.witness), fields: gone.filter { $0.witness == first.witness }.map(\.label))
    }
}
