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
        let alleged = try allegedCrimesAndAttacks()
        let stored = try readTransaction { tx in
            Dictionary(uniqueKeysWithValues: try tx.incidentsByDate().map { ($0.id ?? 0, ($0.continuingEnd, $0.alsoIn)) })
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
                },
                continuation: try stored[incident.id.number]?.0.map { try Self.storedContinuation($0, of: incident.id) },
                parts: Self.incidentParts(stored[incident.id.number]?.1),
                crimes: alleged[incident.id.number]?.crimes ?? [],
                attacks: alleged[incident.id.number]?.attacks ?? [])
        }
        return Jurisdiction.assess(facts)
    }

    /// The crimes alleged of each incident, and the periods of the attacks those allegations are linked to.
    private func allegedCrimesAndAttacks() throws -> [Int64: (crimes: [String], attacks: [DateSpan])] {
        try readTransaction { tx in
            var result: [Int64: (crimes: [String], attacks: [DateSpan])] = [:]
            for incident in try tx.incidentsByDate() {
                let id = incident.id ?? 0
                var entry: (crimes: [String], attacks: [DateSpan]) = ([], [])
                for allegation in try tx.allegations(ofIncident: id) {
                    entry.crimes.append(allegation.crimeKey)
                    if let attack = try allegation.attackId.flatMap({ try tx.fetchOne(AttackRecord.self, key: $0) }),
                        let period = attack.periodText, let span = try? DateSpan(parsing: period)
                    {
                        entry.attacks.append(span)
                    }
                }
                result[id] = entry
            }
            return result
        }
    }

    /// A continuing incident's end as Casebook stored it.
    static func storedContinuation(_ text: String, of record: RecordID) throws -> IncidentContinuation {
        do { return try IncidentContinuation(parsing: text) } catch {
            throw StoredDateError.unreadable(record: record, value: text)
        }
    }

    /// A date as Casebook stored it; one changed outside Casebook is reported with its record.
    static func storedSpan(_ text: String, of record: RecordID) throws -> DateSpan {
        do { return try DateSpan(parsing: text) } catch { throw StoredDateError.unreadable(record: record, value: text) }
    }
}
