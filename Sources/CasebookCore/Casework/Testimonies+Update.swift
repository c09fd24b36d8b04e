import CasebookModel
import CasebookStore
import Foundation

/// Changes to an existing testimony; nil leaves a field as it is, and an empty text clears it.
public struct TestimonyChanges: Sendable {
    /// The witness the interview was with, when it was recorded against the wrong one.
    public var witness: RecordID?
    public var date: String?
    public var interviewer: String?
    public var place: String?
    public var language: String?
    public var summary: String?
    public var reliabilityNotes: String?
    /// The evidence item that is the interview's transcript: nil leaves it, `.some(nil)` clears it.
    public var transcript: RecordID??
    /// The source reliability grade: nil leaves it, `.some(nil)` clears it.
    public var reliability: SourceReliability?? = nil

    public init(
        witness: RecordID? = nil, date: String? = nil, interviewer: String? = nil, place: String? = nil,
        language: String? = nil, summary: String? = nil, reliabilityNotes: String? = nil, transcript: RecordID?? = nil
    ) {
        self.witness = witness
        self.date = date
        self.interviewer = interviewer
        self.place = place
        self.language = language
        self.summary = summary
        self.reliabilityNotes = reliabilityNotes
        self.transcript = transcript
    }

    /// Whether no option was given at all.
    public var isEmpty: Bool {
        witness == nil && date == nil && interviewer == nil && place == nil && language == nil && summary == nil
            && reliabilityNotes == nil && transcript == nil && reliability == nil
    }
}

extension AppDatabase {
    /// Changes the given fields of a testimony in one transaction and records each change in the history.
    package func updateTestimony(_ id: RecordID, _ changes: TestimonyChanges, handler: Handler) throws -> RecordUpdate<
        TestimonySummary
    > {
        guard id.kind == .testimony else { throw RecordError.wrongKind(id, expected: [.testimony], role: .subject) }
        guard !changes.isEmpty else { throw RecordError.nothingToChange(id) }
        if let witness = changes.witness, witness.kind != .witness {
            throw RecordError.wrongKind(witness, expected: [.witness], role: .part("witness"))
        }
        let date = try changes.date.map { try DateSpan(parsing: $0) }
        let changed: [FieldChange] = try writeTransaction { tx in
            guard var record = try tx.fetchOne(TestimonyRecord.self, key: id.number) else { throw RecordError.notFound(id) }
            let before = Self.snapshot(of: record)
            if let witness = changes.witness {
                try tx.requireExists(witness, kind: .witness)
                record.witnessId = witness.number
            }
            if let date {
                record.dateText = date.description
                record.dateStart = date.earliestDay
                record.dateEnd = date.latestDay
            }
            if let interviewer = changes.interviewer { record.interviewer = Validate.optional(interviewer) }
            if let place = changes.place { record.place = Validate.optional(place) }
            if let language = changes.language { record.language = Validate.optional(language) }
            if let summary = changes.summary { record.summary = Validate.optional(summary) }
            if let notes = changes.reliabilityNotes { record.reliabilityNotes = Validate.optional(notes) }
            if let grade = changes.reliability { record.reliabilityGrade = grade?.rawValue }
            if let transcript = changes.transcript {
                if let transcript { try Self.requireFreeTranscript(transcript, for: id.number, in: tx) }
                record.transcriptId = transcript?.number
            }
            let fieldChanges = TrackedField.changes(.testimony, before: before, after: Self.snapshot(of: record))
            if !fieldChanges.isEmpty { try tx.update(record) }
            try Self.appendHistory(fieldChanges, of: id, handler: handler, in: tx)
            return fieldChanges
        }
        return RecordUpdate(id: id, changes: changed, record: try testimony(id))
    }

    /// The testimony's tracked fields, for comparing before and after an update.
    static func snapshot(of record: TestimonyRecord) -> [String: String] {
        var values = ["witness": RecordID(.witness, record.witnessId).description, "date": record.dateText]
        values["interviewer"] = record.interviewer
        values["place"] = record.place
        values["language"] = record.language
        values["summary"] = record.summary
        values["reliability-grade"] = record.reliabilityGrade
        values["reliability"] = record.reliabilityNotes
        values["transcript"] = record.transcriptId.map { RecordID(.evidence, $0).description }
        return values
    }

    /// Refuses an evidence item that does not exist, or that is already the transcript of another
    /// testimony (`testimony`, the one being changed, may hold it already): a transcript belongs to
    /// one interview, so that it is withheld exactly where that interview is.
    package static func requireFreeTranscript(_ transcript: RecordID, for testimony: Int64?, in tx: StoreTransaction) throws {
        guard transcript.kind == .evidence else {
            throw RecordError.wrongKind(transcript, expected: [.evidence], role: .part("transcript"))
        }
        try tx.requireExists(transcript, kind: .evidence)
        let holder = try tx.testimonyHolding(transcript: transcript.number, except: testimony)
        if let holder {
            throw RecordError.transcriptOfAnother(transcript, testimony: RecordID(.testimony, holder))
        }
    }
}
