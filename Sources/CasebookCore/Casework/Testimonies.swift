import CasebookModel
import CasebookStore
import Foundation

/// What a team records about one interview.
public struct NewTestimony: Sendable {
    public var witness: RecordID
    public var date: String
    public var interviewer: String?
    public var place: String?
    public var language: String?
    public var summary: String?
    public var reliabilityNotes: String?
    /// The evidence item that is this interview's transcript: it is then cited only where the
    /// witness's consent lets the testimony itself be cited.
    public var transcript: RecordID?
    /// How far the witness can be trusted as a source, A to F; nil when not yet graded.
    public var reliability: SourceReliability? = nil

    public init(
        witness: RecordID, date: String, interviewer: String? = nil, place: String? = nil,
        language: String? = nil, summary: String? = nil, reliabilityNotes: String? = nil, transcript: RecordID? = nil
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
}

/// A testimony as commands print it, with its witness's pseudonym.
public struct TestimonySummary: Codable, Sendable, Equatable {
    public let id: RecordID
    public let witness: RecordID
    public let witnessPseudonym: String
    public let date: String
    public let interviewer: String?
    public let place: String?
    public let language: String?
    public let summary: String?
    public let reliabilityNotes: String?
    /// The team's own key for this record, when it was imported or given one.
    public var externalId: String? = nil
    /// The evidence item that is the interview's transcript, withheld wherever the testimony is.
    public var transcript: RecordID? = nil
    /// The source reliability grade, A to F; nil when not graded.
    public var reliability: SourceReliability? = nil
    /// The passages the witness withdrew (`testimony retract`), oldest first.
    public var withdrawnPassages: [PassageRetraction] = []
}

extension AppDatabase {
    /// Records an interview with an existing witness.
    package func addTestimony(_ input: NewTestimony) throws -> TestimonySummary {
        guard input.witness.kind == .witness else {
            throw RecordError.wrongKind(input.witness, expected: [.witness], role: .part("witness"))
        }
        let date = try DateSpan(parsing: input.date)
        let id: Int64 = try writeTransaction { tx in
            try tx.requireExists(input.witness, kind: .witness)
            if let transcript = input.transcript { try Self.requireFreeTranscript(transcript, for: nil, in: tx) }
            var record = TestimonyRecord(
                witnessId: input.witness.number, dateText: date.description, dateStart: date.earliestDay,
                dateEnd: date.latestDay, interviewer: Validate.optional(input.interviewer),
                place: Validate.optional(input.place), language: Validate.optional(input.language),
                summary: Validate.optional(input.summary), reliabilityNotes: Validate.optional(input.reliabilityNotes),
                transcriptId: input.transcript?.number, createdAt: timestampNow())
            record.reliabilityGrade = input.reliability?.rawValue
            try tx.insert(&record)
            return record.id ?? 0
        }
        return try testimony(RecordID(.testimony, id))
    }

    /// Every testimony, or those of one witness, oldest first.
    package func testimonies(of witness: RecordID? = nil) throws -> [TestimonySummary] {
        try readTransaction { tx in
            if let witness { try tx.requireExists(witness, kind: .witness) }
            return try tx.testimonies(ofWitness: witness?.number).map { try Self.summary(of: $0, in: tx) }
        }
    }

    /// One testimony, or `notFound`.
    package func testimony(_ id: RecordID) throws -> TestimonySummary {
        try readTransaction { tx in
            guard let record = try tx.fetchOne(TestimonyRecord.self, key: id.number) else { throw RecordError.notFound(id) }
            return try Self.summary(of: record, in: tx)
        }
    }

    static func summary(of record: TestimonyRecord, in tx: StoreTransaction) throws -> TestimonySummary {
        let pseudonym = try tx.fetchOne(WitnessRecord.self, key: record.witnessId)?.pseudonym ?? "?"
        var summary = TestimonySummary(
            id: RecordID(.testimony, record.id ?? 0), witness: RecordID(.witness, record.witnessId),
            witnessPseudonym: pseudonym, date: record.dateText, interviewer: record.interviewer, place: record.place,
            language: record.language, summary: record.summary, reliabilityNotes: record.reliabilityNotes,
            externalId: record.externalId,
            transcript: record.transcriptId.map { RecordID(.evidence, $0) },
            reliability: record.reliabilityGrade.flatMap(SourceReliability.init(rawValue:)))
        summary.withdrawnPassages = try tx.testimonyRetractions(of: record.id ?? 0).map {
            PassageRetraction(passage: $0.passage, reason: $0.reason, recordedAt: $0.recordedAt)
        }
        return summary
    }
}
