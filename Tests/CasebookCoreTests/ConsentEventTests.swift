import Foundation
import Testing

@testable import CasebookCore
@testable import CasebookModel
@testable import CasebookStore

/// How verify reads a `consent-changed` event: from its named lines, and only from its note
/// when it was written before the lines were complete.
@Suite("consent events read from their named lines")
struct ConsentEventTests {
    func event(encoding: Int, note: String?, lines: [(String, String?)]?) -> CustodyEventRecord {
        CustodyEventRecord(
            sequence: 4, evidenceId: nil, action: "consent-changed", handler: "kim", occurredAt: "2026-01-01T00:00:00Z",
            objectSha256: nil, note: note, previousHash: "", eventHash: "", signature: nil, keyFingerprint: nil,
            encoding: encoding, details: lines.map(CustodyEventRecord.detailLines))
    }

    @Test func theNamedLinesDecideNotTheNote() {
        let written = ConsentEvent(witness: RecordID(.witness, 2), consent: "icc,upr", reason: .added)
        #expect(written.detailLines == "witness: W-2\nconsent: icc,upr\nreason: added\n")
        // A note that says otherwise is not read.
        let read = ConsentEvent(
            event(
                encoding: 2, note: "W-9 consent changed from none to public",
                lines: [
                    ("witness", "W-2"), ("consent", "icc,upr"), ("reason", "added"),
                ]))
        #expect(read == written)
        let changed = ConsentEvent(
            event(
                encoding: 2, note: "W-2 consent set to none",
                lines: [("witness", "W-2"), ("consent", "none"), ("reason", "changed")]))
        #expect(changed == ConsentEvent(witness: RecordID(.witness, 2), consent: "none", reason: .changed))
    }

    @Test func aVersionOneEventIsReadFromItsNote() {
        #expect(
            ConsentEvent(event(encoding: 1, note: "W-1 consent set to icc", lines: nil))
                == ConsentEvent(witness: RecordID(.witness, 1), consent: "icc", reason: .added))
        #expect(
            ConsentEvent(event(encoding: 1, note: "W-3 consent changed from icc to icc,upr", lines: nil))
                == ConsentEvent(witness: RecordID(.witness, 3), consent: "icc,upr", reason: .changed))
        #expect(ConsentEvent(event(encoding: 1, note: "consent changed", lines: nil)) == nil)
        #expect(ConsentEvent(event(encoding: 1, note: nil, lines: nil)) == nil)
    }

    @Test func aVersionTwoEventWithoutItsReasonLineIsLegacy() {
        // Written before the `reason` line: witness and consent from the lines, the reason from the note.
        #expect(
            ConsentEvent(event(encoding: 2, note: "W-4 consent set to upr", lines: [("witness", "W-4"), ("consent", "upr")]))
                == ConsentEvent(witness: RecordID(.witness, 4), consent: "upr", reason: .added))
        // Written by `witness update` before it logged any named line: all from the note.
        #expect(
            ConsentEvent(event(encoding: 2, note: "W-5 consent changed from icc to none", lines: [("v2-since", "1")]))
                == ConsentEvent(witness: RecordID(.witness, 5), consent: "none", reason: .changed))
    }
}
