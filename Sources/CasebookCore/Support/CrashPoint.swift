import CasebookModel
import CasebookStore
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Named places where the crash tests kill the process on purpose, to prove that a kill at
/// exactly that moment leaves the case consistent. Inert unless `CASEBOOK_CRASH_POINT` names
/// the place; nobody sets it outside the tests.
enum CrashPoint: String {
    /// The copy is complete and flushed, nothing is recorded yet.
    case afterCopy = "after-copy"
    /// The pending marks are committed; the copies are not yet under their hash names.
    case afterPending = "after-pending"
    /// The copies are under their hash names; the evidence rows are not yet committed.
    case afterInstall = "after-install"
    /// Every identity is re-sealed under the new passphrase; the transaction is not yet committed.
    case beforePassphraseCommit = "before-passphrase-commit"

    // Honoured by debug builds only (what `swift test` runs): a release build never kills itself.
    #if DEBUG
        private static let chosen = ProcessInfo.processInfo.environment["CASEBOOK_CRASH_POINT"].flatMap(CrashPoint.init)
    #else
        private static let chosen: CrashPoint? = nil
    #endif

    /// Kills the process with SIGKILL if this is the chosen place.
    func reach() {
        if Self.chosen == self { kill(getpid(), SIGKILL) }
    }
}
