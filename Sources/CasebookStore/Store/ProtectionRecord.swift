import CasebookCrypto
import Foundation
import GRDB

/// The case's passphrase parameters: scrypt's salt and cost, and a sealed check value that
/// tells a wrong passphrase from damaged data.
package struct ProtectionRecord: Codable, FetchableRecord, PersistableRecord {
    package static let databaseTableName = "protection"
    package var id: Int64 = 1
    package var salt: Data
    package var log2N: Int
    package var r: Int
    package var p: Int
    package var checkValue: Data
    package var changedAt: String

    package init(id: Int64 = 1, salt: Data, log2N: Int, r: Int, p: Int, checkValue: Data, changedAt: String) {
        self.id = id
        self.salt = salt
        self.log2N = log2N
        self.r = r
        self.p = p
        self.checkValue = checkValue
        self.changedAt = changedAt
    }

    package var parameters: ScryptParameters { ScryptParameters(log2N: log2N, r: r, p: p) }
}
