import CasebookModel
import CasebookProtection
import CasebookStore
import Foundation

extension Case {
    /// Reads every byte of each item about to leave the case for printable text (`RawTextScan`),
    /// whatever its type: an audio file's tags, a photo's private segments, a transcript appended
    /// to a video were never read by the readers per format. Items the user included with their
    /// identifying text (a bag for a court under seal) are not read.
    package func checkRawText(_ items: [EvidenceItemRecord], guard leakGuard: LeakGuard, included: Set<RecordID> = []) throws {
        guard leakGuard.isActive else { return }
        for item in items {
            let id = RecordID(.evidence, item.id ?? 0)
            guard !included.contains(id) else { continue }
            try RawTextScan.check(
                fileAt: objects.objectPath(item.sha256), limit: item.size, name: "\(id) (\(item.originalName))", guard: leakGuard)
        }
    }
}
