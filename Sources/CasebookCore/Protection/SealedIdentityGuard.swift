import CasebookModel
import CasebookStore
import Foundation
import GRDB

extension OpenCase {
    /// Refuses any export while a sealed field the log records is gone or replaced: the leak
    /// scan would no longer look for it, and the name could leave the case unnoticed.
    func requireLoggedSealingIntact() throws {
        let differences = try database.read { db in
            Self.sealingDifferences(
                events: try CustodyEventRecord.filter(CustodyEventRecord.Columns.action == CustodyAction.identitySealed.rawValue)
                    .order(CustodyEventRecord.Columns.sequence).fetchAll(db),
                rows: try SealedIdentityRecord.fetchAll(db)
            ).differences
        }
        let gone = differences.filter { $0.kind != .unlogged }
        guard let first = gone.first else { return }
        throw ProtectionError.sealedIdentityGone(
            witness: RecordID(.witness, first.witness), fields: gone.filter { $0.witness == first.witness }.map(\.label))
    }
}
