import CasebookModel
import CasebookStore
import Foundation

/// Everything `verify` compares against, read in one go.
struct VerifySnapshot {
    let items: [EvidenceItemRecord]
    let events: [CustodyEventRecord]
    let keyRows: [HandlerKeyRecord]
    let pending: Set<String>
    let anchors: [AnchorRecord]
    /// Each witness's stored consent, by witness number.
    let consent: [Int64: String]
    /// Every sealed identity field, as stored (ciphertexts only).
    let sealed: [SealedIdentityRecord]
    /// The highest evidence id SQLite has ever handed out.
    let highestEvidenceID: Int64
    /// The case's identifier, under which verify also remembers its head.
    let caseIdentifier: String?

    init(_ tx: StoreTransaction) throws {
        items = try tx.evidenceItemsForVerify()
        events = try tx.custodyEventsForVerify()
        keyRows = try tx.handlerKeys()
        pending = try tx.pendingObjectDigests()
        anchors = try tx.anchors()
        consent = try tx.witnessConsents()
        sealed = try tx.sealedIdentities()
        highestEvidenceID = try tx.highestEvidenceIDEverUsed()
        caseIdentifier = try tx.caseIdentifier()
    }
}
