import Foundation
import Testing

@testable import CasebookCore
@testable import CasebookCrypto
@testable import CasebookStore

/// How the sealed rows are compared with the `identity-sealed` events of the custody log.
@Suite("sealing compared with the custody log")
struct SealingLogTests {
    func event(_ sequence: Int64, witness: Int64, reason: String, fields: [(String, [UInt8])]) throws -> CustodyEventRecord {
        var pairs: [(String, String?)] = [("witness", "W-\(witness)"), ("reason", reason)]
        for (field, sealed) in fields { pairs.append(("sealed-" + field, try Digest.of(sealed, using: .sha256).hex)) }
        return CustodyEventRecord(
            sequence: sequence, evidenceId: nil, action: "identity-sealed", handler: "kim", occurredAt: "2026-01-01T00:00:00Z",
            objectSha256: nil, note: nil, previousHash: "", eventHash: "", signature: nil, keyFingerprint: nil, encoding: 2,
            details: CustodyEventRecord.detailLines(pairs))
    }

    func row(_ witness: Int64, _ field: String, _ sealed: [UInt8]) -> SealedIdentityRecord {
        SealedIdentityRecord(witnessId: witness, field: field, sealed: Data(sealed))
    }

    @Test func aCaseSealedBeforeLoggingIsLegacyNotTampered() {
        let (differences, legacy) = Case.sealingDifferences(events: [], rows: [row(1, "name", [1, 2, 3])])
        #expect(differences.isEmpty)
        #expect(legacy == [1])
    }

    @Test func theLastEventDecidesAndOlderWitnessesStayLegacy() throws {
        let events = [
            try event(3, witness: 2, reason: "added", fields: [("name", [1]), ("contact", [2])]),
            try event(5, witness: 2, reason: "updated", fields: [("name", [9])]),
            // A legacy witness updated after the upgrade is checked from then on.
            try event(6, witness: 1, reason: "updated", fields: [("name", [4])]),
        ]
        let rows = [row(1, "name", [4]), row(2, "name", [9]), row(0, "name", [7])]
        let (differences, legacy) = Case.sealingDifferences(events: events, rows: rows)
        #expect(differences.isEmpty, "\(differences)")
        #expect(legacy == [0])
    }

    @Test func missingReplacedAndUnloggedFieldsAreNamed() throws {
        let events = [try event(3, witness: 2, reason: "added", fields: [("name", [1]), ("contact", [2])])]
        let rows = [row(2, "contact", [3]), row(2, "born", [4]), row(3, "name", [5])]
        let (differences, legacy) = Case.sealingDifferences(events: events, rows: rows)
        #expect(legacy.isEmpty)
        #expect(
            differences == [
                SealingDifference(witness: 2, field: "name", kind: .missing, sequence: 3),
                SealingDifference(witness: 2, field: "contact", kind: .replaced, sequence: 3),
                SealingDifference(witness: 2, field: "born", kind: .unlogged, sequence: 3),
                SealingDifference(witness: 3, field: "name", kind: .unlogged, sequence: nil),
            ])
        #expect(differences[0].label == "real name")
    }
}
