import CasebookModel
import CasebookStore
import Foundation

extension AppDatabase {
    /// The jurisdiction assessment of every incident (or of the given ones), from its date, its
    /// country and the nationalities of the actors attributed to any of its allegations. Used by
    /// `casebook jurisdiction` and by the dossier, so the two cannot disagree.
    package func jurisdiction(of only: [RecordID]? = nil) throws -> JurisdictionReport {
        let incidents = try incidents()
        let actors = Dictionary(uniqueKeysWithValues: try actors().map { ($0.id, $0) })
        let attributed: [Int64: [Int64]] = try readTransaction { tx in
            var byIncident: [Int64: [Int64]] = [:]
            for row in try tx.attributedActorsByIncident() { byIncident[row.incident, default: []].append(row.actor) }
            return byIncident
        }
        let wanted = only.map(Set.init)
        let facts = try incidents.filter { wanted?.contains($0.id) ?? true }.sorted { $0.id.number < $1.id.number }.map {
            incident in
            JurisdictionFacts(
                incident: incident.id.description, date: try Self.storedSpan(incident.date, of: incident.id),
                country: incident.country,
                actors: (attributed[incident.id.number] ?? []).map { number in
                    let id = RecordID(.actor, number)
                    return AttributedActor(actor: id.description, nationality: actors[id]?.nationality)
                })
        }
        return Jurisdiction.assess(facts)
    }

    /// A date as Casebook stored it; one changed outside Casebook is reported with its record.
    static func storedSpan(_ text: String, of record: RecordID) throws -> DateSpan {
        do { return try DateSpan(parsing: text) } catch { throw StoredDateError.unreadable(record: record, value: text) }
    }
}
