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
                    return AttributedActor(
                        actor: id.description, nationality: actors[id]?.nationality,
                        isInstitution: actors[id]?.kind == .institution)
                },
                continuation: try stored[incident.id.number]?.0.map {
                    try Self.storedContinuation($0, of: incident.id, from: incident.date)
                },
                parts: try Self.storedParts(
                    stored[incident.id.number]?.1, of: incident.id, country: incident.country,
                    date: try Self.storedSpan(incident.date, of: incident.id), end: stored[incident.id.number]?.0),
                allegations: alleged[incident.id.number] ?? [])
        }
        return Jurisdiction.assess(facts)
    }

    /// The allegations of each incident, each with its crime, limb, attempt, destination and the
    /// period of the attack it is linked to.
    private func allegedCrimesAndAttacks() throws -> [Int64: [JurisdictionAllegation]] {
        try readTransaction { tx in
            var result: [Int64: [JurisdictionAllegation]] = [:]
            let allegations = try tx.allegationsByIncident()
            for incident in try tx.incidentsByDate() {
                let id = incident.id ?? 0
                result[id] = try (allegations[id] ?? []).map { allegation in
                    var attacks: [DateSpan] = []
                    if let attack = try allegation.attackId.flatMap({ try tx.fetchOne(AttackRecord.self, key: $0) }),
                        let period = attack.periodText, let span = try? DateSpan(parsing: period)
                    {
                        attacks.append(span)
                    }
                    return JurisdictionAllegation(
                        id: RecordID(.allegation, allegation.id ?? 0).description, crime: allegation.crimeKey,
                        limb: allegation.disappearanceLimb, attempted: allegation.attempted, attacks: attacks,
                        destination: allegation.destinationState)
                }
            }
            return result
        }
    }

    /// A continuing incident's end as Casebook stored it.
    static func storedContinuation(_ text: String, of record: RecordID, from start: String) throws -> IncidentContinuation {
        let continuation: IncidentContinuation
        do { continuation = try IncidentContinuation(parsing: text) } catch {
            throw StoredDateError.unreadableEnd(record: record, value: text)
        }
        if case .until(let end) = continuation, let begun = try? DateSpan(parsing: start),
            end.latestDay < begun.earliestDay
        {
            throw StoredDateError.endBeforeStart(record: record, end: text, start: start)
        }
        return continuation
    }

    /// The places of an incident's parts as Casebook stored them: every one an assigned code with
    /// an optional date within the incident's days, or the record was changed outside Casebook and
    /// is reported.
    static func storedParts(
        _ stored: String?, of record: RecordID, country: String?, date: DateSpan, end: String?
    ) throws -> [IncidentPart] {
        // Outside Casebook a part could be put where no command would: in the incident's own
        // country, or on a day the incident did not last.
        do { try checkPartsFit(stored, country: country, date: date, end: end) } catch RecordError.invalidValue(_, let value, _) {
            throw StoredDateError.unreadablePart(record: record, value: value)
        }
        return try parts(stored).map { text in
            let (code, date) = IncidentPart.split(text)
            guard isStoredCode(code) else { throw StoredDateError.unreadablePart(record: record, value: text) }
            guard let date else { return IncidentPart(country: code) }
            guard let span = try? DateSpan(parsing: date) else {
                throw StoredDateError.unreadablePart(record: record, value: text)
            }
            return IncidentPart(country: code, date: span)
        }
    }

    /// A date as Casebook stored it; one changed outside Casebook is reported with its record.
    static func storedSpan(_ text: String, of record: RecordID) throws -> DateSpan {
        do { return try DateSpan(parsing: text) } catch { throw StoredDateError.unreadable(record: record, value: text) }
    }
}
