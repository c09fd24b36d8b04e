import CasebookModel
import CasebookStore

/// Reader-facing descriptions of sources, loaded once per matrix rather than once per citation.
struct SourceLabels {
    private var testimonies: [Int64: String] = [:]
    private var evidence: [Int64: String] = [:]
    private var testimonyGrades: [Int64: String] = [:]
    private var evidenceGrades: [Int64: String] = [:]
    private var testimonyWitness: [Int64: Int64] = [:]
    private var transcriptWitness: [Int64: Int64] = [:]
    private var evidenceLinks: [Int64: (witness: Int64?, testimony: Int64?, evidence: Int64?)] = [:]
    private var retractions: [Int64: [(parts: PinpointParts, retraction: PassageRetraction)]] = [:]

    init(_ tx: StoreTransaction) throws {
        for row in try tx.testimonyLabels() {
            testimonies[row.id] = "testimony of \(row.pseudonym), \(row.date)"
        }
        for row in try tx.evidenceNames() {
            evidence[row.id] = "evidence item \(row.name)"
        }
        (testimonyGrades, evidenceGrades) = try tx.reliabilityGrades()
        for row in try tx.testimonyWitnesses() {
            testimonyWitness[row.id] = row.witness
            if let transcript = row.transcript { transcriptWitness[transcript] = row.witness }
        }
        for row in try tx.evidenceSourceLinks() { evidenceLinks[row.id] = (row.witness, row.testimony, row.evidence) }
        for row in try tx.testimonyRetractions() {
            retractions[row.testimonyId, default: []].append(
                (
                    PinpointParts(row.passage),
                    PassageRetraction(passage: row.passage, reason: row.reason, recordedAt: row.recordedAt)
                ))
        }
    }

    /// The withdrawal that covers a citation of `source` at `pinpoint`, if the witness withdrew that passage.
    func retraction(of source: RecordID, at pinpoint: String?) -> PassageRetraction? {
        guard source.kind == .testimony, let pinpoint, let withdrawn = retractions[source.number] else { return nil }
        let cited = PinpointParts(pinpoint)
        if let one = withdrawn.first(where: { $0.parts.covers(cited) }) { return one.retraction }
        // Several withdrawals may together cover what one citation cites ("para. 12" and "para. 13").
        guard PinpointParts.covered(cited, by: withdrawn.map(\.parts)) else { return nil }
        return withdrawn.first { w in
            w.parts.places.contains { kind, values in !(cited.places[kind] ?? []).isDisjoint(with: values) }
        }?.retraction
    }

    func label(for source: RecordID) -> String {
        switch source.kind {
        case .testimony: testimonies[source.number] ?? "testimony"
        default: evidence[source.number] ?? "evidence item"
        }
    }

    /// The independent source group of a source: the witness of a testimony, of a testimony's
    /// transcript and of what a witness provided; for an item derived from another source, that
    /// source's group; the source itself otherwise.
    func group(of source: RecordID) -> String {
        var current = source
        var seen: Set<RecordID> = []
        while seen.insert(current).inserted {
            if current.kind == .testimony {
                return testimonyWitness[current.number].map { RecordID(.witness, $0).description } ?? current.description
            }
            if let witness = transcriptWitness[current.number] ?? evidenceLinks[current.number]?.witness {
                return RecordID(.witness, witness).description
            }
            if let testimony = evidenceLinks[current.number]?.testimony {
                current = RecordID(.testimony, testimony)
            } else if let evidence = evidenceLinks[current.number]?.evidence {
                current = RecordID(.evidence, evidence)
            } else {
                break
            }
        }
        return current.description
    }

    /// The source's reliability grade, A to F, when it was graded.
    func reliability(of source: RecordID) -> SourceReliability? {
        let grade = source.kind == .testimony ? testimonyGrades[source.number] : evidenceGrades[source.number]
        return grade.flatMap(SourceReliability.init(rawValue:))
    }
}
