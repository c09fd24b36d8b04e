import CasebookModel
import CasebookStore
import Foundation

/// What was done to evidence, in the words of the custody log.
public enum CustodyAction: String, CaseIterable, Sendable, Codable {
    case acquired
    case ingested
    case transferred
    case accessed
    case verified
    case exported
    case anchored
    case redactedCopy = "redacted-copy"
    /// A copy of an item without its metadata (EXIF, XMP, IPTC, document properties) was made and added.
    case metadataStripped = "metadata-stripped"
    case consentChanged = "consent-changed"
    case leakScanSkipped = "leak-scan-skipped"
    case leakScanWaived = "leak-scan-waived"
    case identityRevealed = "identity-revealed"
    case keyRegistered = "key-registered"
    /// A document (a dossier, a submission, a report) was written; the note carries its SHA-256.
    case documentWritten = "document-written"
    /// A witness's identity fields were sealed, changed or re-sealed; the event records the
    /// SHA-256 of each sealed field's ciphertext (never a value), so a deleted field is found.
    case identitySealed = "identity-sealed"
}
