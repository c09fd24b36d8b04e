import Foundation
import GRDB

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
    case consentChanged = "consent-changed"
    case leakScanSkipped = "leak-scan-skipped"
    case leakScanWaived = "leak-scan-waived"
    case identityRevealed = "identity-revealed"
    case keyRegistered = "key-registered"
}
