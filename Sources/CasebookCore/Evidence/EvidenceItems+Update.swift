import CasebookModel
import CasebookStore

/// What `evidence update` changes: the team's judgement of an item, never its file or provenance.
/// Each field is nil when not given; `.some(nil)` clears it.
public struct EvidenceChanges: Sendable {
    public var reliability: SourceReliability?? = nil
    public var reliabilityNote: String? = nil
    /// A witness, or a testimony standing for its witness.
    public var providedBy: RecordID?? = nil
    /// A testimony or another evidence item the item relays.
    public var derivedFrom: RecordID?? = nil

    public init() {}

    var isEmpty: Bool { reliability == nil && reliabilityNote == nil && providedBy == nil && derivedFrom == nil }
}

extension AppDatabase {
    /// Corrects an item's grade or source links and records each change (who, when, old and new
    /// value) in the item's history. A link to nothing, to the item itself, or one that would make
    /// the item relay what relays it, is refused and nothing changes.
    package func updateEvidence(_ id: RecordID, _ changes: EvidenceChanges, handler: Handler) throws -> [FieldChange] {
        guard id.kind == .evidence else { throw RecordError.wrongKind(id, expected: [.evidence], role: .subject) }
        guard !changes.isEmpty else { throw RecordError.nothingToChange(id) }
        return try writeTransaction { tx in
            guard var record = try tx.fetchOne(EvidenceItemRecord.self, key: id.number) else { throw RecordError.notFound(id) }
            let before = Self.snapshot(of: record)
            if let grade = changes.reliability { record.reliabilityGrade = grade?.rawValue }
            if let note = changes.reliabilityNote { record.reliabilityNote = Validate.optional(note) }
            if let providedBy = changes.providedBy {
                record.providedByWitnessId = try providedBy.map { try Self.providingWitness($0, in: tx) }
            }
            if let derivedFrom = changes.derivedFrom {
                record.derivedFromTestimonyId = nil
                record.derivedFromEvidenceId = nil
                if let source = derivedFrom {
                    try Self.requireDerivable(id, from: source, in: tx)
                    if source.kind == .testimony {
                        record.derivedFromTestimonyId = source.number
                    } else {
                        record.derivedFromEvidenceId = source.number
                    }
                }
            }
            let fieldChanges = TrackedField.changes(.evidence, before: before, after: Self.snapshot(of: record))
            guard !fieldChanges.isEmpty else { return [] }
            try tx.update(record)
            let now = timestampNow()
            for change in fieldChanges {
                var row = EvidenceChangeRecord(
                    evidenceId: id.number, field: change.field, oldValue: change.old, newValue: change.new,
                    handler: handler.name, changedAt: now)
                try tx.insert(&row)
            }
            return fieldChanges
        }
    }

    /// The witness a `provided by` names: the witness itself, or a testimony's witness.
    static func providingWitness(_ id: RecordID, in tx: StoreTransaction) throws -> Int64 {
        switch id.kind {
        case .witness:
            try tx.requireExists(id, kind: .witness)
            return id.number
        case .testimony:
            guard let testimony = try tx.fetchOne(TestimonyRecord.self, key: id.number) else { throw RecordError.notFound(id) }
            return testimony.witnessId
        default:
            throw RecordError.wrongKind(id, expected: [.witness, .testimony], role: .part("provided by"))
        }
    }

    /// Refuses a source the item cannot be derived from: one that does not exist, the item itself,
    /// or an item that is (through others) derived from this one.
    static func requireDerivable(_ id: RecordID, from source: RecordID, in tx: StoreTransaction) throws {
        guard source.kind == .testimony || source.kind == .evidence else {
            throw RecordError.wrongKind(source, expected: [.testimony, .evidence], role: .part("derived from"))
        }
        try tx.requireExists(source, kind: source.kind)
        guard source.kind == .evidence else { return }
        var path = [source]
        var current = source.number
        while true {
            guard current != id.number else {
                throw RecordError.invalidValue(
                    field: "source to derive \(id) from", value: source.description,
                    accepted: path.count == 1
                        ? "an item cannot be derived from itself"
                        : "\(path.map(\.description).joined(separator: " → ")) would go round in a circle: "
                            + "\(source) already relays \(id)")
            }
            guard let next = try tx.fetchOne(EvidenceItemRecord.self, key: current)?.derivedFromEvidenceId, path.count < 10_000
            else { return }
            current = next
            path.append(RecordID(.evidence, next))
        }
    }

    /// The item's tracked fields, for comparing before and after an update.
    static func snapshot(of record: EvidenceItemRecord) -> [String: String] {
        var values: [String: String] = [:]
        values["reliability-grade"] = record.reliabilityGrade
        values["reliability"] = record.reliabilityNote
        values["provided-by"] = record.providedByWitnessId.map { RecordID(.witness, $0).description }
        values["derived-from"] =
            record.derivedFromTestimonyId.map { RecordID(.testimony, $0).description }
            ?? record.derivedFromEvidenceId.map { RecordID(.evidence, $0).description }
        return values
    }
}

extension Case {
    /// Corrects an evidence item's grade or source links; every change is kept in its history.
    public func updateEvidence(_ id: RecordID, _ changes: EvidenceChanges, handler: Handler) throws -> RecordUpdate<
        EvidenceSummary
    > {
        let changed = try database.updateEvidence(id, changes, handler: handler)
        return RecordUpdate(id: id, changes: changed, record: try evidenceItem(id))
    }
}
