import CasebookModel
import CasebookStore
import Foundation

/// An allegation as commands print it.
public struct AllegationSummary: Codable, Sendable, Equatable {
    public let id: RecordID
    public let incident: RecordID
    public let incidentTitle: String
    public let crime: String
    public let crimeName: String
    public let article: String
}

/// An attribution as commands print it.
public struct AttributionSummary: Codable, Sendable, Equatable {
    public let allegation: RecordID
    public let actor: RecordID
    public let actorName: String
    public let mode: ModeOfLiability
    public let modeName: String
    public let article: String
    /// Legal cautions about the attribution, such as an institution named as the actor.
    public let cautions: [String]
}

extension AppDatabase {
    /// Alleges that an incident constitutes a crime. The same pair twice is refused,
    /// naming the allegation that already exists.
    package func allege(incident: RecordID, crime crimeKey: String) throws -> AllegationSummary {
        guard incident.kind == .incident else {
            throw RecordError.wrongKind(incident, expected: [.incident], role: .part("incident"))
        }
        let crime = try RomeStatute.crime(crimeKey)
        let id: Int64 = try writeTransaction { tx in
            let (id, created) = try Self.findOrCreateAllegation(incident: incident, crime: crime, in: tx)
            guard created else {
                throw RecordError.duplicateAllegation(existing: RecordID(.allegation, id), incident: incident, crime: crime.key)
            }
            return id
        }
        return try allegation(RecordID(.allegation, id))
    }

    /// One allegation, or `notFound`.
    package func allegation(_ id: RecordID) throws -> AllegationSummary {
        guard id.kind == .allegation else { throw RecordError.wrongKind(id, expected: [.allegation], role: .part("allegation")) }
        return try readTransaction { tx in
            guard let record = try tx.fetchOne(AllegationRecord.self, key: id.number) else { throw RecordError.notFound(id) }
            return try Self.summary(of: record, in: tx)
        }
    }

    /// Attributes an allegation to an actor under a mode of liability.
    package func attribute(allegation: RecordID, actor: RecordID, mode modeKey: String) throws -> AttributionSummary {
        guard allegation.kind == .allegation else {
            throw RecordError.wrongKind(allegation, expected: [.allegation], role: .part("allegation"))
        }
        guard actor.kind == .actor else { throw RecordError.wrongKind(actor, expected: [.actor], role: .part("actor")) }
        let mode = try RomeStatute.mode(modeKey)
        try writeTransaction { tx in
            try tx.requireExists(allegation, kind: .allegation)
            let created = try Self.findOrCreateAttribution(allegation: allegation, actor: actor, mode: mode, in: tx)
            guard created else { throw RecordError.duplicateAttribution(allegation: allegation, actor: actor, mode: mode.key) }
        }
        return try readTransaction { tx in try Self.attributionSummary(allegation: allegation, actor: actor, mode: mode, in: tx) }
    }

    static func summary(of record: AllegationRecord, in tx: StoreTransaction) throws -> AllegationSummary {
        let crime = try? RomeStatute.crime(record.crimeKey)
        let title = try tx.fetchOne(IncidentRecord.self, key: record.incidentId)?.title ?? "?"
        return AllegationSummary(
            id: RecordID(.allegation, record.id ?? 0), incident: RecordID(.incident, record.incidentId), incidentTitle: title,
            crime: record.crimeKey, crimeName: crime?.name ?? record.crimeKey, article: crime?.article ?? "")
    }

    static func attributionSummary(
        allegation: RecordID, actor: RecordID, mode: ModeOfLiability, in tx: StoreTransaction
    ) throws -> AttributionSummary {
        let record = try tx.fetchOne(ActorRecord.self, key: actor.number)
        let name = record?.name ?? "?"
        let modes = try tx.attributionModes(allegation: allegation.number, actor: actor.number).compactMap(
            ModeOfLiability.init(rawValue:))
        return AttributionSummary(
            allegation: allegation, actor: actor, actorName: name, mode: mode, modeName: mode.name, article: mode.article,
            cautions: (record.map { attributionCautions(for: $0, id: actor) + commandCautions(for: $0, id: actor, modes: modes) }
                ?? []) + modeCautions(modes, actor: actor))
    }

    /// The cautions an attribution to this actor calls for: the Court tries natural persons only.
    static func attributionCautions(for actor: ActorRecord, id: RecordID) -> [String] {
        guard actor.kind == .institution else { return [] }
        return [
            "\(id) \(actor.name) is an institution, and the Court has jurisdiction over natural persons only (art. 25(1)). Add the office holder as a person, with \(id) as the superior, and attribute the mode to that person."
        ]
    }

    /// The allegation for (incident, crime), created if missing; `created` says which.
    package static func findOrCreateAllegation(
        incident: RecordID, crime: CrimeCategory, in tx: StoreTransaction
    ) throws -> (id: Int64, created: Bool) {
        try tx.requireExists(incident, kind: .incident)
        if let existing = try tx.allegation(incident: incident.number, crimeKey: crime.key), let id = existing.id {
            return (id, false)
        }
        var record = AllegationRecord(incidentId: incident.number, crimeKey: crime.key, createdAt: timestampNow())
        try tx.insert(&record)
        return (record.id ?? 0, true)
    }

    /// Creates the attribution unless it exists; returns whether it was created.
    package static func findOrCreateAttribution(
        allegation: RecordID, actor: RecordID, mode: ModeOfLiability, in tx: StoreTransaction
    ) throws -> Bool {
        try tx.requireExists(actor, kind: .actor)
        let exists = try tx.attributionExists(allegation: allegation.number, actor: actor.number, mode: mode.key)
        if exists { return false }
        // An institution is the apparatus, not the accused: its head is named instead.
        if let record = try tx.fetchOne(ActorRecord.self, key: actor.number), record.kind == .institution {
            let heads = try tx.actors(under: actor.number).filter { $0.kind == .person }.compactMap { head in
                head.id.map { InstitutionHead(id: RecordID(.actor, $0), name: head.name) }
            }
            throw AllegationError.institutionAttributed(actor: actor, name: record.name, heads: heads)
        }
        var record = AttributionRecord(
            allegationId: allegation.number, actorId: actor.number, mode: mode.key, createdAt: timestampNow())
        try tx.insert(&record)
        return true
    }
}
