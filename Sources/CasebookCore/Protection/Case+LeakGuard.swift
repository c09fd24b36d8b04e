import CasebookModel
import CasebookProtection
import CasebookStore
import Foundation

extension Case {
    /// The leak check for one write. A case with no protected identities needs no passphrase.
    /// With the passphrase the scan always runs (a hit can be waived only field by field, and
    /// each waiver is logged). Without it the write is refused, unless `skip` was asked for: then
    /// the skipped scan is logged in the custody log and a warning returned.
    ///
    /// With `recordSkipOnSuccess`, a skipped scan is recorded by `logUsedWaivers` once the write
    /// has succeeded, not here: for a document that later checks may still refuse.
    package func leakGuard(
        for what: String, options: LeakScanOptions, handler: Handler, recordSkipOnSuccess: Bool = false
    ) throws -> (guard: LeakGuard, warning: String?) {
        try requireLoggedSealingIntact()
        guard try database.hasProtectedIdentities() else { return (LeakGuard(scanner: nil), nil) }
        if let passphrase = try options.passphrase.passphrase() {
            for waiver in options.waived { _ = try database.witness(waiver.witness) }
            let scanner = LeakScanner(identities: try database.protectedIdentities(passphrase))
            let warning =
                options.skip
                ? "note: \(what) was checked for witness identities: with the passphrase given, the leak scan runs even when asked to skip it."
                : nil
            return (LeakGuard(scanner: scanner, waived: Set(options.waived)), warning)
        }
        guard options.skip else { throw ProtectionError.scanUnavailable(what) }
        let note = "\(what) written without the leak scan (--no-leak-scan)"
        var skipped = LeakGuard(scanner: nil)
        if recordSkipOnSuccess {
            skipped.pendingSkipNote = note
        } else {
            _ = try database.writeTransaction { tx in
                try appendCustody([NewCustodyEvent(action: .leakScanSkipped, handler: handler, note: note)], in: tx)
            }
        }
        return (
            skipped,
            "warning: \(what) was written WITHOUT checking it for witness identities, as asked; this is recorded in the custody log."
        )
    }
}
