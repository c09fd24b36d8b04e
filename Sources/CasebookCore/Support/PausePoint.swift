import CasebookModel
import CasebookStore
import Foundation

/// Named places where the tests pause a command, to change a file at exactly that moment (a
/// file rewritten during ingest, a link swapped in after a folder was walked). Inert unless
/// `CASEBOOK_PAUSE_POINT` names the place; nobody sets it outside the tests.
enum PausePoint: String {
    /// The files to ingest are listed; none is opened yet.
    case afterWalk = "after-walk"
    /// A file to ingest is open and its first status taken; nothing is read yet.
    case afterOpen = "after-open"

    // Honoured by debug builds only (what `swift test` runs): a release build has no pause points.
    #if DEBUG
        private static let chosen = ProcessInfo.processInfo.environment["CASEBOOK_PAUSE_POINT"].flatMap(PausePoint.init)
    #else
        private static let chosen: PausePoint? = nil
    #endif
    private static let file = ProcessInfo.processInfo.environment["CASEBOOK_PAUSE_FILE"]

    /// At the chosen place: creates `$CASEBOOK_PAUSE_FILE.reached`, then waits (up to a minute)
    /// until `$CASEBOOK_PAUSE_FILE` exists.
    func reach() {
        guard Self.chosen == self, let file = Self.file else { return }
        _ = FileManager.default.createFile(atPath: file + ".reached", contents: nil)
        let deadline = Date().addingTimeInterval(60)
        while !FileManager.default.fileExists(atPath: file) && Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
        }
    }
}
