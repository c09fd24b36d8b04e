import CasebookModel
import GRDB

extension RecordKind {
    /// The table that holds records of this kind, taken from the records themselves: the one
    /// place where a kind of id is mapped to a table.
    package var databaseTableName: String {
        switch self {
        case .witness: WitnessRecord.databaseTableName
        case .testimony: TestimonyRecord.databaseTableName
        case .incident: IncidentRecord.databaseTableName
        case .actor: ActorRecord.databaseTableName
        case .evidence: EvidenceItemRecord.databaseTableName
        case .allegation: AllegationRecord.databaseTableName
        case .recommendation: RecommendationRecord.databaseTableName
        case .attack: AttackRecord.databaseTableName
        }
    }
}

extension AppDatabase {
    /// Fails with `notFound` unless a record of `kind` exists with `id`'s number.
    static func requireExists(_ id: RecordID, kind: RecordKind, in db: Database) throws {
        let exists =
            try Bool.fetchOne(
                db, sql: "SELECT EXISTS (SELECT 1 FROM \(kind.databaseTableName) WHERE id = ?)", arguments: [id.number]) ?? false
        guard exists else { throw RecordError.notFound(id) }
    }

    /// Fails with `notFound` unless a record of `id`'s own kind exists with its number.
    static func requireExists(_ id: RecordID, in db: Database) throws {
        try requireExists(id, kind: id.kind, in: db)
    }
}

extension StoreTransaction {
    /// Fails with `notFound` unless a record of `kind` exists with `id`'s number.
    package func requireExists(_ id: RecordID, kind: RecordKind) throws {
        try AppDatabase.requireExists(id, kind: kind, in: db)
    }

    /// Fails with `notFound` unless a record of `id`'s own kind exists with its number.
    package func requireExists(_ id: RecordID) throws {
        try AppDatabase.requireExists(id, kind: id.kind, in: db)
    }
}
