import Foundation
import Testing

@testable import CasebookCore
@testable import CasebookCrypto
@testable import CasebookStore

@Suite("custody encoding, version 2")
struct CustodyEncodingV2Tests {
    @Test func version2AddsNamedLinesBeforePrevious() throws {
        let details = CustodyEventRecord.detailLines([("size", "12"), ("original-name", "a\nb.txt"), ("kind", nil)])
        let record = CustodyEventRecord(
            sequence: 2, evidenceId: 1, action: "ingested", handler: "kim", occurredAt: "2026-11-29T01:26:45Z",
            objectSha256: String(repeating: "a", count: 64), note: "n", previousHash: CustodyEventRecord.genesisHash, eventHash: "",
            signature: nil, keyFingerprint: nil, encoding: 2, details: details)
        let expected = """
            casebook-custody-event/2
            sequence: 2
            evidence: E-1
            action: ingested
            handler: kim
            time: 2026-11-29T01:26:45Z
            object-sha256: \(String(repeating: "a", count: 64))
            key: -
            note: n
            size: 12
            original-name: a\\nb.txt
            kind: -
            previous: \(CustodyEventRecord.genesisHash)

            """
        #expect(String(decoding: record.canonicalBytes, as: UTF8.self) == expected)
        #expect(record.detailFields == ["size": "12", "original-name": "a\nb.txt", "kind": "-"])
        var changed = record
        changed.details = CustodyEventRecord.detailLines([("size", "13"), ("original-name", "a\nb.txt"), ("kind", nil)])
        #expect(try changed.computedHash() != (try record.computedHash()))
    }

    @Test func unescapeUndoesEscape() {
        for value in ["plain", "back\\slash", "line\nfeed\r", "\\n literally"] {
            #expect(CustodyEventRecord.unescape(CustodyEventRecord.escape(value)) == value)
        }
    }

    @Test func trustedKeysReadPEMAndFingerprints() throws {
        let (_, publicPEM) = try Ed25519.generate()
        let fingerprint = try Ed25519.fingerprint(publicPEM: publicPEM)
        let other = String(repeating: "b", count: 64)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("trusted-\(UUID().uuidString).txt").path
        try Data("# team keys\n\(publicPEM)kim: \(other.uppercased())\n".utf8).write(to: URL(fileURLWithPath: path))
        #expect(try TrustedKeys.read(path).fingerprints == [fingerprint, other])
    }
}
