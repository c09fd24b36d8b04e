import CasebookModel
import CasebookStore

/// An allegation linked to an attack whose recorded period does not cover its incident's date:
/// the conduct cannot be shown to be "part of" that attack (art. 7(1)), and the dossier does not
/// count it in that attack. A typed warning; the command line words it.
public struct AttackPeriodMismatch: Codable, Sendable, Equatable {
    public let allegation: RecordID
    public let incident: RecordID
    /// The incident's date as recorded.
    public let incidentDate: String
    public let attack: RecordID
    /// The attack's period as recorded.
    public let attackPeriod: String
    /// True when the incident's date only partly falls outside the period.
    public let partly: Bool
}

extension AppDatabase {
    /// The mismatch for one allegation, if its incident falls outside its attack's period; nil
    /// when no attack is linked, or the attack records no period.
    static func attackPeriodMismatch(of record: AllegationRecord, in tx: StoreTransaction) throws -> AttackPeriodMismatch? {
        guard let attackId = record.attackId, let attack = try tx.fetchOne(AttackRecord.self, key: attackId),
            let start = attack.periodStart, let end = attack.periodEnd, let periodText = attack.periodText,
            let incident = try tx.fetchOne(IncidentRecord.self, key: record.incidentId)
        else { return nil }
        // A continuing incident is committed on every day from its start to its end (or today):
        // it is part of the attack when any of those days falls within the attack's period.
        let continuingEnd = incident.continuingEnd.map {
            IncidentContinuation.lastDay(continuing: $0, incidentEnd: incident.dateEnd)
        }
        let lastDay = continuingEnd ?? incident.dateEnd
        let disjoint = lastDay < start || incident.dateStart > end
        let inside = continuingEnd != nil ? !disjoint : incident.dateStart >= start && incident.dateEnd <= end
        guard !inside else { return nil }
        return AttackPeriodMismatch(
            allegation: RecordID(.allegation, record.id ?? 0), incident: RecordID(.incident, record.incidentId),
            incidentDate: incident.dateText, attack: RecordID(.attack, attackId), attackPeriod: periodText, partly: !disjoint)
    }

    /// Every allegation whose incident falls outside its linked attack's period, for `status`.
    static func attackPeriodMismatches(in tx: StoreTransaction) throws -> [AttackPeriodMismatch] {
        let allegations = try tx.allegationsByIncident()
        return try tx.incidentsByDate().flatMap { incident in
            try (allegations[incident.id ?? 0] ?? []).compactMap { try attackPeriodMismatch(of: $0, in: tx) }
        }
    }

    /// Every allegation whose incident falls outside its linked attack's period.
    package func attackPeriodMismatches() throws -> [AttackPeriodMismatch] {
        try readTransaction { tx in try Self.attackPeriodMismatches(in: tx) }
    }
}
