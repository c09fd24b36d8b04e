import CasebookModel
import CasebookStore
import GRDB

/// Reader-facing descriptions of sources, loaded once per matrix rather than once per citation.
struct SourceLabels {
    private var testimonies: [Int64: String] = [:]
    private var evidence: [Int64: String] = [:]

    init(_ db: Database) throws {
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT testimony.id AS id, witness.pseudonym AS pseudonym, testimony.dateText AS date
                FROM testimony JOIN witness ON witness.id = testimony.witnessId
                """)
        for row in rows {
            let pseudonym: String = row["pseudonym"]
            let date: String = row["date"]
            testimonies[row["id"]] = "testimony of \(pseudonym), \(date)"
        }
        for row in try Row.fetchAll(db, sql: "SELECT id, originalName FROM evidence_item") {
            let name: String = row["originalName"]
            evidence[row["id"]] = "evidence item \(name)"
        }
    }

    func label(for source: RecordID) -> String {
        switch source.kind {
        case .testimony: testimonies[source.number] ?? "testimony"
        default: evidence[source.number] ?? "evidence item"
        }
    }
}
