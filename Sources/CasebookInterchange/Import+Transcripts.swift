import CasebookCore
import CasebookModel
import CasebookStore
import Foundation

extension Case {
    /// The testimony an evidence row's `transcript_of` names, checked before anything is kept:
    /// the testimony exists (in the case: testimonies are imported before evidence), has no other
    /// transcript, and no other row of the file claims it; an existing item is not already
    /// another testimony's transcript.
    func transcriptOf(
        _ row: ImportRow, existing: RecordID?, claimed: inout [RecordID: Int], _ context: ImportContext
    ) throws -> RecordID? {
        guard let text = row.nonEmpty("transcript_of") else { return nil }
        let testimony = try resolve(text, .testimony, "transcript_of", context)
        if let line = claimed[testimony] {
            throw ImportRowFailure(
                column: "transcript_of",
                message: "\(testimony) is already named by line \(line) of this file; a testimony has one transcript")
        }
        let current = try database.testimony(testimony).transcript
        if let current, current != existing {
            throw ImportRowFailure(
                column: "transcript_of", ImportRowError.testimonyHasTranscript(testimony, transcript: current))
        }
        if let existing {
            do {
                try database.readTransaction { tx in try AppDatabase.requireFreeTranscript(existing, for: testimony.number, in: tx)
                }
            } catch let error as RecordError {
                throw ImportRowFailure(column: "transcript_of", error)
            }
        }
        claimed[testimony] = row.line
        return testimony
    }

    /// Records the item as the testimony's transcript, through `testimony update` so that the
    /// history keeps it; whether anything changed.
    func linkTranscript(_ item: RecordID, to testimony: RecordID?, handler: Handler) throws -> Bool {
        guard let testimony else { return false }
        let update = try database.updateTestimony(testimony, TestimonyChanges(transcript: .some(item)), handler: handler)
        return !update.changes.isEmpty
    }
}
